#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The processors of the machine.
public enum Processors {
    /// How many processors are online (at least one).
    ///
    /// Read from the system directly: the one-document job needs nothing else of Foundation's `ProcessInfo`, whose
    /// first use costs a runtime conformance scan. Under a CPU affinity mask or quota this counts more processors
    /// than the process may run on at once; work cut for them is then cut finer than needed, with the same result.
    public static var online: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
}
