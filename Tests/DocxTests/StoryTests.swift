import DocumentModel
import Docx
import TestSupport
import Testing

/// Footnotes, endnotes, comments, headers and footers are stories of their own.
@Suite("Stories")
struct StoryTests {
    private static let footnotes = #"""
        <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\#
        <w:footnote w:type="continuationSeparator" w:id="0">\#
        <w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>\#
        <w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>\#
        <w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>\#
        <w:r><w:t>数据来源：园区统计。</w:t></w:r></w:p></w:footnote>\#
        <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>第二条脚注。</w:t></w:r></w:p></w:footnote>
        """#

    private static let bodyWithReferences =
        "<w:p>" + run("营业收入24.3亿元")
        + #"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>"#
        + run("，同比增长")
        + #"<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>"#
        + #"<w:r><w:endnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/>"#
        + #"<w:r><w:commentReference w:id="0"/></w:r></w:p>"#

    private static let endnotes = #"""
        <w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>\#
        <w:endnote w:type="continuationSeparator" w:id="0">\#
        <w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>\#
        <w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>尾注内容。</w:t></w:r></w:p></w:endnote>
        """#

    private static let comments = #"""
        <w:comment w:id="0" w:author="张三" w:date="2025-01-06T09:00:00Z" w:initials="ZS">\#
        <w:p><w:r><w:annotationRef/></w:r><w:r><w:t>请核实数据。</w:t></w:r></w:p></w:comment>
        """#

    private static var fullBuilder: DocxBuilder {
        DocxBuilder(body: bodyWithReferences)
            .footnotes(footnotes)
            .endnotes(endnotes)
            .comments(comments)
            .header(paragraph("星河科技园区 页眉"))
            .footer(
                "<w:p>" + run("第") + #"<w:fldSimple w:instr=" PAGE ">\#(run("1"))</w:fldSimple>"# + run("页") + "</w:p>")
    }

    @Test func noteAndCommentReferencesShowNothingInTheBody() throws {
        let texts = try Self.fullBuilder.read().bodyParagraphs.map(\.text)
        #expect(texts == ["营业收入24.3亿元，同比增长"])
    }

    @Test func footnotesAreStoriesAndSeparatorsAreSkipped() throws {
        let stories = try Self.fullBuilder.read().stories.filter { $0.kind == .footnote }
        #expect(stories.map(\.id) == ["1", "2"])
        #expect(stories.map { Block.paragraphs(in: $0.blocks).map(\.text) } == [["数据来源：园区统计。"], ["第二条脚注。"]])
        #expect(stories.map(\.part) == ["word/footnotes.xml", "word/footnotes.xml"])
    }

    @Test func endnotesAreStories() throws {
        let stories = try Self.fullBuilder.read().stories.filter { $0.kind == .endnote }
        #expect(stories.map(\.id) == ["1"])
        #expect(stories.map { Block.paragraphs(in: $0.blocks).map(\.text) } == [["尾注内容。"]])
    }

    @Test func commentsAreStoriesWithTheirAuthor() throws {
        let stories = try Self.fullBuilder.read().stories.filter { $0.kind == .comment }
        #expect(stories.map(\.id) == ["0"])
        #expect(stories.map(\.author) == ["张三"])
        #expect(stories.map { Block.paragraphs(in: $0.blocks).map(\.text) } == [["请核实数据。"]])
    }

    @Test func headersAndFootersAreStoriesNamedByTheirPart() throws {
        let stories = try Self.fullBuilder.read().stories.filter { $0.kind == .header || $0.kind == .footer }
        #expect(stories.map(\.kind) == [.header, .footer])
        #expect(stories.map(\.part) == ["word/header1.xml", "word/footer1.xml"])
        #expect(stories.map(\.id) == [nil, nil])
        #expect(stories.map { Block.paragraphs(in: $0.blocks).map(\.text) } == [["星河科技园区 页眉"], ["第1页"]])
    }

    @Test func storyParagraphsRecordTheirStory() throws {
        let document = try Self.fullBuilder.read()
        let footnote = try #require(document.stories.first { $0.kind == .footnote })
        let paragraph = try #require(Block.paragraphs(in: footnote.blocks).first)
        #expect(paragraph.location == Location(story: .footnote, part: "word/footnotes.xml", storyID: "1"))
    }

    @Test func storiesAreNotInThePlainTextOfTheBody() throws {
        let text = try Self.fullBuilder.read().plainText()
        #expect(text == "营业收入24.3亿元，同比增长\n")
    }

    @Test func plainTextWithStoriesPutsEachUnderItsMarker() throws {
        let expected = """
            营业收入24.3亿元，同比增长
            === footnote 1 ===
            数据来源：园区统计。
            === footnote 2 ===
            第二条脚注。
            === endnote 1 ===
            尾注内容。
            === comment 0 ===
            请核实数据。
            === header word/header1.xml ===
            星河科技园区 页眉
            === footer word/footer1.xml ===
            第1页

            """
        let text = try Self.fullBuilder.read().plainText(includingStories: true)
        #expect(text == expected)
    }

    @Test func severalHeadersAreSeparateStories() throws {
        let document = try DocxBuilder(body: paragraph("正文"))
            .header(paragraph("首页页眉"), name: "header1.xml")
            .header(paragraph("偶数页页眉"), name: "header2.xml")
            .read()
        #expect(document.stories.map(\.part) == ["word/header1.xml", "word/header2.xml"])
    }

    @Test func headerTablesAreRead() throws {
        let header = "<w:tbl><w:tr><w:tc>\(paragraph("左"))</w:tc><w:tc>\(paragraph("右"))</w:tc></w:tr></w:tbl>"
        let document = try DocxBuilder(body: paragraph("正文")).header(header).read()
        let story = try #require(document.stories.first)
        #expect(Block.paragraphs(in: story.blocks).map(\.text) == ["左", "右"])
        #expect(Block.paragraphs(in: story.blocks).first?.location.story == .header)
    }

    @Test func footnotePartWithAnotherPrefixIsRead() throws {
        let xml = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ww:footnotes xmlns:ww="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\#
            <ww:footnote ww:type="separator" ww:id="-1"><ww:p><ww:r><ww:separator/></ww:r></ww:p></ww:footnote>\#
            <ww:footnote ww:id="1"><ww:p><ww:r><ww:t>前缀不同</ww:t></ww:r></ww:p></ww:footnote></ww:footnotes>
            """#
        let document = try DocxBuilder(body: paragraph("正文"))
            .part(
                "word/footnotes.xml", xml: xml, contentType: DocxBuilder.ContentType.footnotes,
                mainPartRelationship: "footnotes"
            )
            .read()
        #expect(document.stories.map(\.id) == ["1"])
        #expect(document.stories.first.map { Block.paragraphs(in: $0.blocks).map(\.text) } == ["前缀不同"])
    }
}
