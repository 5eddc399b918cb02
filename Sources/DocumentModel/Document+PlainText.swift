extension Document {
    /// The main story as plain text: one line per paragraph, table cells row by row, list labels in front.
    ///
    /// A cell covered by a vertical merge (`w:vMerge` continue) prints nothing when it holds no text.
    ///
    /// With `includingStories`, each footnote, endnote, comment, header and footer follows under a marker
    /// line such as `=== footnote 1 ===` or `=== header word/header1.xml ===`.
    public func plainText(includingStories: Bool = false) -> String {
        var output = ""
        Self.appendLines(of: body, to: &output)
        guard includingStories else { return output }
        return output + storiesPlainText()
    }

    /// The text of the stories other than the body (notes, comments, headers, footers), each under a marker line,
    /// as ``plainText(includingStories:)`` ends.
    public func storiesPlainText() -> String {
        var output = ""
        for story in stories {
            switch story.kind {
            case .footnote, .endnote, .comment: output += "=== \(story.kind.rawValue) \(story.id ?? "") ===\n"
            case .header, .footer, .body: output += "=== \(story.kind.rawValue) \(story.part) ===\n"
            }
            Self.appendLines(of: story.blocks, to: &output)
        }
        return output
    }

    /// Appends the lines of `blocks` as ``plainText(includingStories:)`` writes them: a paragraph's display text, and
    /// a table's cells in reading order.
    public static func appendLines(of blocks: [Block], to output: inout String) {
        // Each block is read in place: a for-in loop over the array copies every block (retaining each string and
        // array in it) and releases the copy after.
        blocks.withUnsafeBufferPointer { blocks in
            for position in blocks.indices { appendLines(of: blocks[position], to: &output) }
        }
    }

    /// Appends the lines of one block, as the form taking an array writes each of its blocks.
    public static func appendLines(of block: Block, to output: inout String) {
        switch block {
        case .paragraph(let paragraph):
            output += paragraph.displayText
            output += "\n"
        case .table(let table):
            for row in table.rows {
                for cell in row.cells {
                    if cell.verticalMerge == .continue,
                        Block.paragraphs(in: cell.blocks).allSatisfy({ $0.displayText.isEmpty })
                    {
                        continue
                    }
                    appendLines(of: cell.blocks, to: &output)
                }
            }
        }
    }
}
