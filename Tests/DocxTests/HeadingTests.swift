import DocumentModel
import Docx
import TestSupport
import Testing

@Suite("Headings")
struct HeadingTests {
    private static let styles =
        paragraphStyle(id: "Normal", name: "Normal")
        + paragraphStyle(
            id: "Heading1", name: "heading 1", basedOn: "Normal", properties: #"<w:outlineLvl w:val="0"/>"#)
        + paragraphStyle(id: "NamedOnly", name: "heading 3")
        + paragraphStyle(id: "2", name: "标题 2", basedOn: "Normal", properties: #"<w:outlineLvl w:val="1"/>"#)
        + paragraphStyle(id: "a3", name: "三级标题基础", properties: #"<w:outlineLvl w:val="2"/>"#)
        + paragraphStyle(id: "MyHeading3", name: "MyHeading3", basedOn: "a3")
        + paragraphStyle(id: "Chinese4", name: "标题4")
        + paragraphStyle(id: "BodyText", name: "Body Text", basedOn: "Normal")

    private static func headingLevel(of body: String, styles: String = HeadingTests.styles) throws -> Int? {
        let document = try DocxBuilder(body: body).styles(styles).read()
        return try #require(document.bodyParagraphs.first).headingLevel
    }

    @Test(arguments: [
        ("Heading1", 1),
        ("NamedOnly", 3),
        ("Chinese4", 4),
    ])
    func styleNamedAsAHeadingGivesItsLevel(styleID: String, level: Int) throws {
        let actual = try Self.headingLevel(of: styledParagraph("标题", style: styleID))
        #expect(actual == level)
    }

    @Test func chineseStyleNameWithOutlineLevelGivesTheLevel() throws {
        let level = try Self.headingLevel(of: styledParagraph("（一）科技创新", style: "2"))
        #expect(level == 2)
    }

    @Test func basedOnLoopsEndWithWhatTheLoopSays() throws {
        let styles =
            paragraphStyle(id: "A", name: "A", basedOn: "B")
            + paragraphStyle(id: "B", name: "B", basedOn: "A", properties: #"<w:outlineLvl w:val="1"/>"#)
            + paragraphStyle(id: "C", name: "C", basedOn: "D") + paragraphStyle(id: "D", name: "D", basedOn: "C")
            + paragraphStyle(id: "E", name: "E", basedOn: "C")
        #expect(try Self.headingLevel(of: styledParagraph("甲", style: "A"), styles: styles) == 2)
        #expect(try Self.headingLevel(of: styledParagraph("乙", style: "C"), styles: styles) == nil)
        #expect(try Self.headingLevel(of: styledParagraph("丙", style: "E"), styles: styles) == nil)
    }

    @Test func outlineLevelIsInheritedThroughBasedOn() throws {
        let level = try Self.headingLevel(of: styledParagraph("园区概况", style: "MyHeading3"))
        #expect(level == 3)
    }

    @Test func directOutlineLevelMakesAHeading() throws {
        let level = try Self.headingLevel(of: paragraph("直接大纲级别", properties: #"<w:outlineLvl w:val="0"/>"#))
        #expect(level == 1)
    }

    @Test func directOutlineLevelOverridesTheStyle() throws {
        let body = paragraph("降级", properties: #"<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="3"/>"#)
        let level = try Self.headingLevel(of: body)
        #expect(level == 4)
    }

    @Test func bodyTextOutlineLevelIsNotAHeading() throws {
        let body = paragraph("正文级别", properties: #"<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>"#)
        let level = try Self.headingLevel(of: body)
        #expect(level == nil)
    }

    @Test(arguments: ["Normal", "BodyText", "Undefined"])
    func otherStylesAreNotHeadings(styleID: String) throws {
        let level = try Self.headingLevel(of: styledParagraph("正文", style: styleID))
        #expect(level == nil)
    }

    @Test func paragraphWithoutStylesPartIsNotAHeading() throws {
        let document = try readDocument(body: styledParagraph("标题", style: "Heading1"))
        #expect(document.bodyParagraphs.first?.headingLevel == nil)
    }

    @Test func styleIDIsRecorded() throws {
        let document = try DocxBuilder(body: styledParagraph("标题", style: "Heading1")).styles(Self.styles).read()
        #expect(document.bodyParagraphs.first?.styleID == "Heading1")
    }

    @Test func numberedHeadingIsAHeadingWithItsLabel() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "chineseCounting", text: "%1、")])
            + numberingInstance(id: 1, abstract: 0)
        let body =
            numberedParagraph("总体情况", numID: 1, style: "Heading1")
            + numberedParagraph("重点工作", numID: 1, style: "Heading1")
        let document = try DocxBuilder(body: body).styles(Self.styles).numbering(numbering).read()
        let paragraphs = document.bodyParagraphs
        #expect(paragraphs.map(\.headingLevel) == [1, 1])
        #expect(paragraphs.map(\.isListItem) == [false, false])
        #expect(paragraphs.map { $0.listLabel?.text } == ["一、", "二、"])
        #expect(paragraphs.map(\.displayText) == ["一、\t总体情况", "二、\t重点工作"])
    }
}
