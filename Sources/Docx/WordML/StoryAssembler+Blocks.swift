internal import DocumentModel
internal import XMLStream

/// Stories and paragraphs: where finished paragraphs go, joined across deleted paragraph marks or streamed on.
extension StoryAssembler {
    var currentLocation: Location {
        Location(
            story: storyKind, part: part, storyID: storyID, cells: containers.compactMap(\.cell),
            inTextBox: containers.contains { $0.kind == .textBox })
    }

    mutating func openStory(id: String?, author: String?) {
        storyID = id
        storyAuthor = author
        containers = [Container(kind: .story)]
    }

    mutating func closeStory() {
        guard var container = containers.popLast() else { return }
        flushPendingJoin(&container, topLevel: true)
        if let topLevelBlocks {
            for index in container.blocks.indices { topLevelBlocks(&container.blocks[index]) }
            container.blocks = []
        }
        stories.append(Story(kind: storyKind, id: storyID, part: part, author: storyAuthor, blocks: container.blocks))
        containers = []
        storyID = nil
        storyAuthor = nil
    }

    mutating func openParagraph() {
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

    mutating func closeParagraph() {
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

    mutating func emit(_ builder: ParagraphBuilder) {
        guard !containers.isEmpty else { return }
        if containers.count == 1, sectionPaths != nil {
            Self.append(builder, to: &containers[0].blocks, placingIn: &sectionPaths!)
        } else {
            Self.append(builder, to: &containers[containers.count - 1].blocks)
        }
        handOnTopLevelBlocks()
    }

    /// Hands the story's finished top-level blocks on when streaming, and releases what they were charged unless
    /// they stay charged.
    mutating func handOnTopLevelBlocks() {
        guard let topLevelBlocks, containers.count == 1, paragraphs.isEmpty, tables.isEmpty else { return }
        // Taken out of the container while they are handed on, so that each is lent in place, never copied.
        var blocks: [Block] = []
        swap(&blocks, &containers[0].blocks)
        for index in blocks.indices { topLevelBlocks(&blocks[index]) }
        blocks.removeAll(keepingCapacity: true)
        swap(&blocks, &containers[0].blocks)
        if let streamedMark { session.budget.release(downTo: streamedMark) }
    }

    /// Appends the paragraph a builder made, then the text-box blocks anchored in it.
    static func append(_ builder: ParagraphBuilder, to blocks: inout [Block]) {
        blocks.append(.paragraph(paragraph(of: builder)))
        if !builder.anchoredBlocks.isEmpty { blocks += builder.anchoredBlocks }
    }

    /// Appends the paragraph a builder made at the body's top level, then the text-box blocks anchored in it, each
    /// given its section path first: the paragraph's is set before it is wrapped in its block.
    static func append(
        _ builder: ParagraphBuilder, to blocks: inout [Block], placingIn sectionPaths: inout SectionPaths
    ) {
        var paragraph = paragraph(of: builder)
        sectionPaths.place(&paragraph)
        blocks.append(.paragraph(consume paragraph))
        guard !builder.anchoredBlocks.isEmpty else { return }
        // Made before the paragraph that anchors them, they take the section it opens.
        var anchored = builder.anchoredBlocks
        for index in anchored.indices { sectionPaths.place(&anchored[index]) }
        blocks += anchored
    }

    /// The paragraph a builder made.
    private static func paragraph(of builder: ParagraphBuilder) -> Paragraph {
        var text: String
        if !builder.visibleText.isEmpty {
            // Runs not kept: the visible runs' bytes, in order.
            text = String(utf8Text: builder.visibleText)
        } else if builder.runs.count == 1, !builder.runs[0].isHidden {
            text = builder.runs[0].text
        } else {
            text = ""
            // One allocation of the joined size, not one per run; a text that fits a small string needs none.
            var byteCount = 0
            for run in builder.runs where !run.isHidden { byteCount += run.text.utf8.count }
            if byteCount > 15 { text.reserveCapacity(byteCount) }
            for run in builder.runs where !run.isHidden { text += run.text }
        }
        return Paragraph(
            index: builder.index, text: text, runs: builder.runs, styleID: builder.styleID,
            headingLevel: builder.headingLevel, listLabel: builder.label, location: builder.location)
    }

    /// Appends the paragraph waiting to be joined in `container`, if any: the story's own container when `topLevel`.
    mutating func flushPendingJoin(_ container: inout Container, topLevel: Bool = false) {
        guard let pending = container.pendingJoin else { return }
        container.pendingJoin = nil
        if topLevel, sectionPaths != nil {
            Self.append(pending, to: &container.blocks, placingIn: &sectionPaths!)
        } else {
            Self.append(pending, to: &container.blocks)
        }
    }
}
