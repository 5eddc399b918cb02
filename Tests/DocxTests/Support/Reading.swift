import DocumentModel
import Docx
import TestSupport

extension DocxBuilder {
    /// Reads the built package with `DocxReader`.
    func read(limits: DocxLimits = .init()) throws(DocxError) -> Document {
        try DocxReader(limits: limits).read(bytes: build(), name: "test.docx")
    }
}

/// Reads a package whose body is `body` and returns its document.
func readDocument(body: String) throws -> Document {
    try DocxBuilder(body: body).read()
}

/// The text of every body paragraph (table cells included) of a package whose body is `body`.
func paragraphTexts(body: String) throws -> [String] {
    try readDocument(body: body).bodyParagraphs.map(\.text)
}

/// The only body paragraph's text; fails the test when the body does not read to exactly one paragraph.
func singleParagraphText(body: String) throws -> String {
    let texts = try paragraphTexts(body: body)
    guard texts.count == 1, let text = texts.first else {
        throw UnexpectedShape(message: "expected one paragraph, got \(texts.count): \(texts)")
    }
    return text
}

/// A document did not have the shape a test needs.
struct UnexpectedShape: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// `<w:p>` with one run of `text`, optionally with paragraph properties.
func paragraph(_ text: String, properties: String = "") -> String {
    let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
    return #"<w:p>\#(pPr)<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p>"#
}

/// `<w:r><w:t>text</w:t></w:r>`.
func run(_ text: String) -> String {
    #"<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r>"#
}

/// A paragraph styled `styleID`.
func styledParagraph(_ text: String, style styleID: String) -> String {
    paragraph(text, properties: #"<w:pStyle w:val="\#(styleID)"/>"#)
}

/// A paragraph numbered with `numId`/`ilvl`.
func numberedParagraph(_ text: String, numID: Int, level: Int = 0, style styleID: String? = nil) -> String {
    let style = styleID.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
    return paragraph(
        text, properties: style + #"<w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(numID)"/></w:numPr>"#)
}

/// A paragraph style definition for `styles.xml`.
func paragraphStyle(id: String, name: String?, basedOn: String? = nil, properties: String = "") -> String {
    let nameXML = name.map { #"<w:name w:val="\#($0)"/>"# } ?? ""
    let basedOnXML = basedOn.map { #"<w:basedOn w:val="\#($0)"/>"# } ?? ""
    let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
    return #"<w:style w:type="paragraph" w:styleId="\#(id)">\#(nameXML)\#(basedOnXML)\#(pPr)</w:style>"#
}

/// One list level (`w:lvl`) of an abstract numbering definition.
struct ListLevel {
    var level: Int
    var format: String
    var text: String
    var start = 1
    var suffix: String?
    var restart: Int?
    var paragraphStyle: String?

    var xml: String {
        var xml = #"<w:lvl w:ilvl="\#(level)"><w:start w:val="\#(start)"/><w:numFmt w:val="\#(format)"/>"#
        if let restart { xml += #"<w:lvlRestart w:val="\#(restart)"/>"# }
        if let paragraphStyle { xml += #"<w:pStyle w:val="\#(paragraphStyle)"/>"# }
        if let suffix { xml += #"<w:suff w:val="\#(suffix)"/>"# }
        xml += #"<w:lvlText w:val="\#(text)"/><w:lvlJc w:val="left"/>"#
        xml += #"<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>"#
        return xml
    }
}

/// `w:abstractNum` with `levels`.
func abstractNumbering(id: Int, _ levels: [ListLevel], extra: String = "") -> String {
    #"<w:abstractNum w:abstractNumId="\#(id)"><w:multiLevelType w:val="hybridMultilevel"/>\#(extra)"#
        + levels.map(\.xml).joined() + "</w:abstractNum>"
}

/// `w:num` pointing at an abstract definition, with optional overrides inside.
func numberingInstance(id: Int, abstract: Int, overrides: String = "") -> String {
    #"<w:num w:numId="\#(id)"><w:abstractNumId w:val="\#(abstract)"/>\#(overrides)</w:num>"#
}
