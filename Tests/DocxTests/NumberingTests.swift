import DocumentModel
import Docx
import TestSupport
import Testing

/// Auto-numbering labels rendered from `numbering.xml`.
@Suite("Numbering labels")
struct NumberingTests {
    private static func read(body: String, numbering: String, styles: String = "") throws -> [Paragraph] {
        var builder = DocxBuilder(body: body).numbering(numbering)
        if !styles.isEmpty { builder = builder.styles(styles) }
        return try builder.read().bodyParagraphs
    }

    /// Labels of `count` paragraphs numbered with a one-level list.
    private static func labels(format: String, text: String, start: Int = 1, count: Int = 1) throws -> [String?] {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: format, text: text, start: start)])
            + numberingInstance(id: 1, abstract: 0)
        let body = (1...count).map { numberedParagraph("第\($0)项", numID: 1) }.joined()
        return try read(body: body, numbering: numbering).map { $0.listLabel?.text }
    }

    @Test(arguments: [
        ("decimal", "%1.", 1, "1."),
        ("decimal", "%1、", 12, "12、"),
        ("chineseCounting", "%1、", 1, "一、"),
        ("chineseCounting", "%1、", 10, "十、"),
        ("chineseCounting", "%1、", 11, "十一、"),
        ("chineseCounting", "%1、", 20, "二十、"),
        ("chineseCounting", "%1、", 23, "二十三、"),
        ("chineseCounting", "（%1）", 3, "（三）"),
        ("decimal", "（%1）", 4, "（4）"),
        ("decimalEnclosedCircle", "%1", 1, "①"),
        ("decimalEnclosedCircle", "%1", 20, "⑳"),
        ("chineseCountingThousand", "%1", 101, "一百零一"),
        ("ideographDigital", "%1", 10, "一〇"),
        ("chineseLegalSimplified", "%1", 10, "壹拾"),
        ("chineseLegalSimplified", "%1", 3, "叁"),
        ("decimalFullWidth", "%1.", 12, "１２."),
        ("upperRoman", "%1.", 4, "IV."),
        ("lowerLetter", "%1)", 2, "b)"),
    ])
    func numberFormatRendersTheLabel(format: String, text: String, value: Int, expected: String) throws {
        let labels = try Self.labels(format: format, text: text, start: value)
        #expect(labels == [expected])
    }

    @Test func chineseCountingRunsOnFromOneToEleven() throws {
        let labels = try Self.labels(format: "chineseCounting", text: "%1、", count: 11)
        #expect(labels == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、"])
    }

    @Test func labelIsNotPartOfTheTextButIsPartOfTheDisplayText() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "chineseCounting", text: "%1、")])
            + numberingInstance(id: 1, abstract: 0)
        let paragraph = try #require(
            try Self.read(body: numberedParagraph("总体情况", numID: 1), numbering: numbering).first)
        #expect(paragraph.text == "总体情况")
        #expect(paragraph.displayText == "一、\t总体情况")
        #expect(paragraph.isListItem)
        #expect(paragraph.listLabel == ListLabel(text: "一、", separator: "\t", level: 0, numberingID: "1"))
    }

    @Test(
        arguments: [
            ("space", " ", "1. 事项"),
            ("nothing", "", "1.事项"),
            ("tab", "\t", "1.\t事项"),
            (nil, "\t", "1.\t事项"),
        ] as [(String?, String, String)])
    func suffixSetsTheSeparator(suffix: String?, separator: String, displayText: String) throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "decimal", text: "%1.", suffix: suffix)])
            + numberingInstance(id: 1, abstract: 0)
        let paragraph = try #require(try Self.read(body: numberedParagraph("事项", numID: 1), numbering: numbering).first)
        #expect(paragraph.listLabel?.separator == separator)
        #expect(paragraph.displayText == displayText)
    }

    private static let twoLevels =
        abstractNumbering(
            id: 0,
            [
                ListLevel(level: 0, format: "decimal", text: "%1."),
                ListLevel(level: 1, format: "decimal", text: "%1.%2"),
                ListLevel(level: 2, format: "decimalEnclosedCircle", text: "%3"),
            ]) + numberingInstance(id: 1, abstract: 0)

    @Test func multiLevelLabelCombinesTheLevels() throws {
        let body =
            numberedParagraph("甲", numID: 1, level: 0) + numberedParagraph("甲一", numID: 1, level: 1)
            + numberedParagraph("甲二", numID: 1, level: 1)
        let paragraphs = try Self.read(body: body, numbering: Self.twoLevels)
        #expect(paragraphs.map { $0.listLabel?.text } == ["1.", "1.1", "1.2"])
        #expect(paragraphs.map { $0.listLabel?.level } == [0, 1, 1])
    }

    @Test func deeperLevelsRestartAfterAHigherLevel() throws {
        let body =
            numberedParagraph("甲", numID: 1, level: 0) + numberedParagraph("甲一", numID: 1, level: 1)
            + numberedParagraph("甲一①", numID: 1, level: 2) + numberedParagraph("甲一②", numID: 1, level: 2)
            + numberedParagraph("乙", numID: 1, level: 0) + numberedParagraph("乙一", numID: 1, level: 1)
            + numberedParagraph("乙一①", numID: 1, level: 2)
        let labels = try Self.read(body: body, numbering: Self.twoLevels).map { $0.listLabel?.text }
        #expect(labels == ["1.", "1.1", "①", "②", "2.", "2.1", "①"])
    }

    @Test func unnumberedParagraphsDoNotInterruptAList() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "decimal", text: "%1.")])
            + numberingInstance(id: 1, abstract: 0)
        let body = numberedParagraph("一", numID: 1) + paragraph("说明") + numberedParagraph("二", numID: 1)
        let labels = try Self.read(body: body, numbering: numbering).map { $0.listLabel?.text }
        #expect(labels == ["1.", nil, "2."])
    }

    @Test func instancesSharingAnAbstractDefinitionShareCounters() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "decimal", text: "%1.")])
            + numberingInstance(id: 1, abstract: 0) + numberingInstance(id: 2, abstract: 0)
        let body =
            numberedParagraph("a", numID: 1) + numberedParagraph("b", numID: 2) + numberedParagraph("c", numID: 1)
        let labels = try Self.read(body: body, numbering: numbering).map { $0.listLabel?.text }
        #expect(labels == ["1.", "2.", "3."])
    }

    @Test func startOverrideRestartsTheCount() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "decimal", text: "%1.")])
            + numberingInstance(id: 1, abstract: 0)
            + numberingInstance(
                id: 2, abstract: 0,
                overrides: #"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>"#)
        let body =
            numberedParagraph("a", numID: 1) + numberedParagraph("b", numID: 1) + numberedParagraph("c", numID: 2)
            + numberedParagraph("d", numID: 2)
        let labels = try Self.read(body: body, numbering: numbering).map { $0.listLabel?.text }
        #expect(labels == ["1.", "2.", "1.", "2."])
    }

    @Test func numberingIsInheritedFromTheParagraphStyle() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "chineseCounting", text: "（%1）")])
            + numberingInstance(id: 4, abstract: 0)
        let styles = paragraphStyle(
            id: "ListHeading", name: "List Heading", properties: #"<w:numPr><w:numId w:val="4"/></w:numPr>"#)
        let body = styledParagraph("科技创新", style: "ListHeading") + styledParagraph("产业发展", style: "ListHeading")
        let paragraphs = try Self.read(body: body, numbering: numbering, styles: styles)
        #expect(paragraphs.map(\.displayText) == ["（一）\t科技创新", "（二）\t产业发展"])
    }

    @Test func numberingIsInheritedThroughBasedOn() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "decimal", text: "%1、")])
            + numberingInstance(id: 4, abstract: 0)
        let styles =
            paragraphStyle(id: "Base", name: "Base", properties: #"<w:numPr><w:numId w:val="4"/></w:numPr>"#)
            + paragraphStyle(id: "Derived", name: "Derived", basedOn: "Base")
        let paragraphs = try Self.read(
            body: styledParagraph("派生", style: "Derived"), numbering: numbering, styles: styles)
        #expect(paragraphs.first?.listLabel?.text == "1、")
    }

    @Test func numberingIDZeroRemovesTheStyleNumbering() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "decimal", text: "%1.")])
            + numberingInstance(id: 4, abstract: 0)
        let styles = paragraphStyle(
            id: "ListHeading", name: "List Heading", properties: #"<w:numPr><w:numId w:val="4"/></w:numPr>"#)
        let body =
            styledParagraph("编号", style: "ListHeading")
            + paragraph(
                "不编号", properties: #"<w:pStyle w:val="ListHeading"/><w:numPr><w:numId w:val="0"/></w:numPr>"#)
            + styledParagraph("再编号", style: "ListHeading")
        let paragraphs = try Self.read(body: body, numbering: numbering, styles: styles)
        #expect(paragraphs.map { $0.listLabel?.text } == ["1.", nil, "2."])
        #expect(paragraphs.map(\.displayText) == ["1.\t编号", "不编号", "2.\t再编号"])
    }

    @Test func numberingStyleLinkLeadsToTheDefiningList() throws {
        let numbering =
            abstractNumbering(
                id: 10,
                [
                    ListLevel(level: 0, format: "chineseCounting", text: "%1、"),
                    ListLevel(level: 1, format: "chineseCounting", text: "（%2）"),
                ], extra: #"<w:styleLink w:val="ReportOutline"/>"#)
            + abstractNumbering(id: 11, [], extra: #"<w:numStyleLink w:val="ReportOutline"/>"#)
            + numberingInstance(id: 5, abstract: 10) + numberingInstance(id: 6, abstract: 11)
        let styles =
            #"<w:style w:type="numbering" w:customStyle="1" w:styleId="ReportOutline"><w:name w:val="Report Outline"/>"#
            + #"<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>"#
        let body = numberedParagraph("总体", numID: 6, level: 0) + numberedParagraph("分项", numID: 6, level: 1)
        let paragraphs = try Self.read(body: body, numbering: numbering, styles: styles)
        #expect(paragraphs.map { $0.listLabel?.text } == ["一、", "（一）"])
    }

    @Test func levelWithFormatNoneHasNoLabel() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "none", text: "")])
            + numberingInstance(id: 1, abstract: 0)
        let paragraph = try #require(
            try Self.read(body: numberedParagraph("无编号", numID: 1), numbering: numbering).first)
        #expect(paragraph.displayText == "无编号")
    }

    @Test func listsInDifferentAbstractDefinitionsCountSeparately() throws {
        let numbering =
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "decimal", text: "%1.")])
            + abstractNumbering(id: 1, [ListLevel(level: 0, format: "chineseCounting", text: "%1、")])
            + numberingInstance(id: 1, abstract: 0) + numberingInstance(id: 2, abstract: 1)
        let body =
            numberedParagraph("a", numID: 1) + numberedParagraph("甲", numID: 2) + numberedParagraph("b", numID: 1)
            + numberedParagraph("乙", numID: 2)
        let labels = try Self.read(body: body, numbering: numbering).map { $0.listLabel?.text }
        #expect(labels == ["1.", "一、", "2.", "二、"])
    }
}
