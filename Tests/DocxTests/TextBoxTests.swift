import DocumentModel
import Docx
import TestSupport
import Testing

/// Text boxes: read once, as blocks right after the paragraph that anchors them.
@Suite("Text boxes and alternate content")
struct TextBoxTests {
    private static func textBoxContent(_ text: String) -> String {
        "<w:txbxContent>\(paragraph(text))</w:txbxContent>"
    }

    /// A DrawingML (`wps`) shape with a text box, as Word 2010+ writes it inside `mc:Choice`.
    private static func drawingTextBox(_ text: String) -> String {
        #"""
        <w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" \#
        behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>\#
        <wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>\#
        <wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>\#
        <wp:extent cx="1828800" cy="457200"/><wp:effectExtent l="0" t="0" r="0" b="0"/>\#
        <wp:wrapSquare wrapText="bothSides"/>\#
        <wp:docPr id="1" name="文本框 1" descr="图片说明不是正文"/><wp:cNvGraphicFramePr/>\#
        <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">\#
        <wps:wsp><wps:cNvSpPr txBox="1"/>\#
        <wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="457200"/></a:xfrm>\#
        <a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>\#
        <wps:txbx>\#(textBoxContent(text))</wps:txbx><wps:bodyPr rot="0" vert="horz"/></wps:wsp>\#
        </a:graphicData></a:graphic></wp:anchor></w:drawing>
        """#
    }

    /// The VML shape with the same text box, as Word writes it inside `mc:Fallback`.
    private static func vmlTextBox(_ text: String) -> String {
        #"""
        <w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">\#
        <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>\#
        <v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute">\#
        <v:textbox>\#(textBoxContent(text))</v:textbox><w10:wrap type="square"/></v:shape></w:pict>
        """#
    }

    private static func alternateContent(choice: String, requires: String = "wps", fallback: String) -> String {
        #"<mc:AlternateContent><mc:Choice Requires="\#(requires)">\#(choice)</mc:Choice>"#
            + "<mc:Fallback>\(fallback)</mc:Fallback></mc:AlternateContent>"
    }

    private static let wordTextBoxBody =
        "<w:p>" + run("锚点段落") + "<w:r>"
        + alternateContent(choice: drawingTextBox("文本框内文字"), fallback: vmlTextBox("文本框内文字"))
        + "</w:r>" + run("（续）") + "</w:p>" + paragraph("下一段")

    @Test func wordTextBoxTextAppearsOnceRightAfterItsAnchoringParagraph() throws {
        let document = try readDocument(body: Self.wordTextBoxBody)
        #expect(document.bodyParagraphs.map(\.text) == ["锚点段落（续）", "文本框内文字", "下一段"])
    }

    @Test func textBoxParagraphsAreMarkedInTextBox() throws {
        let document = try readDocument(body: Self.wordTextBoxBody)
        #expect(document.bodyParagraphs.map(\.location.inTextBox) == [false, true, false])
    }

    @Test func textBoxParagraphsAreBodyBlocks() throws {
        let document = try readDocument(body: Self.wordTextBoxBody)
        #expect(document.body.count == 3)
        #expect(document.plainText() == "锚点段落（续）\n文本框内文字\n下一段\n")
    }

    @Test func choiceRequiringAnUnknownNamespaceFallsBack() throws {
        let body =
            #"<w:p><w:r><mc:AlternateContent xmlns:w99="urn:example:unknown">"#
            + #"<mc:Choice Requires="w99">\#(Self.drawingTextBox("选择分支"))</mc:Choice>"#
            + #"<mc:Fallback>\#(Self.vmlTextBox("后备分支"))</mc:Fallback></mc:AlternateContent></w:r></w:p>"#
        let texts = try paragraphTexts(body: body)
        #expect(texts == ["", "后备分支"])
    }

    @Test func choiceRequiringAnUndeclaredPrefixFallsBack() throws {
        let body =
            "<w:p><w:r>"
            + Self.alternateContent(
                choice: Self.drawingTextBox("选择分支"), requires: "undeclared", fallback: Self.vmlTextBox("后备分支"))
            + "</w:r></w:p>"
        let texts = try paragraphTexts(body: body)
        #expect(texts == ["", "后备分支"])
    }

    @Test func runLevelAlternateContentReadsOneBranch() throws {
        let body =
            "<w:p>" + run("前")
            + #"<mc:AlternateContent><mc:Choice Requires="w14">\#(run("新"))</mc:Choice>"#
            + "<mc:Fallback>\(run("旧"))</mc:Fallback></mc:AlternateContent>"
            + run("后") + "</w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "前新后")
    }

    @Test func wpsTextBoxWithoutAlternateContentIsReadOnce() throws {
        let body = "<w:p>" + run("锚点") + "<w:r>" + Self.drawingTextBox("WPS文本框") + "</w:r></w:p>" + paragraph("后文")
        let document = try readDocument(body: body)
        #expect(document.bodyParagraphs.map(\.text) == ["锚点", "WPS文本框", "后文"])
        #expect(document.bodyParagraphs.map(\.location.inTextBox) == [false, true, false])
    }

    @Test func vmlTextBoxWithoutAlternateContentIsReadOnce() throws {
        let body = "<w:p><w:r>" + Self.vmlTextBox("VML文本框") + "</w:r></w:p>"
        let document = try readDocument(body: body)
        #expect(document.bodyParagraphs.map(\.text) == ["", "VML文本框"])
        #expect(document.bodyParagraphs.last?.location.inTextBox == true)
    }

    @Test
    func textInTheSameRunAsTheTextBoxIsKept() throws {
        let body =
            "<w:p><w:r><w:t>前文</w:t>" + Self.drawingTextBox("框内") + "<w:t>后文</w:t></w:r></w:p>"
        let texts = try paragraphTexts(body: body)
        #expect(texts == ["前文后文", "框内"])
    }

    @Test func textBoxWithSeveralParagraphsKeepsThemInOrder() throws {
        let content = "<w:txbxContent>" + paragraph("第一行") + paragraph("第二行") + "</w:txbxContent>"
        let body =
            #"<w:p><w:r><w:pict><v:shape><v:textbox>\#(content)</v:textbox></v:shape></w:pict></w:r></w:p>"#
        let texts = try paragraphTexts(body: body)
        #expect(texts == ["", "第一行", "第二行"])
    }

    @Test func textBoxInsideATableCellStaysInThatCell() throws {
        let body =
            "<w:tbl><w:tr><w:tc><w:p>" + run("单元格") + "<w:r>" + Self.drawingTextBox("框")
            + "</w:r></w:p></w:tc></w:tr></w:tbl>"
        let document = try readDocument(body: body)
        guard case .table(let table) = try #require(document.body.first) else {
            Issue.record("expected a table")
            return
        }
        #expect(Block.paragraphs(in: table.rows[0].cells[0].blocks).map(\.text) == ["单元格", "框"])
    }

    @Test func pictureDescriptionIsNotText() throws {
        let body = #"""
            <w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="2" name="图片 2" descr="园区鸟瞰图"/>\#
            <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\#
            <pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>\#
            <pic:blipFill><a:blip r:embed="rId8"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>\#
            </wp:inline></w:drawing></w:r>\#(run("图1"))</w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "图1")
    }
}
