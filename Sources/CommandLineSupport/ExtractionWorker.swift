public import ExtractionPipeline

/// The one-document job's second thread: it builds the extractor (its lexicons' tries) while the calling thread
/// starts reading, then extracts from the top-level blocks the reading thread hands it (``blocks``), on one core
/// while the reading goes on and on `threads` once the reading thread has closed the handoff.
///
/// A reading thread that finishes before the worker has received any block can take the blocks back
/// (``Handoff/takeBackUnlessReceived()``) and extract them itself with ``extractor``: a short document is then
/// extracted where it was read, its text still in that core's cache.
public final class ExtractionWorker: Sendable {
    /// Where the reading thread sends the document's top-level blocks, in document order.
    public let blocks: Handoff<Block>
    private let builtExtractor = OnceValue<DocumentExtractor>()
    private let extraction = OnceValue<DocumentExtractor.Result>()

    /// How many blocks the reading thread hands over at a time.
    private static let blocksPerHandoff = 32

    /// Starts the worker: it builds an extractor with `rules` (the built-in rules when nil) and waits for blocks.
    public init(rules: ExtractionRules?, threads: Int) {
        let blocks = Handoff<Block>(batchSize: Self.blocksPerHandoff)
        self.blocks = blocks
        ThreadStart.detached { [builtExtractor, extraction] in
            let extractor = DocumentExtractor(rules: rules ?? .builtIn)
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
        }
    }

    /// The extractor, once built (blocking until then).
    public var extractor: DocumentExtractor { builtExtractor.result }

    /// What the worker extracted from the blocks sent, once the handoff is closed and they are all extracted
    /// (blocking until then); empty when the handoff was abandoned.
    public var result: DocumentExtractor.Result { extraction.result }
}
