internal import Checksums
public import Docx
public import DocumentModel
public import Extraction
#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// Reads a document and extracts from it, producing an ``ExtractionReport``: the one path every entry point uses.
public struct ReportBuilder: Sendable {
    /// The reader, with its limits.
    public var reader: DocxReader
    /// The extractor, with its rules.
    public var extractor: DocumentExtractor
    /// Whether reports include the plain text.
    public var includeText: Bool
    /// Whether reports include the blocks.
    public var includeBlocks: Bool
    /// How many threads one document's extraction may use (the calling one included): more than one where a single
    /// document has the machine to itself, one where documents already run side by side.
    public var extractionThreads: Int

    /// Creates a builder.
    public init(
        reader: DocxReader = DocxReader(), extractor: DocumentExtractor = DocumentExtractor(),
        includeText: Bool = false,
        includeBlocks: Bool = false, extractionThreads: Int = 1
    ) {
        self.reader = reader
        self.extractor = extractor
        self.includeText = includeText
        self.includeBlocks = includeBlocks
        self.extractionThreads = extractionThreads
    }

    /// The report for the file at `path`, read once: the same bytes are hashed and unzipped.
    public func report(forFileAt path: String) throws(DocxError) -> ExtractionReport {
        let (document, source) = try Self.document(atPath: path, reader: documentReader)
        return report(for: document, source: source)
    }

    /// The reader of the documents reported: paragraphs keep their runs only when reports show the blocks.
    public var documentReader: DocxReader {
        Self.documentReader(reader, includeBlocks: includeBlocks)
    }

    /// `reader` as reports read with it: paragraphs keep their runs only when reports show the blocks (`includeBlocks`).
    public static func documentReader(_ reader: DocxReader, includeBlocks: Bool) -> DocxReader {
        includeBlocks ? reader : reader.withoutRuns
    }

    /// The document in the file at `path`, read once by `reader`, and the report's account of its source (the same
    /// bytes are hashed and unzipped); ``report(for:source:)`` completes the report.
    public static func document(atPath path: String, reader: DocxReader) throws(DocxError) -> (
        document: Document, source: ExtractionReport.Source
    ) {
        let bytes = try FileContents.bytes(ofFileAt: path, limit: reader.limits.maxFileBytes)
        let document = try reader.read(bytes: bytes, name: path)
        return (document, source(named: FileContents.fileName(of: path), bytes: bytes))
    }

    /// The document in the file at `path` and its source, handing its top-level blocks to `blocks` as they are read.
    ///
    /// The file is read once, as ``document(atPath:reader:)`` reads it, and the blocks come in document order: the
    /// main story's as each is read (``DocxReader/read(bytes:name:handingOnBody:)``), then the other stories'. The
    /// document returned keeps its properties and warnings, not its blocks.
    public static func document(
        atPath path: String, reader: DocxReader, handingBlocksTo blocks: @escaping (consuming Block) -> Void
    ) throws(DocxError) -> (document: Document, source: ExtractionReport.Source) {
        let bytes = try FileContents.bytes(ofFileAt: path, limit: reader.limits.maxFileBytes)
        var document = try reader.read(bytes: bytes, name: path, handingOnBody: blocks)
        for story in document.stories {
            for block in story.blocks { blocks(block) }
        }
        document.stories = []
        return (document, source(named: FileContents.fileName(of: path), bytes: bytes))
    }

    /// The report for a document held in memory (an upload or an archive entry).
    public func report(forBytes bytes: [UInt8], name: String) throws(DocxError) -> ExtractionReport {
        let document = try documentReader.read(bytes: bytes, name: name)
        return report(for: consume document, source: Self.source(named: name, bytes: bytes))
    }

    /// The report for `document`, which the extraction releases block by block unless the report keeps the blocks.
    public func report(for document: consuming Document, source: ExtractionReport.Source) -> ExtractionReport {
        var report = ExtractionReport(
            source: source, document: document, includeText: includeText, includeBlocks: includeBlocks)
        if includeBlocks {
            report.record(extractor.extract(from: document, threads: extractionThreads))
        } else {
            report.record(extractor.extract(consuming: document, threads: extractionThreads))
        }
        return report
    }

    private static func source(named name: String, bytes: [UInt8]) -> ExtractionReport.Source {
        ExtractionReport.Source(fileName: name, byteSize: bytes.count, sha256: SHA256Digest.hex(of: bytes))
    }
}
