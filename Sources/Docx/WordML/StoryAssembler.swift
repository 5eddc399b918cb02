internal import DocumentModel
internal import XMLStream

/// Assembles a story part's blocks from its parse events — the state and rules behind ``StoryReader``.
///
/// One pass, no tree: a stack of open containers (story, table cell, text box), of open paragraphs
/// (text boxes nest paragraphs) and of open complex fields decides where each piece of text goes.
/// A value type, so that the per-event work touches one stored property of the reader, not dozens.
struct StoryAssembler {
    weak var lineSource: XMLStreamParser?
    private let names: WordNames
    private var filter = AlternateContentFilter()
    private let session: ReadingSession
    private let part: String
    private let storyKind: StoryKind

    /// Finished stories: one for the body, a header or a footer; one per note or comment.
    private(set) var stories: [Story] = []
    /// Where finished top-level blocks go when they are streamed rather than kept in the story.
    private var topLevelBlocks: ((Block) -> Void)?
    /// The budget's charge when streaming began: what the blocks handed on since held is released.
    private var streamedMark: UInt64 = 0

    private enum Mode { case content, paragraphProperties, markRunProperties, runProperties, cellProperties }
    private var mode = Mode.content
    private var skipDepth = 0

    private struct Container {
        enum Kind { case story, cell, textBox }
        var kind: Kind
        var blocks: [Block] = []
        var cell: CellCoordinate?
        var columnSpan = 1
        var verticalMerge: VerticalMerge?
        /// A paragraph whose mark was deleted, waiting to be joined with the next one.
        var pendingJoin: ParagraphBuilder?
    }
    private var containers: [Container] = []
    private var storyID: String?
    private var storyAuthor: String?

    private struct ParagraphBuilder {
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
    }
    private var paragraphs: [ParagraphBuilder] = []

    private struct TableBuilder {
        var index: Int
        var location: Location
        var rows: [TableRow] = []
        var currentRow: [TableCell]?
    }
    private var tables: [TableBuilder] = []

    private struct RunState {
        var inRun = false
        /// What the run's own `w:vanish` says, if it says anything: it wins over the styles.
        var directlyHidden: Bool?
        /// The run's character style (`w:rStyle`).
        var characterStyle: String?
        /// The run's text so far, as UTF-8: one String is made when the run closes.
        var utf8: [UInt8] = []
        var collectingText = false
    }
    private var run = RunState()
    /// The runs a text box interrupted, restored when it closes: "前文<text box>后文" stays one run.
    private var interruptedRuns: [RunState] = []
    /// Open complex fields, innermost last: true once the field has reached its result (`separate`).
    private var fields: [Bool] = []
    private var fieldsInInstruction = 0

    init(session: ReadingSession, part: String, story: StoryKind, names: WordNames) {
        self.session = session
        self.names = names
        self.part = part
        self.storyKind = story
        if story == .body || story == .header || story == .footer {
            containers = [Container(kind: .story)]
        }
    }

    /// Hands each finished top-level block to `handler` instead of keeping it in the story.
    mutating func streamTopLevelBlocks(to handler: @escaping (Block) -> Void) {
        topLevelBlocks = handler
        streamedMark = session.budget.held
    }

    /// Closes whatever the part left open and returns its stories.
    mutating func finish() -> [Story] {
        if storyKind == .body || storyKind == .header || storyKind == .footer, !containers.isEmpty {
            closeStory()
        }
        return stories
    }

    // MARK: Events

    var wantsText: Bool { run.collectingText && fieldsInInstruction == 0 && skipDepth == 0 }

