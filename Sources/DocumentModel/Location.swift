// Stored optionals are spelled `Optional<…>`: a variable written `T?` starts as nil, so an initializer assigns it
// rather than initializes it, and then copies the whole value on its way out (a retain and a release of each of
// its strings and arrays).

/// Where a block stands: its story, its part, and its table cell path.
public struct Location: Sendable, Equatable, Hashable, Codable {
    /// The story the block belongs to.
    public var story: StoryKind
    /// The package part the block was read from, such as "word/document.xml".
    public var part: String
    /// The note or comment id, for footnotes, endnotes and comments.
    public var storyID: Optional<String>
    /// The enclosing table cells, outermost first; empty outside tables.
    public var cells: [CellCoordinate]
    /// Whether the block is inside a text box.
    public var inTextBox: Bool

    /// Creates a location.
    public init(
        story: StoryKind = .body, part: String = "word/document.xml", storyID: String? = nil,
        cells: [CellCoordinate] = [], inTextBox: Bool = false
    ) {
        self.story = story
        self.part = part
        self.storyID = storyID
        self.cells = cells
        self.inTextBox = inTextBox
    }

    private enum CodingKeys: String, CodingKey {
        case story, part, cells
        case storyID = "story_id"
        case inTextBox = "in_text_box"
    }
}

/// A cell's position: its table's block index, its row and its cell position within the row (0-based).
public struct CellCoordinate: Sendable, Equatable, Hashable, Codable {
    /// The enclosing table's block index.
    public var table: Int
    /// The row, 0-based.
    public var row: Int
    /// The cell within the row, 0-based (not the grid column).
    public var cell: Int

    /// Creates a coordinate.
    public init(table: Int, row: Int, cell: Int) {
        self.table = table
        self.row = row
        self.cell = cell
    }
}

/// The kinds of story in a WordprocessingML package.
public enum StoryKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// The main document body.
    case body
    /// A footnote (`w:footnote`).
    case footnote
    /// An endnote (`w:endnote`).
    case endnote
    /// A comment (`w:comment`).
    case comment
    /// A header part.
    case header
    /// A footer part.
    case footer
}

/// A story other than the body: one footnote, endnote or comment, or one header or footer part.
public struct Story: Sendable, Equatable, Codable {
    /// The kind of story.
    public var kind: StoryKind
    /// The note or comment id; nil for headers and footers.
    public var id: Optional<String>
    /// The part it was read from.
    public var part: String
    /// The comment's author, for comments.
    public var author: Optional<String>
    /// The story's blocks.
    public var blocks: [Block]

    /// Creates a story.
    public init(kind: StoryKind, id: String? = nil, part: String, author: String? = nil, blocks: [Block] = []) {
        self.kind = kind
        self.id = id
        self.part = part
        self.author = author
        self.blocks = blocks
    }
}
