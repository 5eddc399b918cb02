/// A block-level item of a story: a paragraph or a table.
public enum Block: Sendable, Equatable, Codable {
    /// A paragraph (`w:p`).
    case paragraph(Paragraph)
    /// A table (`w:tbl`).
    case table(Table)

    /// The block's stable index, unique across the whole document.
    public var index: Int {
        switch self {
        case .paragraph(let paragraph): paragraph.index
        case .table(let table): table.index
        }
    }

    /// The paragraphs of `blocks` in reading order, descending into table cells row by row.
    public static func paragraphs(in blocks: [Block]) -> [Paragraph] {
        var result: [Paragraph] = []
        collect(blocks, into: &result)
        return result
    }

    private static func collect(_ blocks: [Block], into result: inout [Paragraph]) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph): result.append(paragraph)
            case .table(let table):
                for row in table.rows { for cell in row.cells { collect(cell.blocks, into: &result) } }
            }
        }
    }

    private enum CodingKeys: String, CodingKey { case type }
    private enum Kind: String, Codable { case paragraph, table }

    /// Decodes a block tagged with `"type": "paragraph" | "table"`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .type) {
        case .paragraph: self = .paragraph(try Paragraph(from: decoder))
        case .table: self = .table(try Table(from: decoder))
        }
    }

    /// Encodes the block's fields with a `"type"` tag beside them.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraph(let paragraph):
            try container.encode(Kind.paragraph, forKey: .type)
            try paragraph.encode(to: encoder)
        case .table(let table):
            try container.encode(Kind.table, forKey: .type)
            try table.encode(to: encoder)
        }
    }
}