    mutating func text(_ utf8: Span<UInt8>) {
        guard fieldsInInstruction == 0, !paragraphs.isEmpty else { return }
        session.budget.chargeText(byteCount: utf8.count)
        if run.inRun {
            utf8.withUnsafeBufferPointer { run.utf8.append(contentsOf: $0) }
        } else {
            append(utf8.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) })
        }
    }

    mutating func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        let tag = names.tag(code)
        if filter.decide(tag, attributes: attributes) == .skipSubtree {
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
        case .r: run = RunState(inRun: true)
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
        let tag = names.tag(code)
        filter.end(tag)
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

    // MARK: Properties

    private mutating func paragraphProperty(_ tag: Tag, _ attributes: borrowing XMLAttributes) {
        let last = paragraphs.count - 1
        switch tag {
        case .pStyle: paragraphs[last].styleID = attributes.value(Tag.attrVal.rawValue)
        case .numPr, .alternateContent, .choice, .fallback: break
        case .ilvl: paragraphs[last].numberingLevel = attributes.value(Tag.attrVal.rawValue).flatMap { Int($0) }
        case .numId: paragraphs[last].numberingID = attributes.value(Tag.attrVal.rawValue)
        case .outlineLvl: paragraphs[last].outlineLevel = attributes.value(Tag.attrVal.rawValue).flatMap { Int($0) }
        case .rPr: mode = .markRunProperties
        default: skipDepth = 1
        }
    }

    private mutating func runProperty(_ tag: Tag, _ attributes: borrowing XMLAttributes) {
        switch tag {
        case .vanish, .specVanish:
            let value = attributes.value(Tag.attrVal.rawValue)
            let on = value == nil || !["0", "false", "off"].contains(value ?? "")
            if mode == .runProperties { run.directlyHidden = on }
            skipDepth = 1
        case .rStyle:
            if mode == .runProperties { run.characterStyle = attributes.value(Tag.attrVal.rawValue) }
            skipDepth = 1
        case .del, .moveFrom:
            if mode == .markRunProperties, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].markDeleted = true }
            skipDepth = 1
        case .alternateContent, .choice, .fallback: break
        default: skipDepth = 1
        }
    }

    /// Whether `tag` starts a story of the part being read: footnotes in the footnotes part, and so on.
    private static func opensStory(_ tag: Tag, in story: StoryKind) -> Bool {
        switch tag {
        case .footnote: story == .footnote
        case .endnote: story == .endnote
        case .comment: story == .comment
        default: false
        }
    }

    private mutating func cellProperty(_ tag: Tag, _ attributes: borrowing XMLAttributes) {
        let last = containers.count - 1
        switch tag {
        case .gridSpan:
            containers[last].columnSpan = max(1, attributes.value(Tag.attrVal.rawValue).flatMap { Int($0) } ?? 1)
        case .vMerge:
            containers[last].verticalMerge = attributes.value(Tag.attrVal.rawValue) == "restart" ? .restart : .continue
        case .alternateContent, .choice, .fallback: return
        default: break
        }
        skipDepth = 1
    }

    private mutating func finalizeParagraphProperties() {
        guard let last = paragraphs.indices.last, !paragraphs[last].propertiesFinal else { return }
        var paragraph = paragraphs[last]
        paragraph.propertiesFinal = true
        let styles = session.styles
        let styleID = paragraph.styleID ?? styles.defaultParagraphStyle
        if let level = paragraph.outlineLevel {
            paragraph.headingLevel = level < 9 && level >= 0 ? level + 1 : nil
        } else if let styleID {
            paragraph.headingLevel = styles.headingLevel(of: styleID)
        }
        var numbering: (id: String, level: Int?)?
        if let id = paragraph.numberingID {
            numbering = (id, paragraph.numberingLevel)
        } else if let styleID, let fromStyle = styles.numbering(of: styleID) {
            numbering = (fromStyle.id, paragraph.numberingLevel ?? fromStyle.level)
        }
        if let numbering, numbering.id != "0" {
            if let label = session.listCounter.label(
                numberingID: numbering.id, level: numbering.level, styleID: styleID)
            {
                paragraph.label = label
            } else {
                warn(
                    .missingNumbering, element: "w:numPr",
                    message:
                        "a paragraph refers to numbering \(numbering.id), which numbering.xml does not define; its label is left out"
                )
            }
        }
        paragraphs[paragraphs.count - 1] = paragraph
    }

    // MARK: Text

    private mutating func append(_ text: String) {
        guard fieldsInInstruction == 0, !paragraphs.isEmpty else { return }
        session.budget.chargeText(byteCount: text.utf8.count)
        if run.inRun {
            run.utf8.append(contentsOf: text.utf8)
        } else {
            finalizeParagraphProperties()
            session.budget.charge(DocumentBudget.runCost)
            paragraphs[paragraphs.count - 1].runs.append(Run(text: text))
        }
    }

    private mutating func closeRun() {
        defer { run = RunState() }
        guard !run.utf8.isEmpty, !paragraphs.isEmpty else { return }
        finalizeParagraphProperties()
        let paragraphStyle = paragraphs[paragraphs.count - 1].styleID ?? session.styles.defaultParagraphStyle
        let isHidden =
            run.directlyHidden
            ?? session.styles.hidesText(characterStyle: run.characterStyle, paragraphStyle: paragraphStyle)
        session.budget.charge(DocumentBudget.runCost)
        paragraphs[paragraphs.count - 1].runs.append(
            Run(text: String(decoding: run.utf8, as: UTF8.self), isHidden: isHidden))
    }

    private mutating func field(_ type: String?) {
        switch type {
        case "begin":
            fields.append(false)
            fieldsInInstruction += 1
        case "separate":
            if let last = fields.last, !last {
                fields[fields.count - 1] = true
                fieldsInInstruction -= 1
            }
        case "end":
            if let last = fields.popLast(), !last { fieldsInInstruction -= 1 }
        default: break
        }
    }

    // MARK: Blocks

    private var currentLocation: Location {
        Location(
            story: storyKind, part: part, storyID: storyID, cells: containers.compactMap(\.cell),
            inTextBox: containers.contains { $0.kind == .textBox })
    }

    private mutating func openStory(id: String?, author: String?) {
        storyID = id
        storyAuthor = author
        containers = [Container(kind: .story)]
    }

    private mutating func closeStory() {
        guard var container = containers.popLast() else { return }
        flushPendingJoin(&container)
        if let topLevelBlocks {
            for block in container.blocks { topLevelBlocks(block) }
            container.blocks = []
        }
        stories.append(Story(kind: storyKind, id: storyID, part: part, author: storyAuthor, blocks: container.blocks))
        containers = []
        storyID = nil
        storyAuthor = nil
    }

    private mutating func openParagraph() {
        guard !containers.isEmpty else {
            skipDepth = 1
            return
        }
        if var joined = containers[containers.count - 1].pendingJoin {
            containers[containers.count - 1].pendingJoin = nil
            joined.markDeleted = false
            joined.propertiesFinal = false
            joined.styleID = nil
            joined.numberingID = nil
            joined.numberingLevel = nil
            joined.outlineLevel = nil
            joined.label = nil
            joined.headingLevel = nil
            paragraphs.append(joined)
        } else {
            session.budget.charge(DocumentBudget.blockCost)
            paragraphs.append(ParagraphBuilder(index: session.takeBlockIndex(), location: currentLocation))
        }
    }

    private mutating func closeParagraph() {
        guard !paragraphs.isEmpty else { return }
        if run.inRun { closeRun() }
        finalizeParagraphProperties()
        let builder = paragraphs.removeLast()
        if builder.markDeleted, !containers.isEmpty {
            containers[containers.count - 1].pendingJoin = builder
            return
        }
        emit(builder)
    }

    private mutating func emit(_ builder: ParagraphBuilder) {
        guard !containers.isEmpty else { return }
        Self.append(builder, to: &containers[containers.count - 1].blocks)
        handOnTopLevelBlocks()
    }

    /// Hands the story's finished top-level blocks on when streaming, and releases what they were charged.
    private mutating func handOnTopLevelBlocks() {
        guard let topLevelBlocks, containers.count == 1, paragraphs.isEmpty, tables.isEmpty else { return }
        for block in containers[0].blocks { topLevelBlocks(block) }
        containers[0].blocks.removeAll(keepingCapacity: true)
        session.budget.release(downTo: streamedMark)
    }

    /// Appends the paragraph a builder made, then the text-box blocks anchored in it.
    private static func append(_ builder: ParagraphBuilder, to blocks: inout [Block]) {
        var text: String
        if builder.runs.count == 1, !builder.runs[0].isHidden {
            text = builder.runs[0].text
        } else {
            text = ""
            for run in builder.runs where !run.isHidden { text += run.text }
        }
        let paragraph = Paragraph(
            index: builder.index, text: text, runs: builder.runs, styleID: builder.styleID,
            headingLevel: builder.headingLevel, listLabel: builder.label, location: builder.location)
        blocks.append(.paragraph(paragraph))
        if !builder.anchoredBlocks.isEmpty { blocks += builder.anchoredBlocks }
    }

    private mutating func flushPendingJoin(_ container: inout Container) {
        guard let pending = container.pendingJoin else { return }
        container.pendingJoin = nil
        Self.append(pending, to: &container.blocks)
    }

    private mutating func openTable() {
        guard !containers.isEmpty else {
            skipDepth = 1
            return
        }
        session.budget.charge(DocumentBudget.blockCost)
        tables.append(TableBuilder(index: session.takeBlockIndex(), location: currentLocation))
    }

    private mutating func closeTable() {
        guard let table = tables.popLast(), !containers.isEmpty else { return }
        containers[containers.count - 1].blocks.append(
            .table(Table(index: table.index, rows: table.rows, location: table.location)))
        handOnTopLevelBlocks()
    }

    private mutating func closeRow() {
        guard !tables.isEmpty, let row = tables[tables.count - 1].currentRow else { return }
        tables[tables.count - 1].rows.append(TableRow(cells: row))
        tables[tables.count - 1].currentRow = nil
    }

    /// A row outside any table (hostile or broken XML) is skipped with its content.
    private mutating func openRow() {
        guard !tables.isEmpty else {
            skipDepth = 1
            return
        }
        tables[tables.count - 1].currentRow = []
    }

    private mutating func openCell() {
        guard let table = tables.last else {
            skipDepth = 1
            return
        }
        if table.currentRow == nil { tables[tables.count - 1].currentRow = [] }
        let coordinate = CellCoordinate(
            table: table.index, row: table.rows.count, cell: tables[tables.count - 1].currentRow?.count ?? 0)
        session.budget.charge(DocumentBudget.blockCost)
        containers.append(Container(kind: .cell, cell: coordinate))
    }

    private mutating func closeCell() {
        guard var container = containers.popLast(), container.kind == .cell else { return }
        flushPendingJoin(&container)
        let cell = TableCell(
            blocks: container.blocks, columnSpan: container.columnSpan, verticalMerge: container.verticalMerge)
        if !tables.isEmpty { tables[tables.count - 1].currentRow?.append(cell) }
    }

    /// A text box outside any story (hostile or broken XML) is skipped with its content.
    private mutating func openTextBox() {
        guard !containers.isEmpty else {
            skipDepth = 1
            return
        }
        finalizeParagraphProperties()
        interruptedRuns.append(run)
        run = RunState()
        containers.append(Container(kind: .textBox))
    }

    private mutating func closeTextBox() {
        if run.inRun { closeRun() }
        run = interruptedRuns.popLast() ?? RunState()
        guard var container = containers.popLast(), container.kind == .textBox else { return }
        flushPendingJoin(&container)
        if paragraphs.isEmpty {
            guard !containers.isEmpty else { return }
            containers[containers.count - 1].blocks += container.blocks
        } else {
            paragraphs[paragraphs.count - 1].anchoredBlocks += container.blocks
        }
    }

    // MARK: Unknown content

    private static let transparentGraphics: Set<String> = [
        "inline", "anchor", "graphic", "graphicData", "wgp", "grpSp", "wpc", "group", "rect", "roundrect", "oval",
        "line", "polyline", "arc", "curve",
    ]

    private mutating func unknownElement(_ code: Int) {
        guard let (name, namespace) = names.unknownNames[code] else { return }
        if [.wp, .a, .wpg, .wpc, .v].contains(namespace), Self.transparentGraphics.contains(name.local) { return }
        if Namespace.graphicsOnly.contains(namespace) || [.v, .wps, .wpg, .wpc].contains(namespace) {
            skipDepth = 1
            return
        }
        let label = namespace == .w ? "w:\(name.local)" : name.description
        warn(
            .unknownElement, element: label,
            message: "\(label) is not understood; its content was read as if it were not there")
    }

    private mutating func warn(_ code: ReaderWarning.Code, element: String, message: @autoclosure () -> String) {
        session.warn(
            code, element: element, at: PartLocation(part: part, line: lineSource?.currentLine), message: message())
    }
}
