import DocumentModel
import Docx
import TestSupport
import Testing

/// Structural elements where WordprocessingML never puts them (found by fuzzing): the reader skips them with their
/// content and keeps everything around them.
@Suite("Misplaced structural elements")
struct MisplacedElementTests {
    @Test func rowOutsideATableIsSkippedWithItsContent() throws {
        let body =
            "<w:p><w:r><w:t>前</w:t></w:r><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p></w:tc></w:tr>"
            + "<w:r><w:t>后</w:t></w:r></w:p>"
        let document = try readDocument(body: body)
        #expect(Block.paragraphs(in: document.body).map(\.text) == ["前后"])
    }

    @Test func rowDirectlyInTheBodyIsSkipped() throws {
        let document = try readDocument(body: "<w:tr><w:tc><w:p/></w:tc></w:tr>" + paragraph("正文"))
        #expect(Block.paragraphs(in: document.body).map(\.text) == ["正文"])
    }

    @Test func textBoxOutsideAnyFootnoteIsSkipped() throws {
        let document = try DocxBuilder(body: paragraph("正文"))
            .footnotes("<w:txbxContent>\(paragraph("框"))</w:txbxContent>")
            .read()
        #expect(Block.paragraphs(in: document.body).map(\.text) == ["正文"])
        #expect(!document.allParagraphs.map(\.text).contains("框"))
    }
}
