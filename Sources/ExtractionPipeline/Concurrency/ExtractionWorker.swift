internal import Dispatch
internal import DocumentModel
public import Docx
public import Extraction
internal import Synchronization

/// Makes the report of one document on two threads: the calling thread reads the document while a worker thread
/// makes or obtains the extractor (`makeExtractor`: building its lexicons' tries, or waiting for
/// ``PreparedExtractor``) and then extracts from each top-level block as the reader finishes it.
///
/// Meant for one document with the machine to itself (the command line's main job): the worker extracts on one core
/// while the reading goes on and on `threads` once it is done, so a machine with a core to spare reads and extracts
/// at once. A reading that ends before the worker has taken any block (a document of fewer than 128 top-level
/// blocks, its notes, comments, headers and footers counted, or a short one read before the worker has built its
/// extractor) takes the blocks back and extracts them on the calling thread, where their text is still in cache:
/// extracting a ten-page report on the worker measured slower. Batches and the server run one document per thread
/// instead.
///
/// One worker makes one report; a worker released without making one stops its thread. The worker thread holds what
/// the extraction kept besides its findings (the names, their keys, lists and table headers) until the worker is
/// released: freeing it piece by piece while the report was written took a core from the JSON. The command's main
/// job holds its worker until the process ends.
public final class ExtractionWorker: Sendable {
    /// Where the reading thread sends the document's top-level blocks, in document order.
    package let blocks: Handoff<Block>
    private let threads: Int
    private let builtExtractor = OnceValue<DocumentExtractor>()
    private let extraction = OnceValue<DocumentExtractor.Result>()
    /// Whether ``report(forFileAt:reader:includeText:includeBlocks:)`` was called.
    private let used = Mutex(false)
    /// Signalled when the worker is released, which lets its thread free what the extraction kept.
    private let released = DispatchSemaphore(value: 0)

    /// How many blocks the reading thread hands over at a time.
    private static let blocksPerHandoff = 32
    /// How many blocks the reading thread holds before it hands over the first: a document with fewer (a ten-page
    /// report has 15 to 120) is extracted on the reading thread whatever the worker is doing.
    private static let blocksHeldFirst = 128

    /// Starts the worker thread, which makes its extractor with `makeExtractor`, then waits for blocks; extraction
    /// uses up to `threads` threads once the document is read.
    public init(threads: Int, makingExtractor makeExtractor: @escaping @Sendable () -> DocumentExtractor) {
        let blocks = Handoff<Block>(batchSize: Self.blocksPerHandoff, firstBatchSize: Self.blocksHeldFirst)
        self.blocks = blocks
        self.threads = max(1, threads)
        ThreadStart.detached { [builtExtractor, extraction, threads, released] in
            let extractor = makeExtractor()
            builtExtractor.write(extractor)
            var reading = extractor.startExtraction()
            var readingDone = false
            while var batch = blocks.next() {
                // The blocks left once the reading is done have every core.
                if !readingDone, blocks.isClosed {
                    readingDone = true
                    reading.use(threads: threads)
                }
                reading.read(releasing: &batch)
            }
            guard !blocks.isAbandoned else {
                extraction.write(DocumentExtractor.Result())
                return
            }
            reading.use(threads: threads)
            extraction.write(reading.finish())
            released.wait()
            withExtendedLifetime(reading) {}
        }
    }

    /// The report of the document at `path`, read by `reader` on the calling thread; with its text or its blocks
    /// (which need the whole document first), extracted after reading with the worker's extractor.
    public func report(
        forFileAt path: String, reader: DocxReader, includeText: Bool = false, includeBlocks: Bool = false
    ) throws(DocxError) -> ExtractionReport {
        let first = used.withLock { used in
            defer { used = true }
            return !used
        }
        precondition(first, "an ExtractionWorker makes one report")
        if includeText || includeBlocks {
            blocks.abandon()
            // Read while the worker makes the extractor (which the builder waits for).
            let (document, source) = try ReportBuilder.document(
                atPath: path, reader: ReportBuilder.documentReader(reader, includeBlocks: includeBlocks))
            DocumentExtractor.prepareSharedTables()
            let builder = ReportBuilder(
                reader: reader, extractor: builtExtractor.result, includeText: includeText,
                includeBlocks: includeBlocks, extractionThreads: threads)
            return builder.report(for: document, source: source)
        }
        let read: (document: Document, source: ExtractionReport.Source)
        do {
            // The blocks are read for extraction alone, which never reads runs.
            read = try ReportBuilder.document(
                atPath: path, reader: reader.withoutRuns, handingBlocksTo: { self.blocks.send($0) })
        } catch {
            blocks.abandon()
            throw error
        }
        let findings: DocumentExtractor.Result
        if var taken = blocks.takeBackUnlessReceived() {
            DocumentExtractor.prepareSharedTables()
            var reading = builtExtractor.result.startExtraction(threads: threads, expectedParagraphs: taken.count)
            reading.read(releasing: &taken)
            findings = reading.finish()
        } else {
            blocks.close()
            findings = extraction.result
        }
        return ExtractionReport(source: read.source, document: read.document, extraction: findings)
    }

    deinit {
        // A worker never asked for its report leaves its thread waiting for blocks.
        blocks.abandon()
        released.signal()
    }

    /// The worker's extractor, once built (blocking until then).
    package var extractor: DocumentExtractor { builtExtractor.result }

    /// What the worker extracted from the blocks sent, once the handoff is closed and they are all extracted
    /// (blocking until then); empty when the handoff was abandoned or taken back.
    package var result: DocumentExtractor.Result { extraction.result }
}
