internal import Foundation

/// Paths to the repository's top-level fixture folders, resolved from this file's location.
///
/// SwiftPM resources cannot reach folders outside a target, so `Samples/` and `Schemas/` are found from
/// `#filePath`: the repository root is three levels up from `Tests/TestSupport/Fixtures.swift`.
public enum Fixtures {
    /// The repository root, without a trailing slash.
    public static let repositoryRoot: String = {
        // Fixtures.swift → TestSupport → Tests → the root.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().standardizedFileURL.path
    }()

    /// `Samples/`: example documents and their expected outputs.
    public static var samplesDirectory: String { repositoryRoot + "/Samples" }

    /// `Schemas/`: a JSON Schema for every JSON the package emits.
    public static var schemasDirectory: String { repositoryRoot + "/Schemas" }

    /// The paths of the files in `Samples/` whose name ends with `.<pathExtension>`, sorted by name.
    public static func samples(withExtension pathExtension: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: samplesDirectory)) ?? []
        return names.filter { $0.hasSuffix("." + pathExtension) }.sorted().map { samplesDirectory + "/" + $0 }
    }

    /// The contents of a file, or nil when it cannot be read.
    public static func bytes(atPath path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    /// The contents of a file as UTF-8 text, or nil when it cannot be read.
    public static func text(atPath path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
