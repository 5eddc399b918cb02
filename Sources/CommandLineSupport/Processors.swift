#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// The processors of the machine.
public enum Processors {
    /// How many processors are online (at least one), as Dispatch counts them for its threads.
    ///
    /// Read from the system directly: the one-document job needs nothing else of Foundation's `ProcessInfo`, whose
    /// first use costs a runtime conformance scan.
    public static var online: Int {
        max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }
}
