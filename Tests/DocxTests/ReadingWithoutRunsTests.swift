import DocumentModel
import Docx
import TestSupport
import Testing

/// A reader whose paragraphs leave out their runs (`keepsRuns` false), as extraction and plain text read them.
@Suite("Reading without runs")
struct ReadingWithoutRunsTests {
    /// A character style that hides its text.
    private static let styles = """
        <w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Notes"><w:name w:val="Notes"/><w:rPr><w:vanish/></w:rPr></w:style>
        """

    /// Bodies whose paragraphs are made of several kinds of run.
    static let bodies: [String] = [
        // Visible runs around runs hidden directly and by a style; a paragraph its style hides.
        "<w:p>\(run("可见"))<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
            + #"<w:r><w:rPr><w:rStyle w:val="Secret"/></w:rPr><w:t>也隐藏</w:t></w:r>\#(run("文字"))</w:p>"#
            + #"<w:p><w:pPr><w:pStyle w:val="Notes"/></w:pPr>\#(run("批注"))</w:p>"#,
        // Tabs, breaks and symbols inside and between runs.
        #"<w:p><w:r><w:t>部门</w:t><w:tab/><w:t>负责人</w:t></w:r><w:r><w:br/></w:r>"#
            + #"<w:r><w:sym w:font="Symbol" w:char="F061"/></w:r><w:r><w:noBreakHyphen/></w:r></w:p>"#,
        // A text box in the middle of a run.
        "<w:p><w:r><w:t>前文</w:t><w:pict><v:shape><v:textbox><w:txbxContent>\(paragraph("框内"))"
            + "</w:txbxContent></v:textbox></v:shape></w:pict><w:t>后文</w:t></w:r></w:p>",
        // A deleted paragraph mark joins two paragraphs.
        #"<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="张三"/></w:rPr></w:pPr>\#(run("前半句，"))</w:p>"#
            + paragraph("后半句。") + paragraph("下一段"),
        // Table cells of several runs.
        "<w:tbl><w:tr><w:tc><w:p>\(run("甲"))\(run("乙"))</w:p></w:tc><w:tc>\(paragraph("丙"))</w:tc></w:tr></w:tbl>",
        // A complex field: its instruction is left out, its result kept.
        #"<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="end"/></w:r>\#(run("页"))</w:p>"#,
        // A paragraph longer than the room made at its first run.
        "<w:p>" + String(repeating: run("园区企业") + run("Park "), count: 60) + "</w:p>",
    ]

    private static func read(_ body: String, keepsRuns: Bool, limits: DocxLimits = .init()) throws(DocxError)
        -> Document
    {
        let bytes = DocxBuilder(body: body).styles(styles).build()
        return try DocxReader(limits: limits, keepsRuns: keepsRuns).read(bytes: bytes, name: "test.docx")
    }

    /// The paragraphs of `document`, body and table cells, without their runs.
    private static func paragraphsWithoutRuns(of document: Document) -> [Paragraph] {
        document.bodyParagraphs.map { paragraph in
            var paragraph = paragraph
            paragraph.runs = []
            return paragraph
        }
    }

    @Test(arguments: bodies)
    func paragraphsAreTheSameApartFromTheirRuns(body: String) throws {
        let withRuns = try Self.read(body, keepsRuns: true)
        let withoutRuns = try Self.read(body, keepsRuns: false)
        #expect(Self.paragraphsWithoutRuns(of: withoutRuns) == Self.paragraphsWithoutRuns(of: withRuns))
        #expect(withoutRuns.bodyParagraphs.count == withRuns.bodyParagraphs.count)
    }

    @Test func paragraphsReadWithoutRunsHaveNone() throws {
        let document = try Self.read(Self.bodies[0] + Self.bodies[1], keepsRuns: false)
        #expect(!document.bodyParagraphs.isEmpty)
        #expect(document.bodyParagraphs.allSatisfy { $0.runs.isEmpty })
        #expect(document.bodyParagraphs.map(\.text) == ["可见文字", "", "部门\t负责人\nα\u{2011}"])
    }

    @Test("The memory budget charges a document the same with or without runs: the least limit that reads it is one")
    func theMemoryBudgetChargesTheSameEitherWay() {
        // Hidden runs, text outside runs, a text box and a joined paragraph, all charged while read.
        let body = Self.bodies.joined()
        let withRuns = Self.leastAcceptedLimit(of: body, keepsRuns: true)
        let withoutRuns = Self.leastAcceptedLimit(of: body, keepsRuns: false)
        #expect(withRuns == withoutRuns)
        #expect(withRuns > 4 << 10)
    }

    /// The least `maxDocumentBytes` under which `body` reads (by bisection: a higher limit never refuses what a lower
    /// one reads).
    private static func leastAcceptedLimit(of body: String, keepsRuns: Bool) -> UInt64 {
        var refused: UInt64 = 0
        var accepted: UInt64 = 1 << 24
        guard refusal(of: body, keepsRuns: keepsRuns, limits: DocxLimits(maxDocumentBytes: accepted)) == nil else {
            return .max
        }
        while accepted - refused > 1 {
            let middle = refused + (accepted - refused) / 2
            if refusal(of: body, keepsRuns: keepsRuns, limits: DocxLimits(maxDocumentBytes: middle)) == nil {
                accepted = middle
            } else {
                refused = middle
            }
        }
        return accepted
    }

    private static func refusal(of body: String, keepsRuns: Bool, limits: DocxLimits) -> DocxError.Code? {
        do {
            _ = try read(body, keepsRuns: keepsRuns, limits: limits)
            return nil
        } catch {
            return error.code
        }
    }

    @Test func readersKeepRunsUnlessToldNot() {
        #expect(DocxReader().keepsRuns)
        #expect(!DocxReader().withoutRuns.keepsRuns)
        #expect(DocxReader(limits: DocxLimits(maxXMLDepth: 9)).withoutRuns.limits.maxXMLDepth == 9)
    }
}
