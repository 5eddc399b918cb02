public import SystemPackage

#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// Writing to stdout and stderr straight to their file descriptors, unbuffered.
public enum StandardStreams {
    /// Writes `text` to standard output.
    public static func write(_ text: String) {
        write(text.utf8, to: .standardOutput)
    }

    /// Writes one line to standard error.
    public static func error(_ line: String) {
        write((line + "\n").utf8, to: .standardError)
    }

    /// Whether standard error is a terminal (where progress can be drawn).
    public static var errorIsTerminal: Bool { isatty(FileDescriptor.standardError.rawValue) == 1 }

    /// Writes all of `bytes` to `descriptor`; a stream that refuses them (closed, full) loses them, as a terminal
    /// would.
    public static func write(_ bytes: some Collection<UInt8>, to descriptor: FileDescriptor) {
        let written: Void? = bytes.withContiguousStorageIfAvailable {
            write(UnsafeRawBufferPointer($0), to: descriptor)
        }
        if written == nil { Array(bytes).withUnsafeBytes { write($0, to: descriptor) } }
    }

    /// Writes all of `bytes` to `descriptor`, as many writes as it takes.
    public static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: FileDescriptor) {
        var rest = bytes
        while !rest.isEmpty {
            guard let count = try? descriptor.write(rest), count > 0 else { return }
            rest = UnsafeRawBufferPointer(rebasing: rest[count...])
        }
    }
}
