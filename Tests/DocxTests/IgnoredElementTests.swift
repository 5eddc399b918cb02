import DocumentModel
@testable import Docx
import TestSupport
import Testing
import XMLStream
import Zip

/// `w:latentStyles` is cut out of a style sheet before parsing only where plain markup proves the cut exact; a
/// well-formed style sheet reads the same either way.
@Suite("Ignored elements")
struct IgnoredElementTests {
    private static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// Word's shape of a style sheet: defaults, latent styles on lines of their own, then styles.
    private static func styleSheet(latent: String, root: String = #"xmlns:w="\#(wordNamespace)""#) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<w:styles \#(root)><w:docDefaults><w:rPrDefault/></w:docDefaults>"# + "\n" + latent + "\n"
            + paragraphStyle(id: "Heading1", name: "heading 1") + "</w:styles>"
    }

    private static let latentStyles =
        #"<w:latentStyles w:defLockedState="0" w:count="3">"# + "\n"
        + #"<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/>"# + "\n"
        + #"<w:lsdException w:name="heading 1" w:uiPriority="9"/><w:lsdException w:name="a > b"/>"# + "\n"
        + "</w:latentStyles >"

    private static func cut(_ xml: String) -> String? {
        let bytes = Array(xml.utf8)
        return IgnoredElement.latentStyles.cut(from: bytes.span).map { String(decoding: $0, as: UTF8.self) }
    }

    /// What `StylesHandler` reads from `bytes`, spelled out (every style's fields, the default, the heading levels).
    private static func styleSheetRead(from bytes: [UInt8]) throws -> String {
        let handler = StylesHandler()
        let parser = XMLStreamParser(handler: handler, vocabulary: WordNames())
        try parser.feed(bytes.span)
        try parser.finish()
        let sheet = handler.result
        return "\(sheet.styles.sorted { $0.key < $1.key }) \(String(describing: sheet.defaultParagraphStyle)) "
            + "\(sheet.resolvedHeadingLevels.sorted { $0.key < $1.key })"
    }

    /// The bytes of `word/styles.xml` in the package `builder` makes.
    private static func stylesBytes(of builder: DocxBuilder) throws -> [UInt8] {
        let archive = try ZipArchive(bytes: builder.build())
        let entry = try #require(archive.entries.first { $0.name == "word/styles.xml" })
        return try archive.contents(of: entry)
    }

    @Test func latentStylesAreCutKeepingTheirLineBreaks() throws {
        let cut = try #require(Self.cut(Self.styleSheet(latent: Self.latentStyles)))
        #expect(cut == Self.styleSheet(latent: "\n\n\n"))
    }

    @Test func aLoneCarriageReturnIsKeptAsALineBreak() throws {
        let latent = Self.latentStyles.replacing("\n", with: "\r")
        let cut = try #require(Self.cut(Self.styleSheet(latent: latent)))
        #expect(cut == Self.styleSheet(latent: "\r\r\r"))
    }

    @Test func theCutStyleSheetReadsAsTheWholeOne() throws {
        let whole = Array(Self.styleSheet(latent: Self.latentStyles).utf8)
        let cutBytes = IgnoredElement.latentStyles.cut(from: whole.span)
        let cut = try #require(cutBytes)
        #expect(cut.count < whole.count)
        #expect(try Self.styleSheetRead(from: cut) == Self.styleSheetRead(from: whole))
    }

    @Test func prefixesThatBeginWithThePrefixAreOtherPrefixes() {
        let root = #"xmlns:w14="urn:w14" xmlns:w="\#(Self.wordNamespace)" xmlns:w15="urn:w15""#
        #expect(Self.cut(Self.styleSheet(latent: Self.latentStyles, root: root)) != nil)
    }

    @Test func strictNamespaceAndSingleQuotesAreRecognised() {
        let root = "xmlns:w = 'http://purl.oclc.org/ooxml/wordprocessingml/main'"
        #expect(Self.cut(Self.styleSheet(latent: Self.latentStyles, root: root)) != nil)
    }

