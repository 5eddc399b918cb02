#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif
internal import DocumentModel
internal import Extraction
internal import Docx

/// Scores extraction against gold annotations in a folder of either layout.
///
/// - samples: every `NAME.gold.json` with the `.docx` it names beside it (`Samples/`);
/// - a text corpus: `gold/NAME.json` with `texts/NAME.txt` (read by ``PlainTextReader``).
public struct Evaluation: Sendable {
    /// The builder that reads and extracts each document.
    public var builder: ReportBuilder

    /// Creates an evaluation.
    public init(builder: ReportBuilder = ReportBuilder()) {
        self.builder = builder
    }

    /// One document's score.
    public struct DocumentScore: Sendable {
        /// The document's name.
        public var name: String
        /// Its scorecard, with its discrepancies.
        public var scorecard: Scorecard
    }

    /// Scores every gold-annotated document in `folder`, in name order.
    public func run(folder: URL) throws -> (total: Scorecard, documents: [DocumentScore]) {
        let corpusGold = folder.appendingPathComponent("gold")
        let corpusTexts = folder.appendingPathComponent("texts")
        let isCorpus =
            FileManager.default.fileExists(atPath: corpusGold.path)
            && FileManager.default.fileExists(atPath: corpusTexts.path)
        let goldFolder = isCorpus ? corpusGold : folder
        let names = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path)
            .filter { $0.hasSuffix(isCorpus ? ".json" : ".gold.json") }.sorted()
        var total = Scorecard()
        var documents: [DocumentScore] = []
        for goldName in names {
            let gold = try GoldAnnotation.load(from: goldFolder.appendingPathComponent(goldName))
            let document: Document
            let result: DocumentExtractor.Result
            if isCorpus {
                let stem = String(goldName.dropLast(".json".count))
                let text = try String(contentsOf: corpusTexts.appendingPathComponent(stem + ".txt"), encoding: .utf8)
                document = PlainTextReader().document(from: text)
                result = builder.extractor.extract(from: document)
            } else {
                let path = folder.appendingPathComponent(gold.document).path
                document = try builder.documentReader.read(contentsOf: path)
                result = builder.extractor.extract(from: document)
            }
            var card = Scorecard()
            card.add(result, gold: gold, document: document)
            total.add(result, gold: gold)
            documents.append(DocumentScore(name: gold.document, scorecard: card))
        }
        return (total, documents)
    }
}
