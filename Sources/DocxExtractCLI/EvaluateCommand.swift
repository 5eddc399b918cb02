import ArgumentParser
import CommandLineSupport
import ExtractionPipeline
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `docx-extract evaluate FOLDER`: precision, recall and F1 against gold annotations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: CommandName.evaluate,
        abstract:
            "Score extraction against gold annotations: NAME.gold.json beside NAME.docx (Samples/GOLD.md), or a corpus folder holding texts/NAME.txt and gold/NAME.json."
    )

    @Argument(help: "A folder of NAME.docx and NAME.gold.json pairs, or of texts/ and gold/.")
    var folder: String = "Samples"

    @Flag(help: "Also print, per document, a table and every missed or spurious finding with its context.")
    var perDocument = false

    @Option(help: "A rules file to evaluate instead of the built-in rules.")
    var rules: String?

    func run() throws {
        let builder = ReportBuilder(extractor: DocumentExtractor(rules: try RulesLoader.load(rules)))
        let result = try Failure.reporting(json: false) {
            try Evaluation(builder: builder).run(folder: URL(fileURLWithPath: folder))
        }
        if perDocument {
            for document in result.documents {
                StandardStreams.write(
                    "\n\(document.name)\n\n\(document.scorecard.table)\n\(document.scorecard.discrepancyList)")
            }
            StandardStreams.write("\nall documents\n\n")
        }
        StandardStreams.write(result.total.table)
    }
}
