public import DocumentModel

/// Where a finding was read: the block, the span of its text, the matched text and the section path.
///
/// The block index and the span's offsets are stored in 32 bits each (a document's limits keep them far below
/// 2³¹), so that a mention takes 40 bytes: documents dense with findings hold hundreds of thousands.
public struct Mention: Sendable, Equatable, Hashable, Codable {
    /// The matched text, exactly the scalars of `span`.
    public var text: String
    /// The section path where the block stands.
    public var sectionPath: [String]
    private var storedBlock: Int32
    private var storedStart: Int32
    private var storedEnd: Int32
    /// The story the block belongs to.
    public var story: StoryKind

    /// The block's stable index (``Paragraph/index``).
    public var block: Int {
        get { Int(storedBlock) }
        set { storedBlock = Int32(newValue) }
    }

    /// The span in the block's text, in Unicode scalar offsets.
    public var span: TextSpan {
        get { TextSpan(start: Int(storedStart), end: Int(storedEnd)) }
        set {
            storedStart = Int32(newValue.start)
            storedEnd = Int32(newValue.end)
        }
    }

    /// Creates a mention; `block` and the span's offsets must be below 2³¹.
    public init(block: Int, span: TextSpan, text: String, story: StoryKind = .body, sectionPath: [String] = []) {
        self.text = text
        self.sectionPath = sectionPath
        storedBlock = Int32(block)
        storedStart = Int32(span.start)
        storedEnd = Int32(span.end)
        self.story = story
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
        // Decoded as 32-bit integers, so that a value out of their range is a decoding error, not a trap.
        self.init(
            block: Int(try container.decode(Int32.self, forKey: .block)),
            span: TextSpan(
                start: Int(try container.decode(Int32.self, forKey: .start)),
                end: Int(try container.decode(Int32.self, forKey: .end))),
            text: try container.decode(String.self, forKey: .text),
            story: try container.decode(StoryKind.self, forKey: .story),
            sectionPath: try container.decode([String].self, forKey: .sectionPath))
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
