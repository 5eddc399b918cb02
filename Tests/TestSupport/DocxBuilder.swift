public import ZipTestSupport

/// Builds `.docx` packages in memory from WordprocessingML snippets, for tests.
///
/// The default package has `[Content_Types].xml`, `_rels/.rels`, `word/document.xml` and
/// `word/_rels/document.xml.rels`; optional parts (styles, numbering, notes, comments, headers, footers,
/// document properties) are added with their relationship and content type. Every method returns a
/// modified copy, so a test reads as one expression:
///
/// ```swift
/// let bytes = DocxBuilder(body: "<w:p><w:r><w:t>Hello</w:t></w:r></w:p>")
///     .styles(#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>"#)
///     .build()
/// ```
///
/// Raw entries (duplicate names, legacy-encoded names, damaged data) go through ``entry(_:)`` and
/// ``flippingByte(inPart:at:)``; the zip itself is written by ``ZipBuilder``.
public struct DocxBuilder: Sendable {
    /// Which namespace and relationship URIs the generated parts use.
    public enum Conformance: Sendable {
        /// ECMA-376 transitional (`http://schemas.openxmlformats.org/...`), what Word and WPS write.
        case transitional
        /// ISO/IEC 29500 Strict (`http://purl.oclc.org/ooxml/...`).
        case strict
    }

    /// A part the builder writes, with the relationship that leads to it.
    private struct Part: Sendable {
        enum Source: Sendable { case package, mainPart }
        var name: String
        var bytes: [UInt8]
        var contentType: String?
        var relationship: (source: Source, type: String)?
    }

    /// The namespace and relationship URIs in use.
    public private(set) var conformance: Conformance
    /// The main part's name, reached through `_rels/.rels`.
    public private(set) var mainPartName = "word/document.xml"
    /// The main part's content type.
    public private(set) var mainContentType = DocxBuilder.ContentType.document
    private var documentBytes: [UInt8]
    private var parts: [Part] = []
    private var extraEntries: [ZipBuilder.Entry] = []
    private var omittedParts: Set<String> = []
    private var damagedBytes: [String: [Int]] = [:]
    private var compression = ZipBuilder.Compression.stored

    /// Creates a package whose body is `body` (the children of `w:body`), with the default parts.
    public init(body: String = "<w:p/>", conformance: Conformance = .transitional) {
        self.conformance = conformance
        self.documentBytes = Array(Self.wrap(body, in: "w:document", inner: "w:body", conformance: conformance).utf8)
    }

    // MARK: The main part

    /// Replaces the body (the children of `w:body`), wrapped in `w:document` with the usual namespaces.
    public func body(_ xml: String) -> DocxBuilder {
        var copy = self
        copy.documentBytes = Array(Self.wrap(xml, in: "w:document", inner: "w:body", conformance: conformance).utf8)
        return copy
    }

    /// Replaces the whole main part with `xml`, exactly as given (no wrapping, no XML declaration added).
    public func document(_ xml: String) -> DocxBuilder { document(bytes: Array(xml.utf8)) }

    /// Replaces the whole main part with raw bytes.
    public func document(bytes: [UInt8]) -> DocxBuilder {
        var copy = self
        copy.documentBytes = bytes
        return copy
    }

    /// Moves the main part to `name` (its `.rels` moves with it) and gives it `contentType`.
    public func mainPart(at name: String, contentType: String = DocxBuilder.ContentType.document) -> DocxBuilder {
        var copy = self
        copy.mainPartName = name
        copy.mainContentType = contentType
        return copy
    }

    /// The main part's bytes as they will be written.
    public var documentXML: String { String(decoding: documentBytes, as: UTF8.self) }

    // MARK: Optional parts

    /// Adds `word/styles.xml` holding `xml` inside `w:styles`.
    public func styles(_ xml: String) -> DocxBuilder {
        addingWordPart("word/styles.xml", root: "w:styles", xml: xml, kind: "styles", contentType: ContentType.styles)
    }

    /// Adds `word/numbering.xml` holding `xml` inside `w:numbering`.
    public func numbering(_ xml: String) -> DocxBuilder {
        addingWordPart(
            "word/numbering.xml", root: "w:numbering", xml: xml, kind: "numbering", contentType: ContentType.numbering)
    }

