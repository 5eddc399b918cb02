internal import DocumentModel
internal import XMLStream

/// Text boxes (`w:txbxContent`): their blocks follow the paragraph that anchors them.
extension StoryAssembler {
    mutating func openTextBox() {
        guard !containers.isEmpty else {
            skipDepth = 1
            return
        }
        finalizeParagraphProperties()
        interruptedRuns.append(run)
        run = RunState()
        containers.append(Container(kind: .textBox))
    }

    mutating func closeTextBox() {
        if run.inRun { closeRun() }
        run = interruptedRuns.popLast() ?? RunState()
        guard var container = containers.popLast(), container.kind == .textBox else { return }
        flushPendingJoin(&container)
        if paragraphs.isEmpty {
            guard !containers.isEmpty else { return }
            if containers.count == 1, let sectionPaths {
                for index in container.blocks.indices { sectionPaths.place(&container.blocks[index]) }
            }
            containers[containers.count - 1].blocks += container.blocks
        } else {
            paragraphs[paragraphs.count - 1].anchoredBlocks += container.blocks
        }
    }
}
