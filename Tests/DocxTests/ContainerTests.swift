import DocumentModel
import Docx
import TestSupport
import Testing

/// Inline and block wrappers that carry no text of their own are read through.
@Suite("Transparent containers")
struct ContainerTests {
    @Test func hyperlinkTextIsKept() throws {
        let body = #"<w:p>\#(run("详见"))<w:hyperlink r:id="rId9" w:history="1">\#(run("园区官网"))</w:hyperlink></w:p>"#
        let text = try singleParagraphText(body: body)
        #expect(text == "详见园区官网")
    }

    @Test func internalHyperlinkTextIsKept() throws {
        let body = #"<w:p><w:hyperlink w:anchor="_Toc1">\#(run("一、总体情况"))</w:hyperlink></w:p>"#
        let text = try singleParagraphText(body: body)
        #expect(text == "一、总体情况")
    }

    @Test func blockContentControlIsTransparent() throws {
        let body = #"""
            <w:sdt><w:sdtPr><w:alias w:val="标题"/><w:tag w:val="title"/><w:id w:val="1"/></w:sdtPr>\#
            <w:sdtEndPr/><w:sdtContent>\#(paragraph("控件内第一段"))\#(paragraph("控件内第二段"))</w:sdtContent></w:sdt>\#
            \#(paragraph("控件后"))
            """#
        let texts = try paragraphTexts(body: body)
        #expect(texts == ["控件内第一段", "控件内第二段", "控件后"])
    }

    @Test func runContentControlIsTransparent() throws {
        let body = #"""
            <w:p>\#(run("填报单位："))<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr>\#
            <w:sdtContent>\#(run("星河科技"))</w:sdtContent></w:sdt>\#(run("。"))</w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "填报单位：星河科技。")
    }

    @Test func contentControlPropertiesShowNoText() throws {
        let body = #"""
            <w:p><w:sdt><w:sdtPr><w:placeholder><w:docPart w:val="X"/></w:placeholder>\#
            <w:dropDownList><w:listItem w:displayText="选项一" w:value="1"/></w:dropDownList></w:sdtPr>\#
            <w:sdtContent>\#(run("选项二"))</w:sdtContent></w:sdt></w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "选项二")
    }

    @Test func smartTagIsTransparent() throws {
        let body = #"""
            <w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">\#
            <w:smartTagPr><w:attr w:name="x" w:val="y"/></w:smartTagPr>\#(run("北京"))</w:smartTag>\#(run("市"))</w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "北京市")
    }

    @Test func runLevelCustomXMLIsTransparent() throws {
        let body = #"""
            <w:p><w:customXml w:uri="urn:report" w:element="amount"><w:customXmlPr/>\#
            \#(run("24.3亿元"))</w:customXml></w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "24.3亿元")
    }

    @Test func blockLevelCustomXMLIsTransparent() throws {
        let body = #"<w:customXml w:uri="urn:report" w:element="section">\#(paragraph("段落"))</w:customXml>"#
        let texts = try paragraphTexts(body: body)
        #expect(texts == ["段落"])
    }

    @Test func nestedWrappersAreAllTransparent() throws {
        let body = #"""
            <w:sdt><w:sdtContent><w:p><w:customXml w:element="a"><w:smartTag w:element="b">\#
            <w:hyperlink w:anchor="x"><w:ins w:id="1" w:author="a">\#(run("深层文字"))</w:ins></w:hyperlink>\#
            </w:smartTag></w:customXml></w:p></w:sdtContent></w:sdt>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "深层文字")
    }
}
