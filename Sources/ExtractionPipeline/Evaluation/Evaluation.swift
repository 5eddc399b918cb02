public import Foundation

/// Scores extraction against every `NAME.gold.json` in a folder, reading `NAME.docx` beside it.
public struct Evaluation: Sendable {
    /// The builder that reads and extracts each sample.
    public var builder: ReportBuilder

    /// Creates an evaluation.
    public init(builder: ReportBuilder = ReportBuilder()) {
        self.builder = builder
    }

    /// Scores every gold-annotated document in `folder`; per-document scorecards are keyed by file name.
    public func run(folder: URL) throws -> (total: Scorecard, documents: [(name: String, scorecard: Scorecard)]) {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".gold.json") }.sorted()
        var total = Scorecard()
        var documents: [(String, Scorecard)] = []
        for goldName in names {
            let gold = try GoldAnnotation.load(from: folder.appendingPathComponent(goldName))
            let report = try builder.report(forFileAt: folder.appendingPathComponent(gold.document).path)
            var card = Scorecard()
            card.add(report.extraction, gold: gold)
            total.add(report.extraction, gold: gold)
            documents.append((gold.document, card))
        }
        return (total, documents)
    }
}
