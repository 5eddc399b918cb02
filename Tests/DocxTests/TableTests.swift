import DocumentModel
import Docx
import TestSupport
import Testing

@Suite("Tables")
struct TableTests {
    private static func cell(_ text: String, properties: String = "") -> String {
        let tcPr = properties.isEmpty ? "" : "<w:tcPr>\(properties)</w:tcPr>"
        return "<w:tc>\(tcPr)\(paragraph(text))</w:tc>"
    }

    private static func row(_ cells: String...) -> String { "<w:tr>" + cells.joined() + "</w:tr>" }

    private static func table(_ rows: String...) -> String {
        #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>"#
            + #"<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>"#
            + rows.joined() + "</w:tbl>"
    }

    private static func firstTable(body: String) throws -> Table {
        for block in try readDocument(body: body).body {
            if case .table(let table) = block { return table }
        }
        throw UnexpectedShape(message: "no table in the body")
    }

    private static func texts(_ cell: TableCell) -> [String] { Block.paragraphs(in: cell.blocks).map(\.text) }

    private static let grid = table(
        row(cell("指标"), cell("2023年"), cell("2024年")),
        row(cell("营业收入"), cell("21.6亿元"), cell("24.3亿元")))

    @Test func tableHasItsRowsAndCells() throws {
        let table = try Self.firstTable(body: Self.grid)
        #expect(
            table.rows.map { $0.cells.map { Self.texts($0) } } == [
                [["指标"], ["2023年"], ["2024年"]],
                [["营业收入"], ["21.6亿元"], ["24.3亿元"]],
            ])
    }

    @Test func tableIsOneBodyBlockBetweenItsNeighbours() throws {
        let document = try readDocument(body: paragraph("表前") + Self.grid + paragraph("表后"))
        #expect(document.body.count == 3)
        guard case .table = document.body[1] else {
            Issue.record("expected the table as the second block")
            return
        }
    }

    @Test func gridSpanBecomesColumnSpan() throws {
        let table = try Self.firstTable(
            body: Self.table(Self.row(Self.cell("合计", properties: #"<w:gridSpan w:val="2"/>"#), Self.cell("45.9"))))
        #expect(table.rows[0].cells.map(\.columnSpan) == [2, 1])
    }

    @Test func verticalMergeIsRecorded() throws {
        let table = try Self.firstTable(
            body: Self.table(
                Self.row(Self.cell("园区", properties: #"<w:vMerge w:val="restart"/>"#), Self.cell("一期")),
                Self.row(Self.cell("", properties: #"<w:vMerge w:val="continue"/>"#), Self.cell("二期")),
                Self.row(Self.cell("", properties: "<w:vMerge/>"), Self.cell("三期")),
                Self.row(Self.cell("其他"), Self.cell("—"))))
        #expect(table.rows.map { $0.cells[0].verticalMerge } == [.restart, .continue, .continue, nil])
    }

    @Test func nestedTableIsABlockOfItsCell() throws {
        let inner = Self.table(Self.row(Self.cell("内1"), Self.cell("内2")))
        let table = try Self.firstTable(
            body: Self.table(Self.row("<w:tc>" + paragraph("外") + inner + paragraph("") + "</w:tc>", Self.cell("右"))))
        let blocks = table.rows[0].cells[0].blocks
        #expect(blocks.count == 3)
        guard case .table(let nested) = blocks[1] else {
            Issue.record("expected a nested table")
            return
        }
        #expect(nested.rows[0].cells.map { Self.texts($0) } == [["内1"], ["内2"]])
    }

    @Test func cellParagraphsRecordTheirCellCoordinates() throws {
        let document = try readDocument(body: paragraph("表前") + Self.grid)
        let paragraph = try #require(document.bodyParagraphs.first { $0.text == "24.3亿元" })
        let table = try #require(document.body.last)
        #expect(paragraph.location.cells == [CellCoordinate(table: table.index, row: 1, cell: 2)])
    }

    @Test func nestedCellParagraphsRecordTheOuterCellFirst() throws {
        let inner = Self.table(Self.row(Self.cell("甲"), Self.cell("乙")))
        let body = Self.table(Self.row(Self.cell("左"), "<w:tc>" + inner + paragraph("") + "</w:tc>"))
        let document = try readDocument(body: body)
        let outer = try Self.firstTable(body: body)
        guard case .table(let nested) = outer.rows[0].cells[1].blocks[0] else {
            Issue.record("expected a nested table")
            return
        }
        let paragraph = try #require(document.bodyParagraphs.first { $0.text == "乙" })
        #expect(
            paragraph.location.cells == [
                CellCoordinate(table: outer.index, row: 0, cell: 1),
                CellCoordinate(table: nested.index, row: 0, cell: 1),
            ])
    }

    @Test func cellPositionCountsCellsNotGridColumns() throws {
        let body = Self.table(Self.row(Self.cell("宽", properties: #"<w:gridSpan w:val="2"/>"#), Self.cell("窄")))
        let paragraph = try #require(try readDocument(body: body).bodyParagraphs.last)
        #expect(paragraph.location.cells.map(\.cell) == [1])
    }

    @Test func plainTextPrintsCellsRowByRow() throws {
        let document = try readDocument(body: paragraph("表前") + Self.grid + paragraph("表后"))
        #expect(document.plainText() == "表前\n指标\n2023年\n2024年\n营业收入\n21.6亿元\n24.3亿元\n表后\n")
    }

    @Test func plainTextSkipsAnEmptyVerticalMergeContinuation() throws {
        let body = Self.table(
            Self.row(Self.cell("园区", properties: #"<w:vMerge w:val="restart"/>"#), Self.cell("一期")),
            Self.row(Self.cell("", properties: "<w:vMerge/>"), Self.cell("二期")))
        let text = try readDocument(body: body).plainText()
        #expect(text == "园区\n一期\n二期\n")
    }

    @Test func plainTextKeepsAnEmptyCellThatIsNotMerged() throws {
        let body = Self.table(Self.row(Self.cell(""), Self.cell("有值")))
        let text = try readDocument(body: body).plainText()
        #expect(text == "\n有值\n")
    }

    @Test func plainTextPrintsAMultiParagraphCellLineByLine() throws {
        let body = Self.table(Self.row("<w:tc>" + paragraph("第一行") + paragraph("第二行") + "</w:tc>", Self.cell("右")))
        let text = try readDocument(body: body).plainText()
        #expect(text == "第一行\n第二行\n右\n")
    }

    @Test func linesOfOneBlockAtATimeFollowTheDocumentsPlainTextRules() throws {
        let body =
            paragraph("表前")
            + Self.table(
                Self.row(Self.cell("园区", properties: #"<w:vMerge w:val="restart"/>"#), Self.cell("一期")),
                Self.row(Self.cell("", properties: "<w:vMerge/>"), Self.cell("二期")))
        let document = try readDocument(body: body)
        var text = ""
        for block in document.body { Document.appendLines(of: block, to: &text) }
        #expect(text == "表前\n园区\n一期\n二期\n")
    }

    @Test func tablePropertiesAndGridAddNoText() throws {
        let table = try Self.firstTable(body: Self.table(Self.row(Self.cell("唯一"))))
        #expect(table.rows.count == 1)
        #expect(table.rows[0].cells.count == 1)
    }
}
