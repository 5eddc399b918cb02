/// A WordprocessingML document read into plain values: the main story, the other stories, properties
/// and what the reader noticed but could not represent.
public struct Document: Sendable, Equatable, Codable {
    /// The main story's blocks (`w:body`), in document order.
    public var body: [Block]
    /// Footnotes, endnotes, comments, headers and footers, each with its own blocks.
    public var stories: [Story]
    /// Core and extended document properties (`docProps/core.xml`, `docProps/app.xml`).
    public var properties: DocumentProperties
    /// Aggregated notices about content the reader skipped or did not understand.
    public var warnings: [ReaderWarning]

    /// Creates a document.
    public init(
        body: [Block] = [], stories: [Story] = [], properties: DocumentProperties = .init(),
        warnings: [ReaderWarning] = []
    ) {
        self.body = body
        self.stories = stories
        self.properties = properties
        self.warnings = warnings
    }

    /// Every paragraph of the main story, table cells included, in document order.
    public var bodyParagraphs: [Paragraph] { Block.paragraphs(in: body) }

    /// Every paragraph of the main story and then of the other stories, in document order.
    public var allParagraphs: [Paragraph] {
        var paragraphs = bodyParagraphs
        for story in stories { paragraphs += Block.paragraphs(in: story.blocks) }
        return paragraphs
    }
}
