import CommandLineSupport
import DocumentModel
import ExtractionPipeline
import Testing

@Suite("Extraction worker")
struct ExtractionWorkerTests {
    /// Paragraphs naming enterprises, counts and amounts, repeated to fill many batches and several chunks.
    private static let blocks: [Block] = (0..<1500).map { index in
        let texts = [
            "新增高新技术企业3家（星河科技、蓝岸材料、云杉生物），落实专项资金120万元。",
            "星河科技有限公司完成研发投入2.5亿元，同比增长12%。",
            "全年引进项目14个，其中蓝岸材料扩建项目投资8000万元。",
        ]
        return .paragraph(Paragraph(index: index, text: texts[index % texts.count], sectionPath: ["一、工作成效"]))
    }

    @Test func theWorkerExtractsWhatTheExtractorFindsInTheWholeDocument() {
        let expected = DocumentExtractor().extract(from: Document(body: Self.blocks))
        let worker = ExtractionWorker(rules: nil, threads: 2)
        for block in Self.blocks { worker.blocks.send(block) }
        worker.blocks.close()
        #expect(worker.result == expected)
        #expect(!expected.enterprises.isEmpty && !expected.countFacts.isEmpty)
    }

    @Test func whicheverThreadExtractsTheFindingsAreTheSame() throws {
        let expected = DocumentExtractor().extract(from: Document(body: Self.blocks))
        let worker = ExtractionWorker(rules: nil, threads: 2)
        for block in Self.blocks { worker.blocks.send(block) }
        // The worker may already be receiving: then it finishes the extraction itself.
        if var blocks = worker.blocks.takeBackUnlessReceived() {
            var extraction = worker.extractor.startExtraction(threads: 2)
            extraction.read(releasing: &blocks)
            #expect(extraction.finish() == expected)
            #expect(worker.result == DocumentExtractor.Result())
        } else {
            worker.blocks.close()
            #expect(worker.result == expected)
        }
    }

    @Test func anAbandonedWorkerStillGivesItsExtractor() {
        let worker = ExtractionWorker(rules: nil, threads: 1)
        worker.blocks.send(Self.blocks[0])
        worker.blocks.abandon()
        #expect(worker.result == DocumentExtractor.Result())
        #expect(!worker.extractor.extract(from: Document(body: Self.blocks)).amounts.isEmpty)
    }
}
