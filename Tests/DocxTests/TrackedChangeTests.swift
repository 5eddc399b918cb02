import DocumentModel
import Docx
import TestSupport
import Testing

/// Tracked changes are read as if every change were accepted.
@Suite("Tracked changes")
struct TrackedChangeTests {
    private static let author = #"w:id="1" w:author="张三" w:date="2025-01-06T09:00:00Z""#

    @Test func insertedTextIsKept() throws {
        let body = "<w:p>\(run("本年度新增"))<w:ins \(Self.author)>\(run("孵化"))</w:ins>\(run("项目"))</w:p>"
        let text = try singleParagraphText(body: body)
        #expect(text == "本年度新增孵化项目")
    }

    @Test func deletedTextIsDropped() throws {
        let body = #"""
            <w:p>\#(run("项目"))<w:del \#(Self.author)><w:r><w:delText>10</w:delText></w:r></w:del>\#
            \#(run("12个"))</w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "项目12个")
    }

    @Test func movedToTextIsKeptAndMovedFromTextIsDropped() throws {
        let body = #"""
            <w:p><w:moveFrom \#(Self.author)><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>\#
            \#(run("保留内容"))<w:moveTo w:id="2" w:author="张三"><w:r><w:t>（移入）</w:t></w:r></w:moveTo></w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "保留内容（移入）")
    }

    @Test func deletedParagraphMarkJoinsTheParagraphWithTheNext() throws {
        let body =
            "<w:p><w:pPr><w:rPr><w:del \(Self.author)/></w:rPr></w:pPr>\(run("前半句，"))</w:p>"
            + paragraph("后半句。") + paragraph("下一段")
        let texts = try paragraphTexts(body: body)
        #expect(texts == ["前半句，后半句。", "下一段"])
    }

    @Test func wholeDeletedParagraphLeavesNoEmptyLine() throws {
        let body =
            paragraph("前一段")
            + #"<w:p><w:pPr><w:rPr><w:del \#(Self.author)/></w:rPr></w:pPr><w:del w:id="2" w:author="张三">"#
            + "<w:r><w:delText>整段删除</w:delText></w:r></w:del></w:p>"
            + paragraph("后一段")
        let text = try readDocument(body: body).plainText()
        #expect(text == "前一段\n后一段\n")
    }

    @Test func insertedParagraphMarkKeepsParagraphsApart() throws {
        let body = "<w:p><w:pPr><w:rPr><w:ins \(Self.author)/></w:rPr></w:pPr>\(run("一"))</w:p>" + paragraph("二")
        let texts = try paragraphTexts(body: body)
        #expect(texts == ["一", "二"])
    }

    @Test func formattingChangeKeepsTheText() throws {
        let body = #"""
            <w:p><w:r><w:rPr><w:b/><w:rPrChange \#(Self.author)><w:rPr/></w:rPrChange></w:rPr><w:t>加粗</w:t></w:r></w:p>
            """#
        let text = try singleParagraphText(body: body)
        #expect(text == "加粗")
    }
}
