internal import DocumentModel

/// A paragraph as the extractors see it: its text split into Unicode scalars, and what a mention needs of its place.
///
/// Extraction reads a paragraph's text, index, story, section path and innermost cell, never its runs, style or
/// list label; copying whole `Paragraph`s would retain (and so touch in memory) nine objects each for nothing.
struct ParagraphText: Sendable {
    /// The paragraph's stable block index.
    let index: Int
    /// The story the paragraph belongs to.
    let story: StoryKind
    /// The section path where the paragraph stands.
    let sectionPath: [String]
    /// The innermost table cell holding the paragraph, if any.
    let cell: CellCoordinate?
    /// The text's scalars folded to simplified characters (``CharacterFolding``), which every rule matches against;
    /// every span counts in them.
    let scalars: [Unicode.Scalar]
    /// The text's scalars as written, one for one with ``scalars``: what findings quote.
    let written: [Unicode.Scalar]

    /// Splits `paragraph`; its section path is `sectionPath` when given (the same titles, in an array that other
    /// paragraphs share).
    init(_ paragraph: borrowing Paragraph, sectionPath: [String]? = nil) {
        self.init(Unsplit(paragraph, sectionPath: sectionPath))
    }

    /// Splits a paragraph read before.
    init(_ paragraph: borrowing Unsplit) {
        index = paragraph.index
        story = paragraph.story
        sectionPath = paragraph.sectionPath
        cell = paragraph.cell
        written = paragraph.text.scalarArray
        scalars = CharacterFolding.shipped.folded(written) ?? written
    }

    /// What a ``ParagraphText`` keeps of a paragraph, its text not split yet: paragraphs are read in document order
    /// on one thread and split where they are gathered, on several.
    struct Unsplit: Sendable {
        /// The paragraph's stable block index.
        let index: Int
        /// The story the paragraph belongs to.
        let story: StoryKind
        /// The section path where the paragraph stands.
        let sectionPath: [String]
        /// The innermost table cell holding the paragraph, if any.
        let cell: CellCoordinate?
        /// The paragraph's text.
        let text: String

        /// What is kept of `paragraph`; its section path is `sectionPath` when given.
        init(_ paragraph: borrowing Paragraph, sectionPath: [String]? = nil) {
            index = paragraph.index
            story = paragraph.location.story
            self.sectionPath = sectionPath ?? paragraph.sectionPath
            cell = paragraph.location.cells.last
            text = paragraph.text
        }
    }

    /// The number of top-level blocks of the document: its paragraphs, tables counted as one.
    static func estimatedCount(in document: Document) -> Int {
        document.body.count + document.stories.reduce(0) { $0 + $1.blocks.count }
    }

    /// The text of `span` as written.
    func text(_ span: TextSpan) -> String {
        String(scalars: written[span.start..<span.end])
    }

    /// Calls `body` with the paragraph as the numeric scanner reads it.
    @inline(__always)
    func withScalarText<Result>(_ body: (ScalarText) -> Result) -> Result {
        ScalarText.reading(scalars, written: written, body)
    }
}

extension Mention {
    /// A mention of `span` in `paragraph`.
    ///
    /// The paragraph is borrowed: an initializer's parameters are consumed by default, and passing a paragraph that
    /// the caller keeps would copy all of it (retaining its arrays) for its place and section path.
    init(_ paragraph: borrowing ParagraphText, span: TextSpan, text: String) {
        self.init(
            block: paragraph.index, span: span, text: text, story: paragraph.story, sectionPath: paragraph.sectionPath)
    }
}
