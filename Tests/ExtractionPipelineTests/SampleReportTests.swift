import DocumentModel
import Docx
import Extraction
import ExtractionPipeline
import Foundation
import Testing
import TestSupport

@Suite("Sample reports")
struct SampleReportTests {
    static let samples = Fixtures.samples(withExtension: "docx").map { URL(fileURLWithPath: $0) }

    @Test("Every sample's report matches its golden JSON", arguments: samples)
    func reportMatchesGolden(sample: URL) throws {
        let report = try ReportBuilder().report(forFileAt: sample.path)
        let json = try JSONOutput.encode(report, pretty: true) + "\n"
        let golden = sample.deletingPathExtension().appendingPathExtension("expected.json")
        let difference = GoldenFile.difference(json, from: golden)
        #expect(difference == nil, "\(difference ?? "")")
    }

    @Test("The same input gives byte-identical output")
    func outputIsDeterministic() throws {
        let sample = try #require(Self.samples.first)
        let first = try JSONOutput.encode(ReportBuilder().report(forFileAt: sample.path))
        let second = try JSONOutput.encode(ReportBuilder().report(forFileAt: sample.path))
        #expect(first == second)
    }

    @Test(
        "Extraction allowed several threads gives the report of one (the samples fit one chunk, gathered at the end)",
        arguments: samples)
    func threadsDoNotChangeTheReport(sample: URL) throws {
        let onOne = try JSONOutput.encode(ReportBuilder().report(forFileAt: sample.path))
        let onTwo = try JSONOutput.encode(ReportBuilder(extractionThreads: 2).report(forFileAt: sample.path))
        #expect(onOne == onTwo)
    }

    @Test("A report from the blocks handed on while reading is the report of the whole document", arguments: samples)
    func blocksHandedOnMakeTheSameReport(sample: URL) throws {
        let builder = ReportBuilder()
        let whole = try JSONOutput.encode(builder.report(forFileAt: sample.path))
        var extraction = builder.extractor.startExtraction()
        let (document, source) = try ReportBuilder.document(
            atPath: sample.path, reader: builder.reader, handingBlocksTo: { extraction.read($0) })
        #expect(document.body.isEmpty && document.stories.isEmpty)
        let report = ExtractionReport(source: source, document: document, extraction: extraction.finish())
        #expect(try JSONOutput.encode(report) == whole)
    }

    @Test("Reading from bytes gives the same report as reading from the file")
    func bytesAndFileAgree() throws {
        let sample = try #require(Self.samples.first)
        let bytes = [UInt8](try Data(contentsOf: sample))
        let fromFile = try ReportBuilder().report(forFileAt: sample.path)
        let fromBytes = try ReportBuilder().report(forBytes: bytes, name: sample.lastPathComponent)
        #expect(try JSONOutput.encode(fromFile) == JSONOutput.encode(fromBytes))
    }

    @Test("The source names the file, its size and its SHA-256")
    func sourceDescribesTheFile() throws {
        let sample = try #require(Self.samples.first)
        let report = try ReportBuilder().report(forFileAt: sample.path)
        #expect(report.source.fileName == sample.lastPathComponent)
        #expect(report.source.byteSize == (try Data(contentsOf: sample)).count)
        #expect(report.source.sha256.count == 64)
    }

    @Test("Every finding's text is exactly the span of its block's text")
    func spansMatchText() throws {
        for sample in Self.samples {
            let document = try ReportBuilder().reader.read(contentsOf: sample.path)
            let texts = Dictionary(
                uniqueKeysWithValues: document.allParagraphs.map { ($0.index, Array($0.text.unicodeScalars)) })
            let result = DocumentExtractor().extract(from: document)
            let mentions =
                result.amounts.map(\.mention) + result.counts.map(\.mention) + result.percentages.map(\.mention)
                + result.dates.map(\.mention) + result.enterprises.flatMap(\.mentions)
            for mention in mentions {
                let scalars = try #require(texts[mention.block])
                let slice = String(String.UnicodeScalarView(scalars[mention.span.start..<mention.span.end]))
                #expect(slice == mention.text, "\(sample.lastPathComponent) block \(mention.block)")
            }
        }
    }
}
