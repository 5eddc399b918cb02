internal import DocumentModel

/// Blocks written as their `Codable` conformances encode them: a paragraph's or a table's members with a `type`
/// tag among them, keys in sorted order, an absent optional left out.
extension Block: JSONElement {
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        switch self {
        case .paragraph(let paragraph):
            paragraph.writeMembers(to: &writer)
            writer.key("type")
            writer.string("paragraph")
        case .table(let table):
            table.writeMembers(to: &writer)
            writer.key("type")
            writer.string("table")
        }
        writer.endObject()
    }
}

extension Paragraph {
    /// heading_level, index, list_label, location, runs, section_path, style_id, text (all before `type`).
    fileprivate func writeMembers(to writer: inout JSONByteWriter) {
        writer.member("heading_level", ifPresent: headingLevel)
        writer.key("index")
        writer.int(index)
        if let listLabel {
            writer.key("list_label")
            listLabel.writeJSON(to: &writer)
        }
        writer.key("location")
        location.writeJSON(to: &writer)
        writer.key("runs")
        writer.array(runs)
        writer.key("section_path")
        writer.strings(sectionPath)
        writer.member("style_id", ifPresent: styleID)
        writer.key("text")
        writer.string(text)
    }
}

extension Run: JSONElement {
    /// hidden, text.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("hidden")
        writer.bool(isHidden)
        writer.key("text")
        writer.string(text)
        writer.endObject()
    }
}

extension ListLabel {
    /// level, numbering_id, separator, text.
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("level")
        writer.int(level)
        writer.key("numbering_id")
        writer.string(numberingID)
        writer.key("separator")
        writer.string(separator)
        writer.key("text")
        writer.string(text)
        writer.endObject()
    }
}

extension Location {
    /// cells, in_text_box, part, story, story_id.
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("cells")
        writer.array(cells)
        writer.key("in_text_box")
        writer.bool(inTextBox)
        writer.key("part")
        writer.string(part)
        writer.key("story")
        writer.string(literal: story.staticRawValue)
        writer.member("story_id", ifPresent: storyID)
        writer.endObject()
    }
}

extension CellCoordinate: JSONElement {
    /// cell, row, table.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("cell")
        writer.int(cell)
        writer.key("row")
        writer.int(row)
        writer.key("table")
        writer.int(table)
        writer.endObject()
    }
}

extension Table {
    /// index, location, rows, section_path (all before `type`).
    fileprivate func writeMembers(to writer: inout JSONByteWriter) {
        writer.key("index")
        writer.int(index)
        writer.key("location")
        location.writeJSON(to: &writer)
        writer.key("rows")
        writer.array(rows)
        writer.key("section_path")
        writer.strings(sectionPath)
    }
}

extension TableRow: JSONElement {
    /// cells.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("cells")
        writer.array(cells)
        writer.endObject()
    }
}

extension TableCell: JSONElement {
    /// blocks, column_span, vertical_merge.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("blocks")
        writer.array(blocks)
        writer.key("column_span")
        writer.int(columnSpan)
        writer.member("vertical_merge", ifPresent: verticalMerge?.rawValue)
        writer.endObject()
    }
}
