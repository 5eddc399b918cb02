internal import DocumentModel
internal import XMLStream

/// Streams a story part — `document.xml`, a header or footer, footnotes, endnotes or comments — into blocks.
///
/// The parser's handler: it forwards every event to a ``StoryAssembler`` held in one stored property.
final class StoryReader: XMLEventHandler {
    // Unchecked like XMLStream's parser state: events arrive one at a time on one thread, and the only
    // call made back into the reader during an event, `code(for:)`, reads `names`, not `assembler`.
    @exclusivity(unchecked) private var assembler: StoryAssembler
    // Name codes are asked for while the assembler handles an element (attribute lookups), so the
    // reader answers them from the shared name table, never through the assembler.
    private let names: WordNames

    /// Hands the parser to the assembler, which reads its current line for its warnings.
    func willParse(with parser: XMLStreamParser) {
        assembler.lineSource = parser
    }

    /// Creates a reader; with `topLevelBlocks`, each finished top-level block is handed to it instead of kept (lent
    /// `inout`, so that it can be finished in place, not copied), and released from the budget when
    /// `releasingHandedOn`.
    init(
        session: ReadingSession, part: String, story: StoryKind, topLevelBlocks: ((inout Block) -> Void)? = nil,
        releasingHandedOn: Bool = true
    ) {
        names = WordNames()
        assembler = StoryAssembler(session: session, part: part, story: story, names: names)
        if let topLevelBlocks { assembler.streamTopLevelBlocks(to: topLevelBlocks, releasing: releasingHandedOn) }
    }

    /// Closes whatever the part left open and returns its stories.
    func finish() -> [Story] { assembler.finish() }

    func code(for name: XMLName) -> Int { names.code(for: name) }
    var wantsText: Bool { assembler.wantsText }
    func text(_ utf8: Span<UInt8>) { assembler.text(utf8) }
    func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        assembler.startElement(code, attributes: attributes)
    }
    func endElement(_ code: Int) { assembler.endElement(code) }
}
