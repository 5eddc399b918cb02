internal import Foundation
internal import TestSupport

/// Writes the hostile inputs of ``HostileInputs`` into a folder, one `<name>.docx` per case, and
/// `expected.tsv` with a `name<TAB>expected` line per case ("ok" or the error code), for
/// `Benchmarks/hostile-memory.sh`.
///
///     swift run -c release HostileCorpus [--reduced] DIR    full size: about 380 MB on disk, 4 s
///     swift run -c release HostileCorpus --list [--reduced]  the names and expected results
///
/// One case is held in memory at a time: the 200 MB paragraph makes the peak, about 620 MB.
@main
struct HostileCorpus {
    static func main() {
        var arguments = Array(CommandLine.arguments.dropFirst())
        let reduced = arguments.contains("--reduced")
        let listing = arguments.contains("--list")
        arguments.removeAll { $0 == "--reduced" || $0 == "--list" }
        let cases = HostileInputs.cases(at: reduced ? .reduced : .full)
        if listing, arguments.isEmpty {
            for input in cases { print("\(input.name)\t\(input.expectedResult)") }
            return
        }
        guard arguments.count == 1, !listing, let folder = arguments.first, !folder.hasPrefix("-") else {
            FileHandle.standardError.write(Data("usage: HostileCorpus [--reduced] DIR | --list [--reduced]\n".utf8))
            exit(2)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var manifest = ""
            for input in cases {
                try write(input.bytes, to: folder + "/" + input.name + ".docx")
                manifest += "\(input.name)\t\(input.expectedResult)\n"
            }
            try write(Array(manifest.utf8), to: folder + "/expected.tsv")
            FileHandle.standardError.write(Data("\(cases.count) cases in \(folder)\n".utf8))
        } catch {
            FileHandle.standardError.write(Data("HostileCorpus: \(error)\n".utf8))
            exit(1)
        }
    }

    private static func write(_ bytes: [UInt8], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        defer { try? handle.close() }
        try handle.write(contentsOf: bytes)
    }
}
