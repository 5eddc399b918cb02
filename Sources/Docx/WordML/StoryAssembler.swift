internal import DocumentModel
internal import XMLStream

/// Assembles a story part's blocks from its parse events — the state and rules behind ``StoryReader``.
///
/// One pass, no tree: a stack of open containers (story, table cell, text box), of open paragraphs
/// (text boxes nest paragraphs) and of open complex fields decides where each piece of text goes.
/// A value type, so that the per-event work touches one stored property of the reader, not dozens.
struct StoryAssembler {
    /// The parser sending the events, lent for the parse and read only during events: its line locates warnings.
    ///
    /// Unowned, not weak, as it holds the reader: a weak reference gives the parser a side table that lives as long as
    /// it does, and the pools keep parsers until the process ends (valgrind reports the table as lost: only the
    /// parser's encoded reference count points to it).
    unowned var parser: XMLStreamParser?
    /// The parser's vocabulary, which names unknown elements.
    var names: WordNames?
    var filter = AlternateContentFilter()
    let session: ReadingSession
    let part: String
    let storyKind: StoryKind

    /// Finished stories: one for the body, a header or a footer; one per note or comment.
    var stories: [Story] = []
    /// Where finished top-level blocks go when they are streamed rather than kept in the story.
    var topLevelBlocks: ((inout Block) -> Void)?
    /// The budget's charge when streaming began, when the blocks handed on since are released from it; nil when
    /// they stay charged.
    var streamedMark: UInt64?

    enum Mode { case content, paragraphProperties, markRunProperties, runProperties, cellProperties }
    var mode = Mode.content
    var skipDepth = 0

    struct Container {
        enum Kind { case story, cell, textBox }
        var kind: Kind
        var blocks: [Block] = []
        var cell: CellCoordinate?
        var columnSpan = 1
        var verticalMerge: VerticalMerge?
        /// A paragraph whose mark was deleted, waiting to be joined with the next one.
        var pendingJoin: ParagraphBuilder?
    }
    var containers: [Container] = []
    var storyID: String?
    var storyAuthor: String?

    struct ParagraphBuilder {
        var index: Int
        var location: Location
        var runs: [Run] = []
        var styleID: String?
        var numberingID: String?
        var numberingLevel: Int?
        var outlineLevel: Int?
        var markDeleted = false
        var propertiesFinal = false
        var headingLevel: Int?
        var label: ListLabel?
        var anchoredBlocks: [Block] = []
        /// The UTF-8 of the visible runs, in order, when runs are not kept (``ReadingSession/keepsRuns``): the
        /// paragraph's text is made from it once.
        var visibleText: [UInt8] = []

        /// Appends a run; a paragraph's second run makes room for four, as most paragraphs that have two have more.
        mutating func appendRun(_ run: Run) {
            if runs.count == 1 { runs.reserveCapacity(4) }
            runs.append(run)
        }

        /// Appends the UTF-8 of a visible run, or of text outside runs, when runs are not kept; the first makes room
        /// for a paragraph's worth.
        mutating func appendVisibleText(_ utf8: some Collection<UInt8>) {
            if visibleText.capacity == 0 { visibleText.reserveCapacity(Swift.max(Self.firstTextCapacity, utf8.count)) }
            visibleText.append(contentsOf: utf8)
        }

        /// The bytes made room for at a paragraph's first text: most paragraphs of a report are shorter.
        static let firstTextCapacity = 256
    }
    var paragraphs: [ParagraphBuilder] = []
    /// The body's section paths, which its top-level blocks are given as they are made; nil in other stories.
    var sectionPaths: SectionPaths?

    struct TableBuilder {
        var index: Int
        var location: Location
        var rows: [TableRow] = []
        var currentRow: [TableCell]?
    }
    var tables: [TableBuilder] = []

    struct RunState {
        var inRun = false
        /// What the run's own `w:vanish` says, if it says anything: it wins over the styles.
        var directlyHidden: Bool?
        /// The run's character style (`w:rStyle`).
        var characterStyle: String?
        /// The run's text so far, as UTF-8: one String is made when the run closes.
        var utf8: [UInt8] = []
        var collectingText = false

        /// Starts over for the next run, keeping the text buffer's storage for it unless a long run made it large.
        mutating func restart(inRun: Bool) {
            self.inRun = inRun
            directlyHidden = nil
            characterStyle = nil
            if utf8.capacity > Self.keptBufferCapacity {
                utf8 = []
            } else if !utf8.isEmpty {
                utf8.removeAll(keepingCapacity: true)
            }
            collectingText = false
        }

        /// The most text buffer a finished run leaves for the next: the buffer is scratch outside the model's budget, so
        /// a huge run's is freed rather than held beside the strings made from it.
        static let keptBufferCapacity = 64 << 10
    }
    var run = RunState()
    /// The runs a text box interrupted, restored when it closes: "前文<text box>后文" stays one run.
    var interruptedRuns: [RunState] = []
    /// Open complex fields, innermost last: true once the field has reached its result (`separate`).
    var fields: [Bool] = []
    var fieldsInInstruction = 0

    init(session: ReadingSession, part: String, story: StoryKind) {
        self.session = session
        self.part = part
        self.storyKind = story
        if story == .body || story == .header || story == .footer {
            containers = [Container(kind: .story)]
        }
        if story == .body { sectionPaths = SectionPaths() }
    }

