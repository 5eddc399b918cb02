import ArgumentParser
import Docx
import Extraction
import ExtractionPipeline
import Foundation

/// `docx-extract FILE`: the extraction report as JSON (the main job).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract enterprises, organizations, amounts, counts, percentages, dates and facts as JSON.")

    @Argument(help: "The .docx file to read.")
    var file: String

    @Flag(help: "Indent the JSON.")
    var pretty = false

    @Option(help: "Also include, comma-separated: text, blocks.")
    var include: String = ""

    @Option(help: "A rules file (JSON) that extends the built-in rules, or replaces them with \"mode\": \"replace\".")
    var rules: String?

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        let unknown = includedParts.subtracting(["text", "blocks"])
        if !unknown.isEmpty { throw ValidationError("--include takes text and blocks, not \(unknown.sorted().joined(separator: ", "))") }
    }

    private var includedParts: Set<String> {
        Set(include.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    func run() throws {
        let extractor = DocumentExtractor(rules: try RulesLoader.load(rules))
        let builder = ReportBuilder(
            reader: DocxReader(limits: limits.docxLimits), extractor: extractor,
            includeText: includedParts.contains("text"), includeBlocks: includedParts.contains("blocks"))
        let report = try Failure.reporting(json: true) { try builder.report(forFileAt: file) }
        StandardStreams.write(try JSONOutput.encode(report, pretty: pretty) + "\n")
    }
}

/// Loads `--rules FILE` over the built-in rules.
enum RulesLoader {
    static func load(_ path: String?) throws -> ExtractionRules {
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
