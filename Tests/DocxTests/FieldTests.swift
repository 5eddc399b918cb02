import DocumentModel
import Docx
import TestSupport
import Testing

/// Fields show their result, never their instruction.
@Suite("Fields")
struct FieldTests {
    private static let begin = #"<w:r><w:fldChar w:fldCharType="begin"/></w:r>"#
    private static let separate = #"<w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
    private static let end = #"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#

    private static func instruction(_ text: String) -> String {
        #"<w:r><w:instrText xml:space="preserve">\#(text)</w:instrText></w:r>"#
    }

    @Test func complexFieldShowsOnlyItsResult() throws {
        let body =
            "<w:p>" + run("第") + Self.begin + Self.instruction(" PAGE \\* MERGEFORMAT ") + Self.separate + run("3")
            + Self.end + run("页") + "</w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "第3页")
    }

    @Test func fieldResultSpanningSeveralRunsIsJoined() throws {
        let body =
            "<w:p>" + run("单位：") + Self.begin + Self.instruction(" DOCPROPERTY Company ") + Self.separate
            + run("星河科技") + run("园区管理办公室") + Self.end + "</w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "单位：星河科技园区管理办公室")
    }

    @Test func instructionSplitOverSeveralRunsNeverLeaks() throws {
        let body =
            "<w:p>" + Self.begin + Self.instruction(" HYPERLINK ") + Self.instruction("\"http://example.com\"")
            + Self.instruction(" \\o \"tip\" ") + Self.separate + run("链接") + Self.end + "</w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "链接")
    }

    @Test func fieldSpanningParagraphsShowsItsResultWhereItIs() throws {
        let body =
            "<w:p>" + run("前文") + Self.begin + Self.instruction(" TOC \\o \"1-3\" ") + "</w:p>"
            + "<w:p>" + Self.separate + run("域结果") + Self.end + run("，域后文字") + "</w:p>"
        let texts = try paragraphTexts(body: body)
        #expect(texts == ["前文", "域结果，域后文字"])
    }

    @Test func instructionSpanningParagraphsNeverLeaks() throws {
        let body =
            "<w:p>" + Self.begin + Self.instruction(" TOC ") + "</w:p>"
            + "<w:p>" + Self.instruction(" \\h \\z ") + Self.separate + run("目录") + Self.end + "</w:p>"
        let texts = try paragraphTexts(body: body)
        #expect(texts == ["", "目录"])
    }

    @Test func fieldNestedInTheResultShowsItsResult() throws {
        let body =
            "<w:p>" + Self.begin + Self.instruction(" HYPERLINK \\l \"_Toc1\" ") + Self.separate + run("一、总体情况")
            + run("\t") + Self.begin + Self.instruction(" PAGEREF _Toc1 \\h ") + Self.separate + run("2") + Self.end
            + Self.end + "</w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "一、总体情况\t2")
    }

    @Test func fieldNestedInTheInstructionShowsNothing() throws {
        let body =
            "<w:p>" + Self.begin + Self.instruction(" IF ") + Self.begin + Self.instruction(" PAGE ") + Self.separate
            + run("2") + Self.end + Self.instruction(" = 2 \"第二页\" \"其他\" ") + Self.separate + run("第二页")
            + Self.end + "</w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "第二页")
    }

    @Test func fieldWithoutSeparateShowsNothing() throws {
        let body = "<w:p>" + run("前") + Self.begin + Self.instruction(" PAGE ") + Self.end + run("后") + "</w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "前后")
    }

    @Test func simpleFieldShowsItsChildRuns() throws {
        let field = #"<w:fldSimple w:instr=" PAGE \* MERGEFORMAT ">\#(run("7"))</w:fldSimple>"#
        let body = "<w:p>" + run("第") + field + run("页") + "</w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "第7页")
    }

    @Test func fieldCharactersInOneRunWithTheResultAreHandled() throws {
        let body = #"""
            <w:p><w:r><w:fldChar w:fldCharType="begin"/><w:instrText> PAGE </w:instrText>\#
            <w:fldChar w:fldCharType="separate"/><w:t>5</w:t><w:fldChar w:fldCharType="end"/></w:r></w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "5")
    }

    @Test func deletedInstructionTextNeverLeaks() throws {
        let body =
            "<w:p>" + Self.begin
            + #"<w:del w:id="1" w:author="a"><w:r><w:delInstrText> OLD </w:delInstrText></w:r></w:del>"#
            + Self.instruction(" PAGE ") + Self.separate + run("9") + Self.end + "</w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "9")
    }
}
