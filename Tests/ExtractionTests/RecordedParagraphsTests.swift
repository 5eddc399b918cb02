import DocumentModel
@testable import Extraction
import Testing

/// Paragraphs gathered in pieces on several threads are recorded in document order: the paragraphs, the numeric
/// findings and the names come out as when each paragraph is gathered and recorded as it is read.
@Suite struct RecordedParagraphsTests {
    /// Paragraphs that each declare a name, name a list tied to a count and state an amount and a count, some
    /// naming an earlier paragraph's enterprise again.
    private static let paragraphs: [ParagraphText.Unsplit] = (0..<90).map { index in
        let brands = ["瑞禾", "澄江", "蓝岸", "鸿图", "云杉", "青禾", "金穗", "松涛", "白鹭"]
        let brand = brands[index % brands.count] + brands[(index / brands.count) % brands.count]
        let earlier = brands[(index / 2) % brands.count] + brands[(index / 2 / brands.count) % brands.count]
        let text =
            "东湖\(brand)精密机械有限公司（以下简称“\(brand)精密”）落实资金\(index + 1)万元，"
            + "新增高新技术企业2家（\(brand)精密、\(earlier)精密），开展培训\(index % 7 + 1)场次。"
        let paragraph = Paragraph(
            index: index, text: text, location: Location(story: .body), sectionPath: ["一、第\(index / 30)部分"])
        return ParagraphText.Unsplit(paragraph)
    }

    /// Each paragraph gathered and recorded on this thread as it is read.
    private static func recordedOneByOne(with extractor: DocumentExtractor) -> RecordedParagraphs {
        var recorded = RecordedParagraphs()
        for paragraph in paragraphs { recorded.gather(paragraph, with: extractor) }
        return recorded
    }

    @Test(arguments: [(2, 1), (2, 7), (3, 32), (8, 5)])
    func piecesOnSeveralThreadsAreRecordedInDocumentOrder(threads: Int, pieceSize: Int) {
        let extractor = DocumentExtractor()
        let expected = Self.recordedOneByOne(with: extractor)
        #expect(expected.names.names.count > 90 && expected.names.countFacts.count == 90)
        var recorded = RecordedParagraphs()
        // Two chunks, the second after paragraphs already recorded.
        recorded.gather(Array(Self.paragraphs[..<40]), threads: threads, pieceSize: pieceSize, with: extractor)
        recorded.gather(Array(Self.paragraphs[40...]), threads: threads, pieceSize: pieceSize, with: extractor)
        #expect(recorded.paragraphs.map(\.index) == Array(0..<90))
        #expect(recorded.findings.amounts == expected.findings.amounts)
        #expect(recorded.findings.counts == expected.findings.counts)
        #expect(recorded.names.names.map(\.written) == expected.names.names.map(\.written))
        #expect(recorded.names.countFacts == expected.names.countFacts)
        #expect(recorded.names.lists == expected.names.lists)
    }

    @Test func aChunkSmallerThanOnePieceIsRecordedWhole() {
        let extractor = DocumentExtractor()
        let expected = Self.recordedOneByOne(with: extractor)
        var recorded = RecordedParagraphs()
        recorded.gather(Self.paragraphs, threads: 4, pieceSize: 1_000, with: extractor)
        #expect(recorded.paragraphs.count == 90)
        #expect(recorded.findings.amounts == expected.findings.amounts)
        #expect(recorded.names.names.map(\.written) == expected.names.names.map(\.written))
    }
}
