import ArgumentParser
import CommandLineSupport
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces this process with `docx-extract-server`, found beside this executable (or else on `PATH`).
enum ServerHandover {
    /// The server program's file name.
    static let programName = "docx-extract-server"

    /// Executes the server with `arguments`; returns only by throwing, when the server cannot be started.
    static func run(arguments: [String]) throws -> Never {
        let path = serverPath()
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        let reason = String(cString: strerror(errno))
        StandardStreams.error(
            "docx-extract: io: cannot run \(path) (\(reason)); serve needs \(programName) beside docx-extract")
        throw ExitCode(2)
    }

    /// The server beside the running executable when it exists there, else the first one on `PATH`.
    static func serverPath() -> String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let sibling = executable.deletingLastPathComponent().appendingPathComponent(programName).path
        if FileManager.default.isExecutableFile(atPath: sibling) { return sibling }
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/\(programName)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return sibling
    }
}
