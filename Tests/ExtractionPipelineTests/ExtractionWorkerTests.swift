import DocumentModel
import Extraction
import ExtractionPipeline
import Foundation
import Testing
import TestSupport

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

    @Test("A worker's report of a sample is the report made on one thread", arguments: SampleReportTests.samples)
    func reportEqualsTheOneThreadReport(sample: URL) throws {
        let expected = try JSONOutput.encode(ReportBuilder().report(forFileAt: sample.path))
        let worker = ExtractionWorker(threads: 2) { DocumentExtractor() }
        let report = try worker.report(forFileAt: sample.path, reader: DocxReader())
        #expect(try JSONOutput.encode(report) == expected)
    }

    @Test("A worker's report of a long document, extracted while it is read, is the report made on one thread")
    func longDocumentReportEqualsTheOneThreadReport() throws {
        // 3,000 paragraphs: many times what the reading thread holds before it hands the first blocks over.
        let paragraphs = (0..<3000).map { index in
            #"<w:p><w:r><w:t>第\#(index)条：新增高新技术企业3家（星河科技、蓝岸材料、云杉生物），落实专项资金\#(index + 10)万元。</w:t></w:r></w:p>"#
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString).docx")
        try Data(DocxBuilder(body: paragraphs.joined()).build()).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let expected = try JSONOutput.encode(ReportBuilder().report(forFileAt: path.path))
        let extractor = DocumentExtractor()
        var extractedByTheWorker = 0
        for _ in 0..<5 {
            // The extractor is ready at once, so the worker waits for blocks: it takes the first batch while the
            // rest is read, unless it is not scheduled for the whole reading (then the reading thread extracts).
            let worker = ExtractionWorker(threads: 2) { extractor }
            let report = try worker.report(forFileAt: path.path, reader: DocxReader())
            #expect(try JSONOutput.encode(report) == expected)
            if worker.result == report.extraction { extractedByTheWorker += 1 }
        }
        #expect(extractedByTheWorker > 0)
    }

    @Test("A worker's report with the text and blocks is the report made on one thread")
    func reportWithTextAndBlocksEqualsTheOneThreadReport() throws {
        let sample = try #require(SampleReportTests.samples.first)
        let builder = ReportBuilder(includeText: true, includeBlocks: true)
        let expected = try JSONOutput.encode(builder.report(forFileAt: sample.path))
        let worker = ExtractionWorker(threads: 2) { DocumentExtractor() }
        let report = try worker.report(
            forFileAt: sample.path, reader: DocxReader(), includeText: true, includeBlocks: true)
        #expect(try JSONOutput.encode(report) == expected)
    }

    @Test("Reports that show the blocks keep their paragraphs' runs; others read the paragraphs for their text alone")
    func runsAreReadOnlyForReportsThatShowTheBlocks() throws {
        #expect(ReportBuilder(includeBlocks: true).documentReader.keepsRuns)
        #expect(!ReportBuilder(includeText: true).documentReader.keepsRuns)
        let sample = try #require(SampleReportTests.samples.first)
        let worker = ExtractionWorker(threads: 2) { DocumentExtractor() }
        let report = try worker.report(forFileAt: sample.path, reader: DocxReader(), includeBlocks: true)
        let paragraphs = Block.paragraphs(in: try #require(report.blocks))
        #expect(paragraphs.contains { !$0.text.isEmpty })
        #expect(paragraphs.allSatisfy { $0.text.isEmpty || !$0.runs.isEmpty })
    }

    @Test func aDocumentThatCannotBeReadGivesItsErrorAndStopsTheWorker() {
        let worker = ExtractionWorker(threads: 2) { DocumentExtractor() }
        let error = #expect(throws: DocxError.self) {
            try worker.report(forFileAt: "/nonexistent/report.docx", reader: DocxReader())
        }
        #expect(error?.code == .io)
        #expect(worker.result == DocumentExtractor.Result())
    }

    @Test func theWorkerExtractsWhatTheExtractorFindsInTheWholeDocument() {
        let expected = DocumentExtractor().extract(from: Document(body: Self.blocks))
        let worker = ExtractionWorker(threads: 2) { DocumentExtractor() }
        for block in Self.blocks { worker.blocks.send(block) }
        worker.blocks.close()
        #expect(worker.result == expected)
        #expect(!expected.enterprises.isEmpty && !expected.countFacts.isEmpty)
    }

    @Test func blocksTakenBackAreLeftToTheSenderAndTheWorkerKeepsItsExtractor() {
        // The worker waits for its extractor's rules, so it has received nothing when the blocks are taken back.
        let rulesMade = DispatchSemaphore(value: 0)
        let worker = ExtractionWorker(threads: 2) {
            rulesMade.wait()
            return DocumentExtractor()
        }
        for block in Self.blocks { worker.blocks.send(block) }
        let taken = worker.blocks.takeBackUnlessReceived()
        rulesMade.signal()
        #expect(taken?.count == Self.blocks.count)
        #expect(worker.result == DocumentExtractor.Result())
        #expect(!worker.extractor.extract(from: Document(body: Self.blocks)).amounts.isEmpty)
    }
}
