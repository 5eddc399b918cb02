import DocumentModel
import Docx
import TestSupport
import Synchronization
import Testing

/// Every body block knows the titles of the sections it stands in.
@Suite("Section paths")
struct SectionPathTests {
    private static let styles =
        paragraphStyle(id: "Heading1", name: "heading 1") + paragraphStyle(id: "Heading2", name: "heading 2")

    private static func paths(body: String, numbering: String? = nil) throws -> [String: [String]] {
        var builder = DocxBuilder(body: body).styles(Self.styles)
        if let numbering { builder = builder.numbering(numbering) }
        var result: [String: [String]] = [:]
        for paragraph in try builder.read().bodyParagraphs { result[paragraph.text] = paragraph.sectionPath }
        return result
    }

    @Test func typedOutlineLabelsBuildTheSectionPath() throws {
        let body =
            paragraph("一、总体情况") + paragraph("（一）科技创新") + paragraph("1、研发投入持续增长。全年投入3.2亿元。")
            + paragraph("正文段落。")
        let paths = try Self.paths(body: body)
        #expect(paths["一、总体情况"] == ["一、总体情况"])
        #expect(paths["（一）科技创新"] == ["一、总体情况", "（一）科技创新"])
        #expect(paths["正文段落。"] == ["一、总体情况", "（一）科技创新", "1、研发投入持续增长"])
    }

    @Test func aSectionClosesWhenASiblingOrHigherLabelOpens() throws {
        let body =
            paragraph("一、总体情况") + paragraph("（一）科技创新") + paragraph("（二）产业发展") + paragraph("甲")
            + paragraph("二、存在问题") + paragraph("乙")
        let paths = try Self.paths(body: body)
        #expect(paths["甲"] == ["一、总体情况", "（二）产业发展"])
        #expect(paths["乙"] == ["二、存在问题"])
    }

    @Test func headingsBuildTheSectionPathByLevel() throws {
        let body =
            styledParagraph("概述", style: "Heading1") + styledParagraph("背景", style: "Heading2") + paragraph("甲")
            + styledParagraph("结论", style: "Heading1") + paragraph("乙")
        let paths = try Self.paths(body: body)
        #expect(paths["甲"] == ["概述", "背景"])
        #expect(paths["乙"] == ["结论"])
    }

    @Test func autoNumberedHeadingTitleStartsWithItsLabel() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "chineseCounting", text: "%1、")])
            + numberingInstance(id: 1, abstract: 0)
        let body =
            numberedParagraph("总体情况", numID: 1, style: "Heading1") + paragraph("甲")
            + numberedParagraph("重点工作", numID: 1, style: "Heading1") + paragraph("乙")
        let paths = try Self.paths(body: body, numbering: numbering)
        #expect(paths["甲"] == ["一、总体情况"])
        #expect(paths["乙"] == ["二、重点工作"])
    }

    @Test func paragraphsBeforeAnySectionHaveAnEmptyPath() throws {
        let paths = try Self.paths(body: paragraph("报告标题") + paragraph("一、总体情况"))
        #expect(paths["报告标题"] == [])
    }

    @Test func numbersThatAreNotLabelsOpenNoSection() throws {
        let body = paragraph("一、总体情况") + paragraph("1.5亿元的投资已经到位。") + paragraph("甲")
        let paths = try Self.paths(body: body)["甲"]
        #expect(paths == ["一、总体情况"])
    }

    /// A VML text box holding `content`, in a run.
    private static func textBox(_ content: String) -> String {
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>\(content)</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    }

    @Test func aTextBoxAnchoredInAHeadingStandsInTheSectionItOpens() throws {
        // The box's paragraphs are read before the heading ends; a label in a box opens no section.
        let body =
            paragraph("一、总体情况") + "<w:p>" + run("二、发展成效") + Self.textBox(paragraph("三、框内文字")) + "</w:p>"
            + paragraph("正文")
        let paths = try Self.paths(body: body)
        #expect(paths["二、发展成效"] == ["二、发展成效"])
        #expect(paths["三、框内文字"] == ["二、发展成效"])
        #expect(paths["正文"] == ["二、发展成效"])
    }

    @Test func streamedBlocksHaveTheSectionPathsOfAWholeRead() throws {
        let body =
            paragraph("一、总体情况") + "<w:p>" + run("（一）科技创新") + Self.textBox(paragraph("框内")) + "</w:p>"
            + "<w:tbl><w:tr><w:tc>\(paragraph("表内"))</w:tc></w:tr></w:tbl>" + paragraph("二、存在问题")
            + paragraph("乙")
        let bytes = DocxBuilder(body: body).build()
        let whole = try DocxReader().read(bytes: bytes).body
        let streamed = Mutex<[Block]>([])
        _ = try DocxReader().read(bytes: bytes, handingOnBody: { block in streamed.withLock { $0.append(block) } })
        #expect(streamed.withLock { $0 } == whole)
        #expect(whole.count == 6)
    }

    @Test func tableParagraphsInheritThePathWhereTheTableStands() throws {
        let body =
            paragraph("一、总体情况") + paragraph("（一）主要指标")
            + "<w:tbl><w:tr><w:tc>\(paragraph("（二）表内文字"))</w:tc><w:tc>\(paragraph("24.3"))</w:tc></w:tr></w:tbl>"
            + paragraph("表后")
        let document = try DocxBuilder(body: body).read()
        let expected = ["一、总体情况", "（一）主要指标"]
        for paragraph in document.bodyParagraphs where !paragraph.location.cells.isEmpty {
            #expect(paragraph.sectionPath == expected, "\(paragraph.text)")
        }
        let table = document.body.compactMap { if case .table(let table) = $0 { table } else { nil } }.first
        #expect(table?.sectionPath == expected)
        #expect(document.bodyParagraphs.last?.sectionPath == expected)
    }
}
