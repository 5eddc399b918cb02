// Stored optionals are spelled `Optional<…>`: a variable written `T?` starts as nil, so an initializer assigns it
// rather than initializes it, and then copies the whole value on its way out (a retain and a release of each of
// its strings and arrays).

/// A paragraph (`w:p`) with its visible text, runs, style, outline and provenance.
public struct Paragraph: Sendable, Equatable, Codable {
    /// The stable block index, unique across the document, in reading order.
    public var index: Int
    /// The visible text: runs joined with nothing between, hidden runs and deleted text left out.
    ///
    /// `w:tab` is a tab, `w:br`/`w:cr` a line feed, `w:noBreakHyphen` U+2011. The list label is not part of it.
    public var text: String
    /// The runs (`w:r`) with their text, hidden ones included; empty when the reader keeps no runs.
    public var runs: [Run]
    /// The paragraph style's id (`w:pStyle`), if any.
    public var styleID: Optional<String>
    /// The outline level 1–9 when the paragraph is a heading (by style name or `w:outlineLvl`).
    public var headingLevel: Optional<Int>
    /// The rendered auto-numbering label, for numbered paragraphs.
    public var listLabel: Optional<ListLabel>
    /// Where the paragraph is.
    public var location: Location
    /// The titles of the enclosing sections, outermost first, ending with this paragraph's own when it is a heading.
    public var sectionPath: [String]

    /// Creates a paragraph.
    public init(
        index: Int, text: String, runs: [Run] = [], styleID: String? = nil, headingLevel: Int? = nil,
        listLabel: ListLabel? = nil, location: Location = .init(), sectionPath: [String] = []
    ) {
        self.index = index
        self.text = text
        self.runs = runs
        self.styleID = styleID
        self.headingLevel = headingLevel
        self.listLabel = listLabel
        self.location = location
        self.sectionPath = sectionPath
    }

    /// The text as Word shows it: the list label and its separator, then the text.
    public var displayText: String {
        guard let listLabel else { return text }
        return listLabel.text.isEmpty ? text : listLabel.text + listLabel.separator + text
    }

    /// Whether the paragraph is an item of an auto-numbered list rather than a heading.
    public var isListItem: Bool { listLabel != nil && headingLevel == nil }

    private enum CodingKeys: String, CodingKey {
        case index, text, runs, location
        case styleID = "style_id"
        case headingLevel = "heading_level"
        case listLabel = "list_label"
        case sectionPath = "section_path"
    }
}

/// A run of uniformly formatted text (`w:r`).
public struct Run: Sendable, Equatable, Codable {
    /// The run's text, with the same character rules as ``Paragraph/text``.
    public var text: String
    /// Whether the run is hidden (`w:vanish`) and so left out of the paragraph's text.
    public var isHidden: Bool

    /// Creates a run.
    public init(text: String, isHidden: Bool = false) {
        self.text = text
        self.isHidden = isHidden
    }

    private enum CodingKeys: String, CodingKey {
        case text
        case isHidden = "hidden"
    }
}

/// An auto-numbering label rendered from `numbering.xml`, such as "一、" or "（1）".
public struct ListLabel: Sendable, Equatable, Codable {
    /// The label's text.
    public var text: String
    /// What follows the label (`w:suff`): a tab, a space or nothing.
    public var separator: String
    /// The list level, 0-based (`w:ilvl`).
    public var level: Int
    /// The numbering instance (`w:numId`).
    public var numberingID: String

    /// Creates a label.
    public init(text: String, separator: String = "\t", level: Int = 0, numberingID: String = "") {
        self.text = text
        self.separator = separator
        self.level = level
        self.numberingID = numberingID
    }

    private enum CodingKeys: String, CodingKey {
        case text, separator, level
        case numberingID = "numbering_id"
    }
}
