import ExtractionPipeline
import Foundation
import SAXBaseline

/// One way of reading a document that the benchmark times.
///
/// Each pass returns a small number derived from its output, so the optimizer cannot drop the work, and
/// the whole output (the C text buffer, the `Document`, the plain text) is released inside the timed pass.
enum Contender: String, CaseIterable {
    /// The bare libxml2 SAX2 loop in C over `word/document.xml` (SAXBaseline.c).
    case baseline
    /// `DocxReader().read(contentsOf:)`: the whole package into a `Document`.
    case reader
    /// `DocxReader().read(contentsOf:)` then `document.plainText()`.
    case readerText = "text"
    /// `DocxReader().read(contentsOf:)` then every extractor (`DocumentExtractor.extract(from:)`).
    case extraction
    /// The whole main job as `docx-extract FILE` runs it: an `ExtractionWorker`'s report (extraction alongside the
    /// reading, then on every core) encoded as JSON on every core.
    case report

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The contender's part of a metric name: `baseline`, `reader`, `reader_text`.
    var metricName: String {
        switch self {
        case .baseline: "baseline"
        case .reader: "reader"
        case .readerText: "reader_text"
        case .extraction: "reader_extraction"
        case .report: "report_json"
        }
    }

    var label: String {
        switch self {
        case .baseline: "SAX2 baseline (C, document.xml only)"
        case .reader: "DocxReader.read → Document"
        case .readerText: "DocxReader.read + plainText()"
        case .extraction: "DocxReader.read + extraction"
        case .report: "report JSON (docx-extract FILE)"
        }
    }

    /// Reads the document at `path` once; returns a checksum-like count of the output.
    func pass(_ path: String) throws -> Int {
        switch self {
        case .baseline: return try Self.baseline(path).text_bytes.asInt
        case .reader: return try DocxReader().read(contentsOf: path).body.count
        case .readerText: return try DocxReader().read(contentsOf: path).plainText().utf8.count
        case .extraction:
            let result = Self.extractor.extract(from: try DocxReader().read(contentsOf: path))
            return result.amounts.count + result.counts.count + result.enterprises.count + 1
        case .report:
            let worker = ExtractionWorker(threads: Self.threads) { Self.extractor }
            return try JSONOutput.bytes(worker.report(forFileAt: path, reader: DocxReader()), threads: Self.threads)
                .count
        }
    }

    /// One extractor for every pass, as a batch would use it: its lexicons are built once.
    static let extractor = DocumentExtractor()

    /// The threads the main job's extraction and JSON use: every core, as `docx-extract FILE` uses them.
    static let threads = ProcessInfo.processInfo.activeProcessorCount

    /// Runs the C baseline on the main part.
    static func baseline(_ path: String) throws -> sax_baseline_result {
        var result = sax_baseline_result()
        guard sax_baseline_collect_text(path, "word/document.xml", &result) == 0 else {
            throw Failure(description: "the SAX2 baseline could not read word/document.xml of \(path)")
        }
        return result
    }

    /// The UTF-8 bytes of all body paragraphs' text: for these documents it must equal what the baseline
    /// collected from `w:t`, since they have no tabs, breaks, fields or hidden text in the body.
    static func readerTextBytes(_ path: String) throws -> Int {
        try DocxReader().read(contentsOf: path).bodyParagraphs.reduce(0) { $0 + $1.text.utf8.count }
    }
}

extension Int64 {
    fileprivate var asInt: Int { Int(self) }
}
