internal import ArgumentParser
#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif
public import ExtractionPipeline

/// Loads `--rules FILE` over the built-in rules; an unreadable or invalid file ends the command with status 2.
public enum RulesLoader {
    /// The built-in rules, extended by the rules file at `path` when one is given.
    public static func load(_ path: String?) throws -> ExtractionRules {
        guard let path else { return .builtIn }
        guard let data = FileManager.default.contents(atPath: path) else {
            StandardStreams.error("docx-extract: io: \(path): cannot read the rules file")
            throw ExitCode(2)
        }
        do {
            return try RulesFile.decode(data).applied(to: .builtIn)
        } catch {
            StandardStreams.error("docx-extract: rules: \(path): \(error)")
            throw ExitCode(2)
        }
    }
}