    /// Adds `word/footnotes.xml` holding `xml` (its `w:footnote` elements) inside `w:footnotes`.
    public func footnotes(_ xml: String) -> DocxBuilder {
        addingWordPart(
            "word/footnotes.xml", root: "w:footnotes", xml: xml, kind: "footnotes", contentType: ContentType.footnotes)
    }

    /// Adds `word/endnotes.xml` holding `xml` (its `w:endnote` elements) inside `w:endnotes`.
    public func endnotes(_ xml: String) -> DocxBuilder {
        addingWordPart(
            "word/endnotes.xml", root: "w:endnotes", xml: xml, kind: "endnotes", contentType: ContentType.endnotes)
    }

    /// Adds `word/comments.xml` holding `xml` (its `w:comment` elements) inside `w:comments`.
    public func comments(_ xml: String) -> DocxBuilder {
        addingWordPart(
            "word/comments.xml", root: "w:comments", xml: xml, kind: "comments", contentType: ContentType.comments)
    }

    /// Adds a header part `word/<name>` holding `xml` (block content) inside `w:hdr`.
    public func header(_ xml: String, name: String = "header1.xml") -> DocxBuilder {
        addingWordPart("word/\(name)", root: "w:hdr", xml: xml, kind: "header", contentType: ContentType.header)
    }

    /// Adds a footer part `word/<name>` holding `xml` (block content) inside `w:ftr`.
    public func footer(_ xml: String, name: String = "footer1.xml") -> DocxBuilder {
        addingWordPart("word/\(name)", root: "w:ftr", xml: xml, kind: "footer", contentType: ContentType.footer)
    }

