import DocumentModel
import Docx
import TestSupport
import Testing

@Suite("Run text")
struct RunTextTests {
    @Test func runsAreJoinedWithNothingBetween() throws {
        let text = try singleParagraphText(body: "<w:p>\(run("营业收入"))\(run("24.3"))\(run("亿元"))</w:p>")
        #expect(text == "营业收入24.3亿元")
    }

    @Test func spacesInsideTextArePreserved() throws {
        let text = try singleParagraphText(body: "<w:p>\(run("[  two  ]"))</w:p>")
        #expect(text == "[  two  ]")
    }

    @Test(arguments: [
        ("<w:tab/>", "\t"),
        (#"<w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/>"#, "\t"),
        ("<w:br/>", "\n"),
        (#"<w:br w:type="textWrapping" w:clear="all"/>"#, "\n"),
        ("<w:cr/>", "\n"),
        ("<w:noBreakHyphen/>", "\u{2011}"),
        ("<w:softHyphen/>", ""),
    ])
    func specialCharacterElementBecomesText(element: String, expected: String) throws {
        let body = "<w:p><w:r><w:t>A</w:t>\(element)<w:t>B</w:t></w:r></w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "A\(expected)B")
    }

    @Test(arguments: [
        (#"<w:sym w:font="Symbol" w:char="F061"/>"#, "α"),
        (#"<w:sym w:font="Symbol" w:char="F062"/>"#, "β"),
        (#"<w:sym w:font="Segoe UI Symbol" w:char="2605"/>"#, "★"),
        (#"<w:sym w:font="宋体" w:char="2605"/>"#, "★"),
    ])
    func symbolBecomesItsUnicodeCharacter(element: String, expected: String) throws {
        let text = try singleParagraphText(body: "<w:p><w:r>\(element)</w:r></w:p>")
        #expect(text == expected)
    }

    @Test func tabStopInParagraphPropertiesIsNotText() throws {
        let body = #"""
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2100"/><w:tab w:val="right" w:pos="8300"/></w:tabs></w:pPr>\#
            <w:r><w:t>部门</w:t></w:r><w:r><w:tab/><w:t>负责人</w:t></w:r></w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "部门\t负责人")
    }

    @Test func runPropertiesContributeNoText() throws {
        let body = #"""
            <w:p><w:r><w:rPr><w:rFonts w:ascii="Arial" w:eastAsia="宋体"/><w:b/><w:sz w:val="28"/></w:rPr>\#
            <w:t>正文</w:t></w:r></w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "正文")
    }

    @Test func emptyParagraphHasEmptyText() throws {
        let texts = try paragraphTexts(body: "<w:p/><w:p><w:pPr/></w:p>")
        #expect(texts == ["", ""])
    }

    @Test func eachParagraphIsItsOwnBlock() throws {
        let texts = try paragraphTexts(body: paragraph("一") + paragraph("二") + paragraph("三"))
        #expect(texts == ["一", "二", "三"])
    }

    @Test func bookmarksProofingMarksAndRenderedPageBreaksAddNothing() throws {
        let body = #"""
            <w:p><w:bookmarkStart w:id="0" w:name="_Toc1"/><w:proofErr w:type="spellStart"/>\#
            <w:r><w:lastRenderedPageBreak/><w:t>园区</w:t></w:r><w:proofErr w:type="spellEnd"/>\#
            <w:bookmarkEnd w:id="0"/><w:r><w:t>概况</w:t></w:r></w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "园区概况")
    }

    @Test func hiddenRunIsLeftOutOfTheTextButKeptInTheRuns() throws {
        let body = "<w:p>\(run("可见"))<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>\(run("文字"))</w:p>"
        let paragraph = try #require(try readDocument(body: body).bodyParagraphs.first)
        #expect(paragraph.text == "可见文字")
        #expect(
            paragraph.runs == [Run(text: "可见"), Run(text: "隐藏", isHidden: true), Run(text: "文字")])
    }

    @Test(arguments: [#"<w:vanish w:val="0"/>"#, #"<w:vanish w:val="false"/>"#])
    func vanishSwitchedOffKeepsTheRunVisible(element: String) throws {
        let body = "<w:p><w:r><w:rPr>\(element)</w:rPr><w:t>可见</w:t></w:r></w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "可见")
    }

    /// Styles: a hidden character style, a paragraph style whose run properties hide text, and one based on it.
    private static let hidingStyles = """
        <w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>
        <w:style w:type="character" w:styleId="SecretToo"><w:name w:val="Secret too"/><w:basedOn w:val="Secret"/></w:style>
        <w:style w:type="paragraph" w:styleId="Notes"><w:name w:val="Notes"/><w:rPr><w:vanish/></w:rPr></w:style>
        """

    private func text(ofStyledBody body: String) throws -> [String] {
        try DocxBuilder(body: body).styles(Self.hidingStyles).read().bodyParagraphs.map(\.text)
    }

    @Test("Text hidden by a character style is left out, through w:basedOn too", arguments: ["Secret", "SecretToo"])
    func characterStyleHidesText(style: String) throws {
        let body =
            #"<w:p><w:r><w:t>可见</w:t></w:r><w:r><w:rPr><w:rStyle w:val="\#(style)"/></w:rPr><w:t>隐藏</w:t></w:r></w:p>"#
        #expect(try text(ofStyledBody: body) == ["可见"])
    }

    @Test("Text hidden by its paragraph style's run properties is left out")
    func paragraphStyleHidesText() throws {
        let body =
            #"<w:p><w:pPr><w:pStyle w:val="Notes"/></w:pPr><w:r><w:t>批注</w:t></w:r></w:p><w:p><w:r><w:t>正文</w:t></w:r></w:p>"#
        #expect(try text(ofStyledBody: body) == ["", "正文"])
    }

    @Test("w:vanish w:val=\"0\" in direct formatting shows text a style hides")
    func directFormattingWinsOverStyles() throws {
        let body = #"<w:p><w:r><w:rPr><w:rStyle w:val="Secret"/><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r></w:p>"#
        #expect(try text(ofStyledBody: body) == ["显示"])
    }
}
