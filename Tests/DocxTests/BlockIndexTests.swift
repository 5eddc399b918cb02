import DocumentModel
import Docx
import TestSupport
import Testing

@Suite("Block indexes")
struct BlockIndexTests {
    /// Every block's index in reading order: a table before its cells' blocks, the body before the other stories.
    private static func indexesInReadingOrder(_ document: Document) -> [Int] {
        func walk(_ blocks: [Block]) -> [Int] {
            blocks.flatMap { block -> [Int] in
                switch block {
                case .paragraph(let paragraph): [paragraph.index]
                case .table(let table):
                    [table.index] + table.rows.flatMap { $0.cells.flatMap { walk($0.blocks) } }
                }
            }
        }
        return walk(document.body) + document.stories.flatMap { walk($0.blocks) }
    }

    private static let nestedTable = "<w:tbl><w:tr><w:tc>\(paragraph("内"))</w:tc></w:tr></w:tbl>"
    private static let textBox =
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>\(paragraph("框"))</w:txbxContent>"
        + "</v:textbox></v:shape></w:pict></w:r>"

    private static let body =
        paragraph("一")
        + "<w:tbl><w:tr><w:tc>\(paragraph("甲"))\(nestedTable)\(paragraph(""))</w:tc>"
        + "<w:tc>\(paragraph("乙"))</w:tc></w:tr>"
        + "<w:tr><w:tc>\(paragraph("丙"))</w:tc><w:tc>\(paragraph("丁"))</w:tc></w:tr></w:tbl>"
        + "<w:p>\(run("锚"))\(textBox)</w:p>"
        + paragraph("二")

    @Test func blockIndexesAreUniqueAndIncreaseInReadingOrder() throws {
        let document = try DocxBuilder(body: Self.body)
            .footnotes(#"<w:footnote w:id="1">\#(paragraph("脚注"))</w:footnote>"#)
            .header(paragraph("页眉"))
            .read()
        let indexes = Self.indexesInReadingOrder(document)
        #expect(indexes.count == 14)
        #expect(Set(indexes).count == indexes.count)
        #expect(indexes == indexes.sorted())
    }

    @Test func readingTheSameBytesTwiceGivesTheSameIndexes() throws {
        let builder = DocxBuilder(body: Self.body)
        let first = Self.indexesInReadingOrder(try builder.read())
        let second = Self.indexesInReadingOrder(try builder.read())
        #expect(first == second)
    }

    @Test func joinedParagraphsKeepOneIndex() throws {
        let body =
            #"<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>\#(run("前"))</w:p>"#
            + paragraph("后") + paragraph("末")
        let indexes = Self.indexesInReadingOrder(try readDocument(body: body))
        #expect(indexes.count == 2)
        #expect(indexes == indexes.sorted())
        #expect(Set(indexes).count == 2)
    }
}
