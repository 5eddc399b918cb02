internal import DocumentModel
internal import XMLStream

/// Streams a story part — `document.xml`, a header or footer, footnotes, endnotes or comments — into blocks.
///
/// The parser's handler: it forwards every event to a ``StoryAssembler`` held in one stored property.
final class StoryReader: PartHandler {
    static let parsers = PartHandlerParsers.pool()
    // Unchecked like XMLStream's parser state: events arrive one at a time on one thread, and no call is made back
    // into the reader during an event (name codes come from the parser's vocabulary).
    @exclusivity(unchecked) private var assembler: StoryAssembler

    /// Hands the parser to the assembler, which reads its current line for its warnings, and its vocabulary (the
    /// reader's parsers speak ``WordNames``), which names unknown elements.
    func willParse(with parser: XMLStreamParser) {
        assembler.parser = parser
        assembler.names = parser.vocabulary as? WordNames
    }

    /// Lets the parser and its vocabulary go: once the part ends they may serve other parts, on other threads.
    func didEndParse() {
        assembler.parser = nil
        assembler.names = nil
    }

    /// Creates a reader; with `topLevelBlocks`, each finished top-level block is handed to it instead of kept (lent
    /// `inout`, so that it can be finished in place, not copied), and released from the budget when
    /// `releasingHandedOn`.
    init(
        session: ReadingSession, part: String, story: StoryKind, topLevelBlocks: ((inout Block) -> Void)? = nil,
        releasingHandedOn: Bool = true
    ) {
        assembler = StoryAssembler(session: session, part: part, story: story)
        if let topLevelBlocks { assembler.streamTopLevelBlocks(to: topLevelBlocks, releasing: releasingHandedOn) }
    }

    /// Closes whatever the part left open and returns its stories.
    func finish() -> [Story] { assembler.finish() }

    var wantsText: Bool { assembler.wantsText }
    func text(_ utf8: Span<UInt8>) { assembler.text(utf8) }
    func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        assembler.startElement(code, attributes: attributes)
    }
    func endElement(_ code: Int) { assembler.endElement(code) }
}
