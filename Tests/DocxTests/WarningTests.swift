import DocumentModel
import Docx
import TestSupport
import Testing

/// What the reader could not represent is reported as aggregated warnings, and reading goes on.
@Suite("Reader warnings")
struct WarningTests {
    /// An unknown element wrapping a run, twice; the first occurrence is on line 3 of the part.
    private static let unknownWrapperBody =
        paragraph("第一段") + "\n"
        + #"<w:p>\#(run("前"))<foo:wrap xmlns:foo="urn:x">\#(run("保留"))</foo:wrap>\#(run("后"))</w:p>"# + "\n"
        + #"<w:p><foo:wrap xmlns:foo="urn:x">\#(run("再次"))</foo:wrap></w:p>"#

    @Test func unknownElementIsReadThrough() throws {
        let texts = try paragraphTexts(body: Self.unknownWrapperBody)
        #expect(texts == ["第一段", "前保留后", "再次"])
    }

    @Test func unknownElementGivesOneAggregatedWarning() throws {
        let warnings = try readDocument(body: Self.unknownWrapperBody).warnings.filter { $0.code == .unknownElement }
        #expect(warnings.count == 1)
        #expect(warnings.first?.count == 2)
        #expect(warnings.first?.element == "{urn:x}wrap")
    }

    @Test func unknownElementWarningNamesWhereItFirstOccurred() throws {
        let warning = try #require(try readDocument(body: Self.unknownWrapperBody).warnings.first)
        #expect(warning.firstLocation?.part == "word/document.xml")
        #expect(warning.firstLocation?.line == 3)
    }

    @Test func distinctUnknownElementsGiveDistinctWarnings() throws {
        let body = #"<w:p><a:x xmlns:a="urn:a">\#(run("1"))</a:x><b:y xmlns:b="urn:b">\#(run("2"))</b:y></w:p>"#
        let warnings = try readDocument(body: body).warnings
        #expect(warnings.map(\.element) == ["{urn:a}x", "{urn:b}y"])
        #expect(warnings.map(\.count) == [1, 1])
    }

    @Test(arguments: [
        (
            #"<w:p><w:r><w:object w:dxaOrig="1" w:dyaOrig="1"><v:shape id="o1"/>"#
                + #"<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="rId5"/></w:object></w:r></w:p>"#,
            "w:object"
        ),
        (#"<w:altChunk r:id="rId7"/>"#, "w:altChunk"),
    ])
    func contentThatIsNotReadIsReported(xml: String, element: String) throws {
        let document = try readDocument(body: paragraph("前") + xml + paragraph("后"))
        let warnings = document.warnings.filter { $0.code == .contentNotRead }
        #expect(warnings.count == 1)
        #expect(warnings.first?.element == element)
        #expect(warnings.first?.firstLocation?.part == "word/document.xml")
        #expect(document.bodyParagraphs.map(\.text).filter { !$0.isEmpty } == ["前", "后"])
    }

    @Test func documentWithOnlyKnownElementsHasNoWarnings() throws {
        let body =
            paragraph("正文", properties: #"<w:jc w:val="center"/><w:spacing w:line="360"/>"#)
            + #"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>"#
            + #"<w:tr><w:trPr><w:jc w:val="center"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr>"#
            + paragraph("单元格") + "</w:tc></w:tr></w:tbl>"
            + #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440"/></w:sectPr>"#
        let warnings = try readDocument(body: body).warnings
        #expect(warnings.isEmpty)
    }

    @Test func numberedParagraphWithoutNumberingDefinitionsIsReportedAndKeepsItsText() throws {
        let document = try readDocument(body: numberedParagraph("没有编号定义", numID: 3))
        #expect(document.bodyParagraphs.map(\.displayText) == ["没有编号定义"])
        #expect(document.warnings.map(\.code) == [.missingNumbering])
    }

    @Test func malformedOptionalPartIsSkippedWithAWarning() throws {
        let document = try DocxBuilder(body: paragraph("正文"))
            .part(
                "word/styles.xml", xml: "<w:styles><w:style>", contentType: DocxBuilder.ContentType.styles,
                mainPartRelationship: "styles"
            )
            .read()
        #expect(document.bodyParagraphs.map(\.text) == ["正文"])
        #expect(document.warnings.map(\.code) == [.unreadablePart])
        #expect(document.warnings.first?.firstLocation?.part == "word/styles.xml")
    }

    @Test func relationshipToAMissingOptionalPartIsReported() throws {
        let document = try DocxBuilder(body: paragraph("正文")).footnotes("").removing("word/footnotes.xml").read()
        #expect(document.bodyParagraphs.map(\.text) == ["正文"])
        #expect(document.warnings.map(\.code) == [.missingPart])
    }
}