    @Test(arguments: [
        ("a comment before it", "<!-- note -->" + latentStyles),
        ("a comment inside it", latentStyles.replacing("</w:latentStyles", with: "<!-- x --></w:latentStyles")),
        (
            "a CDATA section inside it",
            latentStyles.replacing("</w:latentStyles", with: "<![CDATA[<]]></w:latentStyles")
        ),
        ("a processing instruction before it", "<?pi x?>" + latentStyles),
        (
            "an element of its name inside it",
            latentStyles.replacing("</w:latentStyles", with: "<w:latentStyles/></w:latentStyles")
        ),
        ("no end tag", #"<w:latentStyles w:count="1"><w:lsdException w:name="Normal"/>"#),
        ("an empty element", #"<w:latentStyles w:count="0"/>"#),
        ("a namespace declared on it", #"<w:latentStyles xmlns:x="urn:x"></w:latentStyles>"#),
        ("a prefix bound again before it", #"<w:docDefaults xmlns:w="urn:other"/>"# + latentStyles),
    ])
    func markupThatDoesNotProveTheCutLeavesTheBytes(_ reason: String, latent: String) {
        #expect(Self.cut(Self.styleSheet(latent: latent)) == nil, "\(reason)")
    }

    @Test func aPrefixBoundToAnotherNamespaceIsNotCut() {
        #expect(Self.cut(Self.styleSheet(latent: Self.latentStyles, root: #"xmlns:w="urn:other""#)) == nil)
    }

    @Test(arguments: [
        ("a processing instruction first", "<?pi x?><w:styles xmlns:w=\"W\">" + latentStyles + "</w:styles>"),
        (
            "UTF-16 declared",
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:styles xmlns:w=\"W\">" + latentStyles + "</w:styles>"
        ),
        (
            "the prefix declared on an element before it, not on the root",
            "<x:styles xmlns:x=\"W\"><x:a xmlns:w=\"W\"/>" + latentStyles + "</x:styles>"
        ),
        (
            "the declaration's name inside another attribute's name",
            "<x:styles xmlns:x=\"W\" axmlns:w=\"W\">" + latentStyles + "</x:styles>"
        ),
        ("the element as the root", latentStyles.replacing("<w:latentStyles ", with: "<w:latentStyles xmlns:w=\"W\" ")),
    ])
    func aPrologOrRootThatDoesNotProveTheCutLeavesTheBytes(_ reason: String, document: String) {
        let document = document.replacing("\"W\"", with: "\"\(Self.wordNamespace)\"")
        #expect(Self.cut(document) == nil, "\(reason)")
    }

    @Test func theWordShapedStyleSheetWithoutADeclarationIsCut() {
        let document = "<w:styles xmlns:w=\"\(Self.wordNamespace)\">" + Self.latentStyles + "</w:styles>"
        #expect(Self.cut(document) != nil)
    }

    @Test func aDocumentReadsTheSameWithLatentStylesAsWithout() throws {
        let body = styledParagraph("第一章", style: "Heading1")
        let styles = #"<w:docDefaults/>"# + Self.latentStyles + paragraphStyle(id: "Heading1", name: "heading 1")
        let with = try DocxBuilder(body: body).styles(styles).read()
        let without = try DocxBuilder(body: body).styles(
            #"<w:docDefaults/>"# + paragraphStyle(id: "Heading1", name: "heading 1")
        )
        .read()
        let bytes = try Self.stylesBytes(of: DocxBuilder(body: body).styles(styles))
        #expect(IgnoredElement.latentStyles.cut(from: bytes.span) != nil, "the builder's style sheet is cut")
        #expect(with.bodyParagraphs.first?.headingLevel == 1)
        #expect(with == without)
    }

    @Test func stylesInsideLatentStylesAreIgnoredWhetherCutOrNot() throws {
        let body = styledParagraph("第一章", style: "Inner")
        let inner = paragraphStyle(id: "Inner", name: "heading 2")
        // Cut: plain markup. Not cut: a comment makes the parser read the element, and the reader skips it.
        for (latent, isCut) in [
            ("<w:latentStyles>\(inner)</w:latentStyles>", true),
            ("<w:latentStyles><!-- -->\(inner)</w:latentStyles>", false),
        ] {
            let builder = DocxBuilder(body: body).styles(latent)
            let stylesBytes = try Self.stylesBytes(of: builder)
            let wasCut = IgnoredElement.latentStyles.cut(from: stylesBytes.span) != nil
            #expect(wasCut == isCut)
            #expect(try builder.read().bodyParagraphs.first?.headingLevel == nil)
        }
    }

    @Test func anErrorAfterTheCutIsReportedOnItsOwnLine() throws {
        let broken = Self.styleSheet(latent: Self.latentStyles).replacing("</w:styles>", with: "</w:style>")
        let document = try DocxBuilder(body: paragraph("正文"))
            .part(
                "word/styles.xml", xml: broken, contentType: DocxBuilder.ContentType.styles,
                mainPartRelationship: "styles"
            )
            .read()
        #expect(document.warnings.map(\.code) == [.unreadablePart])
        #expect(document.warnings.first?.firstLocation?.line == 7)
    }
}
