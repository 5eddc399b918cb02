import ArgumentParser
import Docx
import Extraction
import ExtractionPipeline
import Foundation

/// `docx-extract evaluate FOLDER`: precision, recall and F1 against gold annotations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score extraction against NAME.gold.json files (format: Samples/GOLD.md) beside NAME.docx.")

    @Argument(help: "The folder holding NAME.docx and NAME.gold.json pairs.")
    var folder: String = "Samples"

    @Flag(help: "Also print a table per document.")
    var perDocument = false

    @Option(help: "A rules file to evaluate instead of the built-in rules.")
    var rules: String?

    func run() throws {
        let builder = ReportBuilder(extractor: DocumentExtractor(rules: try RulesLoader.load(rules)))
        let result = try Failure.reporting(json: false) { try Evaluation(builder: builder).run(folder: URL(fileURLWithPath: folder)) }
        if perDocument {
            for (name, card) in result.documents { StandardStreams.write("\n\(name)\n\n\(card.table)") }
            StandardStreams.write("\nall documents\n\n")
        }
        StandardStreams.write(result.total.table)
    }
}
