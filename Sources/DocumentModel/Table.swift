/// A table (`w:tbl`): rows of cells, each cell holding blocks (nested tables included).
public struct Table: Sendable, Equatable, Codable {
    /// The stable block index, unique across the document.
    public var index: Int
    /// The rows (`w:tr`).
    public var rows: [TableRow]
    /// Where the table is.
    public var location: Location
    /// The section path where the table stands.
    public var sectionPath: [String]

    /// Creates a table.
    public init(index: Int, rows: [TableRow] = [], location: Location = .init(), sectionPath: [String] = []) {
        self.index = index
        self.rows = rows
        self.location = location
        self.sectionPath = sectionPath
    }

    private enum CodingKeys: String, CodingKey {
        case index, rows, location
        case sectionPath = "section_path"
    }
}

/// A table row (`w:tr`).
public struct TableRow: Sendable, Equatable, Codable {
    /// The row's cells (`w:tc`), in order.
    public var cells: [TableCell]

    /// Creates a row.
    public init(cells: [TableCell] = []) { self.cells = cells }
}

/// A table cell (`w:tc`).
public struct TableCell: Sendable, Equatable, Codable {
    /// The cell's blocks.
    public var blocks: [Block]
    /// How many grid columns the cell spans (`w:gridSpan`), at least 1.
    public var columnSpan: Int
    /// The cell's part in a vertical merge (`w:vMerge`), if any.
    public var verticalMerge: VerticalMerge?

    /// Creates a cell.
    public init(blocks: [Block] = [], columnSpan: Int = 1, verticalMerge: VerticalMerge? = nil) {
        self.blocks = blocks
        self.columnSpan = columnSpan
        self.verticalMerge = verticalMerge
    }

    private enum CodingKeys: String, CodingKey {
        case blocks
        case columnSpan = "column_span"
        case verticalMerge = "vertical_merge"
    }
}

/// A cell's role in a vertical merge (`w:vMerge`).
public enum VerticalMerge: String, Sendable, Equatable, Codable {
    /// The first cell of a merged range (`w:val="restart"`).
    case restart
    /// A cell covered by the cell above (`w:vMerge` without a value, or `continue`).
    case `continue`
}
