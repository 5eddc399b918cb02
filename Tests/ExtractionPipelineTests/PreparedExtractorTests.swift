import DocumentModel
import Extraction
import ExtractionPipeline
import Testing

@Suite("Prepared extractor")
struct PreparedExtractorTests {
    private static let document = Document(body: [
        .paragraph(
            Paragraph(
                index: 0, text: "新增高新技术企业2家（星河科技、蓝岸材料），落实专项资金120万元。", sectionPath: ["一、工作成效"]))
    ])

    @Test("The extractor built ahead of time finds what a new built-in extractor finds, however often it is asked for")
    func preparedExtractorFindsWhatANewOneFinds() {
        PreparedExtractor.start()
        PreparedExtractor.start()
        let expected = DocumentExtractor().extract(from: Self.document)
        #expect(PreparedExtractor.builtIn().extract(from: Self.document) == expected)
        #expect(PreparedExtractor.builtIn().extract(from: Self.document) == expected)
        #expect(!expected.enterprises.isEmpty && !expected.amounts.isEmpty)
    }
}