    /// Hands each finished top-level block to `handler` instead of keeping it in the story, and releases what it
    /// was charged when `releasing`.
    mutating func streamTopLevelBlocks(to handler: @escaping (inout Block) -> Void, releasing: Bool) {
        topLevelBlocks = handler
        streamedMark = releasing ? session.budget.held : nil
    }

    /// Closes whatever the part left open and hands its stories over.
    ///
    /// The assembler keeps no reference to them, so that the caller's changes (section paths) happen in place rather
    /// than copying every table's rows and cells.
    mutating func finish() -> [Story] {
        if storyKind == .body || storyKind == .header || storyKind == .footer, !containers.isEmpty {
            closeStory()
        }
        var finished: [Story] = []
        swap(&finished, &stories)
        return finished
    }

    // MARK: Events

    var wantsText: Bool { run.collectingText && fieldsInInstruction == 0 && skipDepth == 0 }

    mutating func text(_ utf8: Span<UInt8>) {
        guard fieldsInInstruction == 0, !paragraphs.isEmpty else { return }
        session.budget.chargeText(byteCount: utf8.count)
        if run.inRun {
            utf8.withUnsafeBufferPointer { run.utf8.append(contentsOf: $0) }
        } else {
            append(utf8.withUnsafeBufferPointer { String(utf8Text: $0) })
        }
    }

    mutating func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        let tag = Tag(code: code)
        if AlternateContentFilter.decides(tag), filter.decide(tag, attributes: attributes) == .skipSubtree {
            skipDepth = 1
            return
        }
        switch mode {
        case .paragraphProperties: return paragraphProperty(tag, attributes)
        case .markRunProperties, .runProperties: return runProperty(tag, attributes)
        case .cellProperties: return cellProperty(tag, attributes)
        case .content: break
        }
        switch tag {
        case .document, .body, .hdr, .ftr, .footnotes, .endnotes, .comments: break
        case let tag
        where (tag == .footnote || tag == .endnote || tag == .comment) && !Self.opensStory(tag, in: storyKind):
            // A note or comment outside its own part (hostile or broken XML) would replace the story being read.
            skipDepth = 1
        case .footnote, .endnote:
            switch attributes.value(Tag.attrType.rawValue) {
            case "separator", "continuationSeparator", "continuationNotice": skipDepth = 1
            default: openStory(id: attributes.value(Tag.attrID.rawValue), author: nil)
            }
        case .comment:
            openStory(id: attributes.value(Tag.attrID.rawValue), author: attributes.value(Tag.attrAuthor.rawValue))
        case .p: openParagraph()
        case .pPr:
            if paragraphs.isEmpty { skipDepth = 1 } else { mode = .paragraphProperties }
        case .r: run.restart(inRun: true)
        case .rPr:
            if run.inRun { mode = .runProperties } else { skipDepth = 1 }
        case .t, .mathText: run.collectingText = true
        case .tab, .ptab: append("\t")
        case .br, .cr: append("\n")
        case .noBreakHyphen: append("\u{2011}")
        case .sym:
            if let code = attributes.value(Tag.attrChar.rawValue),
                let character = SymbolFont.character(code: code, font: attributes.value(Tag.attrFont.rawValue))
            {
                append(character)
            }
        case .fldChar: field(attributes.value(Tag.attrFldCharType.rawValue))
        case .del, .moveFrom, .delText, .instrText, .delInstrText: skipDepth = 1
        case .ins, .moveTo, .hyperlink, .sdt, .sdtContent, .smartTag, .customXml, .dir, .bdo, .ruby, .rubyBase,
            .fldSimple, .drawing, .pict, .wsp, .txbx, .vShape, .vTextbox, .alternateContent, .choice, .fallback,
            .mathTransparent:
            break
        case .tbl: openTable()
        case .tr: openRow()
        case .tc: openCell()
        case .tcPr:
            // Cell properties outside a cell (hostile or broken XML) have nothing to apply to.
            if containers.last?.kind == .cell { mode = .cellProperties } else { skipDepth = 1 }
        case .txbxContent: openTextBox()
        case .object:
            warn(
                .contentNotRead, element: "w:object",
                message: "embedded OLE objects are not read; their text, if any, is not in the output")
            skipDepth = 1
        case .altChunk:
            warn(
                .contentNotRead, element: "w:altChunk",
                message: "an imported chunk (altChunk) is not read; its text is not in the output")
            skipDepth = 1
        case .subDoc:
            warn(.contentNotRead, element: "w:subDoc", message: "subdocuments are not read")
            skipDepth = 1
        case .unknown where code >= Tag.firstUnknownCode: unknownElement(code)
        default: skipDepth = 1
        }
    }

    mutating func endElement(_ code: Int) {
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        let tag = Tag(code: code)
        if AlternateContentFilter.decides(tag) { filter.end(tag) }
        switch mode {
        case .paragraphProperties:
            if tag == .pPr {
                mode = .content
                finalizeParagraphProperties()
            }
            return
        case .markRunProperties:
            if tag == .rPr { mode = .paragraphProperties }
            return
        case .runProperties:
            if tag == .rPr { mode = .content }
            return
        case .cellProperties:
            if tag == .tcPr { mode = .content }
            return
        case .content: break
        }
        switch tag {
        case .t, .mathText: run.collectingText = false
        case .r: closeRun()
        case .p: closeParagraph()
        case .tbl: closeTable()
        case .tr: closeRow()
        case .tc: closeCell()
        case .txbxContent: closeTextBox()
        case .footnote, .endnote, .comment: closeStory()
        default: break
        }
    }
}
