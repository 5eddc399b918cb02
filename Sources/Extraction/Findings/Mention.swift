public import DocumentModel

/// Where a finding was read: the block, the span of its text, the matched text and the section path.
public struct Mention: Sendable, Equatable, Hashable, Codable {
    /// The block's stable index (``Paragraph/index``).
    public var block: Int
    /// The span in the block's text, in Unicode scalar offsets.
    public var span: TextSpan
    /// The matched text, exactly the scalars of `span`.
    public var text: String
    /// The story the block belongs to.
    public var story: StoryKind
    /// The section path where the block stands.
    public var sectionPath: [String]

    /// Creates a mention.
    public init(block: Int, span: TextSpan, text: String, story: StoryKind = .body, sectionPath: [String] = []) {
        self.block = block
        self.span = span
        self.text = text
        self.story = story
        self.sectionPath = sectionPath
    }

    /// A mention of `span` in `paragraph`.
    public init(_ paragraph: Paragraph, span: TextSpan, text: String) {
        self.init(
            block: paragraph.index, span: span, text: text, story: paragraph.location.story,
            sectionPath: paragraph.sectionPath)
    }

    private enum CodingKeys: String, CodingKey {
        case block, text, story
        case start, end
        case sectionPath = "section_path"
    }

    /// Decodes a mention with flat `start`/`end` offsets.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        block = try container.decode(Int.self, forKey: .block)
        span = TextSpan(
            start: try container.decode(Int.self, forKey: .start), end: try container.decode(Int.self, forKey: .end))
        text = try container.decode(String.self, forKey: .text)
        story = try container.decode(StoryKind.self, forKey: .story)
        sectionPath = try container.decode([String].self, forKey: .sectionPath)
    }

    /// Encodes the span as flat `start`/`end` offsets.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(block, forKey: .block)
        try container.encode(span.start, forKey: .start)
        try container.encode(span.end, forKey: .end)
        try container.encode(text, forKey: .text)
        try container.encode(story, forKey: .story)
        try container.encode(sectionPath, forKey: .sectionPath)
    }
}