    /// Adds `docProps/core.xml` holding `xml` inside `cp:coreProperties` (prefixes cp, dc, dcterms, dcmitype, xsi).
    public func coreProperties(_ xml: String) -> DocxBuilder {
        let root =
            #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#
            + #"xmlns:dcmitype="http://purl.org/dc/dcmitype/" "#
            + #"xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        return part(
            "docProps/core.xml", xml: Self.declaration + root + xml + "</cp:coreProperties>",
            contentType: ContentType.coreProperties,
            packageRelationship: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        )
    }

    /// Adds `docProps/app.xml` holding `xml` inside `Properties` (extended-properties default namespace, prefix vt).
    public func appProperties(_ xml: String) -> DocxBuilder {
        let root =
            #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" "#
            + #"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#
        return part(
            "docProps/app.xml", xml: Self.declaration + root + xml + "</Properties>",
            contentType: ContentType.extendedProperties,
            packageRelationship: relationshipType("extended-properties"))
    }

    /// Adds a part with a content-type override and, optionally, a relationship from the main part.
    ///
    /// `mainPartRelationship` is the relationship type's last component ("styles", "header" …), completed
    /// with the transitional or Strict base URI.
    public func part(_ name: String, xml: String, contentType: String?, mainPartRelationship kind: String?)
        -> DocxBuilder
    {
        var copy = self
        copy.parts.removeAll { $0.name == name }
        copy.parts.append(
            Part(
                name: name, bytes: Array(xml.utf8), contentType: contentType,
                relationship: kind.map { (.mainPart, relationshipType($0)) }))
        return copy
    }

    /// Adds a part with a content-type override and, optionally, a package relationship of the full type URI.
    public func part(_ name: String, xml: String, contentType: String?, packageRelationship type: String?)
        -> DocxBuilder
    {
        var copy = self
        copy.parts.removeAll { $0.name == name }
        copy.parts.append(
            Part(
                name: name, bytes: Array(xml.utf8), contentType: contentType, relationship: type.map { (.package, $0) })
        )
        return copy
    }

    /// Replaces a generated part (`[Content_Types].xml`, `_rels/.rels`, a `.rels` part …) with `xml` as given.
    public func replacingPart(_ name: String, with xml: String) -> DocxBuilder {
        var copy = self.removing(name)
        copy.extraEntries.append(ZipBuilder.Entry(name: name, bytes: Array(xml.utf8), compression: compression))
        return copy
    }

    // MARK: Zip-level changes

    /// Leaves the named part (generated or added) out of the archive; its relationship stays.
    public func removing(_ name: String) -> DocxBuilder {
        var copy = self
        copy.omittedParts.insert(name)
        return copy
    }

    /// Appends a raw entry after the package's parts: a duplicate name, a legacy-encoded name, anything.
    public func entry(_ entry: ZipBuilder.Entry) -> DocxBuilder {
        var copy = self
        copy.extraEntries.append(entry)
        return copy
    }

    /// Appends a raw entry with `bytes` under `name`.
    public func entry(_ name: String, bytes: [UInt8]) -> DocxBuilder {
        entry(ZipBuilder.Entry(name: name, bytes: bytes, compression: compression))
    }

    /// Flips the low bit of the byte at `offset` in a part's stored data, after its CRC-32 was computed.
    ///
    /// Use with stored (uncompressed) parts, where the offset is an offset into the part's XML.
    public func flippingByte(inPart name: String, at offset: Int) -> DocxBuilder {
        var copy = self
        copy.damagedBytes[name, default: []].append(offset)
        return copy
    }

    /// Compresses every part with `compression` (stored by default).
    public func compressed(_ compression: ZipBuilder.Compression) -> DocxBuilder {
        var copy = self
        copy.compression = compression
        return copy
    }

    /// The offset of the first occurrence of `text` (UTF-8) in the main part, for ``flippingByte(inPart:at:)``.
    public func offsetInDocument(of text: String) -> Int? {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, documentBytes.count >= needle.count else { return nil }
        for start in 0...(documentBytes.count - needle.count)
        where documentBytes[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    // MARK: Output

    /// The entries of the package in archive order: content types, package rels, main part, its rels, others, extras.
    public var entries: [ZipBuilder.Entry] {
        var result: [(String, [UInt8])] = []
        result.append(("[Content_Types].xml", Array(contentTypesXML.utf8)))
        result.append(("_rels/.rels", Array(relationshipsXML(from: .package).utf8)))
        result.append((mainPartName, documentBytes))
        result.append((Self.relationshipsPart(of: mainPartName), Array(relationshipsXML(from: .mainPart).utf8)))
        for part in parts { result.append((part.name, part.bytes)) }
        let generated = result.filter { !omittedParts.contains($0.0) }.map { name, bytes in
            ZipBuilder.Entry(name: name, bytes: bytes, compression: compression, flippedBytes: damagedBytes[name] ?? [])
        }
        return generated + extraEntries
    }

    /// The `.docx` bytes.
    public func build() -> [UInt8] { ZipBuilder(entries: entries).build() }

    // MARK: Generated parts

    private var contentTypesXML: String {
        var xml = Self.declaration
        xml += #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/\#(mainPartName)" ContentType="\#(mainContentType)"/>"#
        for part in parts {
            if let type = part.contentType { xml += #"<Override PartName="/\#(part.name)" ContentType="\#(type)"/>"# }
        }
        return xml + "</Types>"
    }

    private func relationshipsXML(from source: Part.Source) -> String {
        var xml =
            Self.declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        var targets: [(type: String, target: String)] = []
        switch source {
        case .package:
            targets.append((relationshipType("officeDocument"), mainPartName))
            for part in parts where part.relationship?.source == .package {
                targets.append((part.relationship?.type ?? "", part.name))
            }
        case .mainPart:
            let folder = mainPartName.split(separator: "/").dropLast().joined(separator: "/")
            for part in parts where part.relationship?.source == .mainPart {
                let relative =
                    !folder.isEmpty && part.name.hasPrefix(folder + "/")
                    ? String(part.name.dropFirst(folder.count + 1)) : "/" + part.name
                targets.append((part.relationship?.type ?? "", relative))
            }
        }
        for (number, relationship) in targets.enumerated() {
            xml +=
                #"<Relationship Id="rId\#(number + 1)" Type="\#(relationship.type)" Target="\#(relationship.target)"/>"#
        }
        return xml + "</Relationships>"
    }

    private func addingWordPart(_ name: String, root: String, xml: String, kind: String, contentType: String)
        -> DocxBuilder
    {
        part(
            name, xml: Self.wrap(xml, in: root, inner: nil, conformance: conformance), contentType: contentType,
            mainPartRelationship: kind)
    }

    /// The relationship type URI for `kind` ("officeDocument", "styles" …) in the builder's conformance.
    public func relationshipType(_ kind: String) -> String {
        switch conformance {
        case .transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(kind)"
        case .strict: "http://purl.oclc.org/ooxml/officeDocument/relationships/\(kind)"
        }
    }

    private static func relationshipsPart(of part: String) -> String {
        var components = part.split(separator: "/").map(String.init)
        let file = components.popLast() ?? ""
        return (components + ["_rels", file + ".rels"]).joined(separator: "/")
    }

    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    /// A part's XML: an XML declaration on its own line, then `content` inside `<root …namespaces…>`.
    public static func wrappedPart(root: String, _ content: String, conformance: Conformance = .transitional) -> String
    {
        wrap(content, in: root, inner: nil, conformance: conformance)
    }

    /// `xml` inside `<root …namespaces…>` (and `<inner>` when given), with an XML declaration on its own line.
    private static func wrap(_ xml: String, in root: String, inner: String?, conformance: Conformance) -> String {
        let open = inner.map { "<\($0)>" } ?? ""
        let close = inner.map { "</\($0)>" } ?? ""
        return declaration + "<\(root) \(namespaceDeclarations(conformance))>" + open + xml + close + "</\(root)>"
    }

    /// The `xmlns:` declarations every wrapped part carries: w, r, mc, wp, a, pic, wps, wpg, v, o, w10, w14, m.
    public static func namespaceDeclarations(_ conformance: Conformance) -> String {
        let w = conformance == .strict ? Namespace.strictWordprocessingML : Namespace.wordprocessingML
        let r = conformance == .strict ? Namespace.strictRelationships : Namespace.relationships
        return [
            #"xmlns:w="\#(w)""#,
            #"xmlns:r="\#(r)""#,
            #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#,
            #"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing""#,
            #"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main""#,
            #"xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture""#,
            #"xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape""#,
            #"xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup""#,
            #"xmlns:v="urn:schemas-microsoft-com:vml""#,
            #"xmlns:o="urn:schemas-microsoft-com:office:office""#,
            #"xmlns:w10="urn:schemas-microsoft-com:office:word""#,
            #"xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml""#,
            #"xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math""#,
            #"mc:Ignorable="w14""#,
        ].joined(separator: " ")
    }

    /// Namespace URIs used by the generated parts.
    public enum Namespace {
        /// WordprocessingML, transitional.
        public static let wordprocessingML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        /// WordprocessingML, ISO Strict.
        public static let strictWordprocessingML = "http://purl.oclc.org/ooxml/wordprocessingml/main"
        /// Office document relationships, transitional.
        public static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        /// Office document relationships, ISO Strict.
        public static let strictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    }

    /// Content types of the parts the builder writes, and of main parts of other kinds.
    public enum ContentType {
        private static let wordML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        /// A `.docx` main part.
        public static let document = "\(wordML).document.main+xml"
        /// A `.dotx` main part.
        public static let template = "\(wordML).template.main+xml"
        /// A `.docm` main part.
        public static let macroEnabledDocument = "application/vnd.ms-word.document.macroEnabled.main+xml"
        /// A `.dotm` main part.
        public static let macroEnabledTemplate = "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
        /// An `.xlsx` main part.
        public static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        /// `styles.xml`.
        public static let styles = "\(wordML).styles+xml"
        /// `numbering.xml`.
        public static let numbering = "\(wordML).numbering+xml"
        /// `footnotes.xml`.
        public static let footnotes = "\(wordML).footnotes+xml"
        /// `endnotes.xml`.
        public static let endnotes = "\(wordML).endnotes+xml"
        /// `comments.xml`.
        public static let comments = "\(wordML).comments+xml"
        /// A header part.
        public static let header = "\(wordML).header+xml"
        /// A footer part.
        public static let footer = "\(wordML).footer+xml"
        /// `docProps/core.xml`.
        public static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        /// `docProps/app.xml`.
        public static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }
}
