public import DocumentModel

/// An extraction handed a document's top-level blocks one at a time, in document order
/// (``DocumentExtractor/startExtraction(threads:expectedParagraphs:)``): a streaming reader's blocks can be extracted
/// while the rest of the document is still being read, on another thread.
public struct BlockExtraction: Sendable {
    private var reading: DocumentExtractor.Reading
    /// Whether ``finish()`` has been called.
    private var finished = false

    init(reading: DocumentExtractor.Reading) {
        self.reading = reading
    }

    /// Reads the paragraphs of the next top-level block, descending into its table cells row by row; only their
    /// split texts and places are kept, not the block.
    public mutating func read(_ block: consuming Block) {
        precondition(!finished, "a finished BlockExtraction reads nothing more")
        switch consume block {
        case .paragraph(let paragraph): reading.read(paragraph)
        case .table(let table): DocumentExtractor.read(table, into: &reading)
        }
    }

    /// Reads each of `blocks` in order, as ``read(_:)`` does, moving it out of the array and releasing it once read;
    /// leaves the array empty.
    public mutating func read(releasing blocks: inout [Block]) {
        for position in blocks.indices {
            var block = Block.paragraph(Paragraph(index: 0, text: ""))
            swap(&block, &blocks[position])
            read(block)
        }
        blocks = []
    }

    /// Uses up to `threads` threads (the calling one included) for what is read from now on and for finishing.
    ///
    /// An extraction fed by a reader on another core can start on one and take every core once the reading is done.
    /// The findings are the same for any number.
    public mutating func use(threads: Int) {
        reading.use(threads: threads)
    }

    /// What ``DocumentExtractor/extract(from:threads:)-(Document,_)`` finds in a document of the blocks read.
    ///
    /// Links the names found and finds their mentions. The extraction is spent: it reads nothing more.
    ///
    /// Mutating, not consuming: finishing changes the extraction's arrays in place, and a caller's copy left alive
    /// by a consuming call would make each of them copied whole first.
    public mutating func finish() -> DocumentExtractor.Result {
        precondition(!finished, "a BlockExtraction finishes once")
        finished = true
        let extractor = reading.extractor
        return extractor.finish(&reading)
    }
}
