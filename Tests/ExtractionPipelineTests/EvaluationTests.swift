import DocumentModel
import ExtractionPipeline
import Foundation
import Testing
import TestSupport

@Suite("Evaluation against gold")
struct EvaluationTests {
    /// Quality floors: the F1 each field must keep on the samples' gold annotations.
    static let floors: [(field: String, f1: Double)] = [
        ("amounts", 0.99), ("counts", 0.99), ("enterprises", 0.95), ("percentages", 0.99), ("organizations", 0.85),
    ]

    @Test("Extraction keeps its F1 floor on the gold annotations", arguments: floors.map(\.field))
    func qualityFloor(field: String) throws {
        let result = try Evaluation().run(folder: URL(fileURLWithPath: Fixtures.samplesDirectory))
        let tally = try #require(result.total.tallies[field])
        let floor = try #require(Self.floors.first { $0.field == field }?.f1)
        #expect(tally.gold > 0)
        #expect(tally.f1 >= floor, "\(field): F1 \(tally.f1) below the floor \(floor)\n\(result.total.table)")
    }

    @Test("A perfect prediction scores 1 and an empty one scores 0 recall")
    func scorecardArithmetic() {
        var tally = Scorecard.Tally()
        tally.matched = 3
        tally.predicted = 4
        tally.gold = 6
        #expect(tally.precision == 0.75)
        #expect(tally.recall == 0.5)
        #expect(abs(tally.f1 - 0.6) < 1e-9)
        #expect(Scorecard.Tally().f1 == 1)
    }
}

@Suite("Evaluation of a text corpus")
struct CorpusEvaluationTests {
    @Test("Blank lines separate paragraphs; a single line feed stays inside its paragraph")
    func plainTextParagraphs() {
        let document = PlainTextReader().document(from: "标题\n\n第一段上半\n第一段下半\n\n\n第二段\n")
        #expect(document.bodyParagraphs.map(\.text) == ["标题", "第一段上半\n第一段下半", "第二段"])
        #expect(document.bodyParagraphs.map(\.index) == [0, 1, 2])
    }

    @Test("A corpus folder of texts/ and gold/ is scored, and its misses and spurious findings are listed")
    func corpusFolderIsScored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("texts"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("gold"), withIntermediateDirectories: true)
        try "园区今年新引进项目6个，落实奖补资金320万元。".write(
            to: folder.appendingPathComponent("texts/a.txt"), atomically: true, encoding: .utf8)
        try #"""
        {"doc": "a", "enterprises": [{"name": "青禾电气", "aliases": []}], "organizations": [],
         "amounts": [{"text": "320万元", "value": 3200000, "currency": "CNY", "qualifier": null}],
         "counts": [{"text": "6个", "value": 7, "unit": "个"}], "percentages": []}
        """#.write(to: folder.appendingPathComponent("gold/a.json"), atomically: true, encoding: .utf8)
        let result = try Evaluation().run(folder: folder)
        #expect(result.documents.map(\.name) == ["a"])
        #expect(result.total.tallies["amounts"]?.matched == 1)
        let discrepancies = result.documents[0].scorecard.discrepancies
        #expect(
            discrepancies.contains {
                $0.field == "counts" && $0.kind == .spurious && $0.text == "6个" && $0.context?.contains("【6个】") == true
            })
        #expect(discrepancies.contains { $0.field == "counts" && $0.kind == .missed && $0.text == "6个" })
        #expect(discrepancies.contains { $0.field == "enterprises" && $0.kind == .missed && $0.text == "青禾电气" })
    }
}
