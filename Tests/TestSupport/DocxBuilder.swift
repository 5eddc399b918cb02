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

// MARK: - Zip writing

/// Writes a zip archive (local headers, data, central directory, end record) from entries held in memory.
///
/// Entries are stored or deflated (``Deflate``); CRC-32 is computed in Swift (``CRC32``). Test-only: no
/// zip64, no encryption, fixed timestamps (2025-01-06 09:00:00) so the output is deterministic.
public struct ZipBuilder: Sendable {
    /// How an entry's data is written.
    public enum Compression: Sendable {
        /// Method 0: the bytes as they are.
        case stored
        /// Method 8: raw DEFLATE.
        case deflated
    }

    /// One entry to write.
    public struct Entry: Sendable {
        /// The name exactly as stored.
        public var nameBytes: [UInt8]
        /// Whether general-purpose flag bit 11 (name is UTF-8) is set.
        public var isUTF8Flagged: Bool
        /// The uncompressed data.
        public var bytes: [UInt8]
        /// How the data is written.
        public var compression: Compression
        /// Offsets into the written data whose low bit is flipped after the CRC-32 was computed.
        public var flippedBytes: [Int]
        /// The uncompressed size to declare instead of the real one, to model lying headers.
        public var declaredSize: UInt32?

        /// An entry whose name is written as UTF-8 with the UTF-8 flag set.
        public init(
            name: String, bytes: [UInt8], compression: Compression = .stored, flippedBytes: [Int] = [],
            declaredSize: UInt32? = nil
        ) {
            self.init(
                nameBytes: Array(name.utf8), isUTF8Flagged: true, bytes: bytes, compression: compression,
                flippedBytes: flippedBytes, declaredSize: declaredSize)
        }

        /// An entry with a raw name, such as GB18030 bytes written without the UTF-8 flag as Chinese Windows does.
        public init(
            nameBytes: [UInt8], isUTF8Flagged: Bool, bytes: [UInt8], compression: Compression = .stored,
            flippedBytes: [Int] = [], declaredSize: UInt32? = nil
        ) {
            self.nameBytes = nameBytes
            self.isUTF8Flagged = isUTF8Flagged
            self.bytes = bytes
            self.compression = compression
            self.flippedBytes = flippedBytes
            self.declaredSize = declaredSize
        }
    }

    /// The entries, in archive order.
    public var entries: [Entry]

    /// Creates a builder for `entries`.
    public init(entries: [Entry] = []) { self.entries = entries }

    /// The archive's bytes.
    public func build() -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        let dosTime: UInt16 = 9 << 11  // 09:00:00
        let dosDate: UInt16 = (2025 - 1980) << 9 | 1 << 5 | 6  // 2025-01-06
        for entry in entries {
            let crc = CRC32.checksum(entry.bytes)
            var data = entry.compression == .stored ? entry.bytes : Deflate.compress(entry.bytes)
            for offset in entry.flippedBytes where data.indices.contains(offset) { data[offset] ^= 0x01 }
            let method: UInt16 = entry.compression == .stored ? 0 : 8
            let flags: UInt16 = entry.isUTF8Flagged ? 1 << 11 : 0
            let size = entry.declaredSize ?? UInt32(entry.bytes.count)
            let offset = UInt32(output.count)

            output.appendLittleEndian(UInt32(0x0403_4B50))
            output.appendLittleEndian(UInt16(20))
            output.appendLittleEndian(flags)
            output.appendLittleEndian(method)
            output.appendLittleEndian(dosTime)
            output.appendLittleEndian(dosDate)
            output.appendLittleEndian(crc)
            output.appendLittleEndian(UInt32(data.count))
            output.appendLittleEndian(size)
            output.appendLittleEndian(UInt16(entry.nameBytes.count))
            output.appendLittleEndian(UInt16(0))
            output += entry.nameBytes
            output += data

            central.appendLittleEndian(UInt32(0x0201_4B50))
            central.appendLittleEndian(UInt16(20))
            central.appendLittleEndian(UInt16(20))
            central.appendLittleEndian(flags)
            central.appendLittleEndian(method)
            central.appendLittleEndian(dosTime)
            central.appendLittleEndian(dosDate)
            central.appendLittleEndian(crc)
            central.appendLittleEndian(UInt32(data.count))
            central.appendLittleEndian(size)
            central.appendLittleEndian(UInt16(entry.nameBytes.count))
            central.appendLittleEndian(UInt16(0))  // extra field length
            central.appendLittleEndian(UInt16(0))  // comment length
            central.appendLittleEndian(UInt16(0))  // disk number start
            central.appendLittleEndian(UInt16(0))  // internal attributes
            central.appendLittleEndian(UInt32(0))  // external attributes
            central.appendLittleEndian(offset)
            central += entry.nameBytes
        }
        let centralOffset = UInt32(output.count)
        output += central
        output.appendLittleEndian(UInt32(0x0605_4B50))
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(UInt16(entries.count))
        output.appendLittleEndian(UInt16(entries.count))
        output.appendLittleEndian(UInt32(central.count))
        output.appendLittleEndian(centralOffset)
        output.appendLittleEndian(UInt16(0))
        return output
    }
}

extension [UInt8] {
    fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var value = value.littleEndian
        Swift.withUnsafeBytes(of: &value) { append(contentsOf: $0) }
    }
}

/// CRC-32 (ISO-HDLC, polynomial 0xEDB88320), as zip stores it.
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The CRC-32 of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

/// A small raw DEFLATE (RFC 1951) compressor: greedy LZ77 over a 32 KiB window, one dynamic-Huffman block.
///
/// It exists so tests can build deflated entries, including highly compressible ones (zip bombs), without
/// a zlib binding. Falls back to a fixed-Huffman block when a code would exceed DEFLATE's length limits.
public enum Deflate {
    private enum Token {
        case literal(UInt8)
        case match(length: Int, distance: Int)
    }

    private static let lengthBases = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    private static let lengthExtraBits = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ]
    private static let distanceBases = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtraBits = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// `bytes` compressed as raw DEFLATE (no zlib or gzip header), as zip method 8 stores it.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        let tokens = tokenize(bytes)
        var writer = DeflateBits.Writer()
        if !writeDynamicBlock(tokens, to: &writer) {
            writer = DeflateBits.Writer()
            writeFixedBlock(tokens, to: &writer)
        }
        return writer.finish()
    }

    // MARK: LZ77

    private static func tokenize(_ bytes: [UInt8]) -> [Token] {
        let window = 32_768
        let hashSize = 1 << 15
        var head = [Int](repeating: -1, count: hashSize)
        var previous = [Int](repeating: -1, count: bytes.count)
        var tokens: [Token] = []
        func hash(_ position: Int) -> Int {
            (Int(bytes[position]) << 10 ^ Int(bytes[position + 1]) << 5 ^ Int(bytes[position + 2])) & (hashSize - 1)
        }
        func insert(_ position: Int) {
            guard position + 2 < bytes.count else { return }
            let key = hash(position)
            previous[position] = head[key]
            head[key] = position
        }
        var position = 0
        while position < bytes.count {
            var bestLength = 0
            var bestDistance = 0
            if position + 2 < bytes.count {
                var candidate = head[hash(position)]
                var chain = 64
                let limit = min(258, bytes.count - position)
                while candidate >= 0, position - candidate <= window, chain > 0 {
                    var length = 0
                    while length < limit, bytes[candidate + length] == bytes[position + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = position - candidate
                        if length == limit { break }
                    }
                    candidate = previous[candidate]
                    chain -= 1
                }
            }
            if bestLength >= 3 {
                tokens.append(.match(length: bestLength, distance: bestDistance))
                for inserted in position..<(position + bestLength) { insert(inserted) }
                position += bestLength
            } else {
                tokens.append(.literal(bytes[position]))
                insert(position)
                position += 1
            }
        }
        return tokens
    }

    private static func lengthSymbol(_ length: Int) -> (symbol: Int, extra: Int, bits: Int) {
        var index = lengthBases.count - 1
        while lengthBases[index] > length { index -= 1 }
        // 258 has its own code (285); 227…257 use code 284 with 5 extra bits.
        if length == 258 { return (285, 0, 0) }
        return (257 + index, length - lengthBases[index], lengthExtraBits[index])
    }

    private static func distanceSymbol(_ distance: Int) -> (symbol: Int, extra: Int, bits: Int) {
        var index = distanceBases.count - 1
        while distanceBases[index] > distance { index -= 1 }
        return (index, distance - distanceBases[index], distanceExtraBits[index])
    }

    // MARK: Blocks

    private static func writeTokens(
        _ tokens: [Token], literalCodes: [(code: Int, length: Int)], distanceCodes: [(code: Int, length: Int)],
        to writer: inout DeflateBits.Writer
    ) {
        for token in tokens {
            switch token {
            case .literal(let byte):
                writer.writeCode(literalCodes[Int(byte)])
            case .match(let length, let distance):
                let (symbol, extra, bits) = lengthSymbol(length)
                writer.writeCode(literalCodes[symbol])
                writer.write(extra, bits: bits)
                let (distanceCode, distanceExtra, distanceBits) = distanceSymbol(distance)
                writer.writeCode(distanceCodes[distanceCode])
                writer.write(distanceExtra, bits: distanceBits)
            }
        }
        writer.writeCode(literalCodes[256])
    }

    private static func writeFixedBlock(_ tokens: [Token], to writer: inout DeflateBits.Writer) {
        var literalLengths = [Int](repeating: 8, count: 288)
        for symbol in 144..<256 { literalLengths[symbol] = 9 }
        for symbol in 256..<280 { literalLengths[symbol] = 7 }
        writer.write(1, bits: 1)  // BFINAL
        writer.write(1, bits: 2)  // BTYPE = fixed
        writeTokens(
            tokens, literalCodes: DeflateBits.canonicalCodes(literalLengths),
            distanceCodes: DeflateBits.canonicalCodes([Int](repeating: 5, count: 30)), to: &writer)
    }

    /// Writes one dynamic block; returns false (writing nothing) when a code length limit would be exceeded.
    private static func writeDynamicBlock(_ tokens: [Token], to writer: inout DeflateBits.Writer) -> Bool {
        var literalFrequencies = [Int](repeating: 0, count: 286)
        var distanceFrequencies = [Int](repeating: 0, count: 30)
        literalFrequencies[256] = 1
        for token in tokens {
            switch token {
            case .literal(let byte): literalFrequencies[Int(byte)] += 1
            case .match(let length, let distance):
                literalFrequencies[lengthSymbol(length).symbol] += 1
                distanceFrequencies[distanceSymbol(distance).symbol] += 1
            }
        }
        // Keep every alphabet at two or more symbols, so each code is complete.
        if literalFrequencies.filter({ $0 > 0 }).count < 2 { literalFrequencies[0] += 1 }
        if distanceFrequencies[0] == 0 { distanceFrequencies[0] = 1 }
        if distanceFrequencies[1] == 0 { distanceFrequencies[1] = 1 }
        let literalLengths = huffmanLengths(literalFrequencies)
        let distanceLengths = huffmanLengths(distanceFrequencies)
        guard literalLengths.allSatisfy({ $0 <= 15 }), distanceLengths.allSatisfy({ $0 <= 15 }) else { return false }

        var literalCount = 286
        while literalCount > 257, literalLengths[literalCount - 1] == 0 { literalCount -= 1 }
        var distanceCount = 30
        while distanceCount > 1, distanceLengths[distanceCount - 1] == 0 { distanceCount -= 1 }
        let runs = runLengthEncode(Array(literalLengths[0..<literalCount]) + Array(distanceLengths[0..<distanceCount]))

        var codeLengthFrequencies = [Int](repeating: 0, count: 19)
        for run in runs { codeLengthFrequencies[run.symbol] += 1 }
        if codeLengthFrequencies.filter({ $0 > 0 }).count < 2 {
            codeLengthFrequencies[codeLengthFrequencies[0] == 0 ? 0 : 1] += 1
        }
        let codeLengthLengths = huffmanLengths(codeLengthFrequencies)
        guard codeLengthLengths.allSatisfy({ $0 <= 7 }) else { return false }
        var codeLengthCount = 19
        while codeLengthCount > 4, codeLengthLengths[DeflateBits.codeLengthOrder[codeLengthCount - 1]] == 0 { codeLengthCount -= 1 }

        writer.write(1, bits: 1)  // BFINAL
        writer.write(2, bits: 2)  // BTYPE = dynamic
        writer.write(literalCount - 257, bits: 5)
        writer.write(distanceCount - 1, bits: 5)
        writer.write(codeLengthCount - 4, bits: 4)
        for index in 0..<codeLengthCount { writer.write(codeLengthLengths[DeflateBits.codeLengthOrder[index]], bits: 3) }
        let codeLengthCodes = DeflateBits.canonicalCodes(codeLengthLengths)
        for run in runs {
            writer.writeCode(codeLengthCodes[run.symbol])
            writer.write(run.extra, bits: run.extraBits)
        }
        writeTokens(
            tokens, literalCodes: DeflateBits.canonicalCodes(literalLengths), distanceCodes: DeflateBits.canonicalCodes(distanceLengths),
            to: &writer)
        return true
    }

    /// Code lengths as code-length symbols: 0–15 literally, 16 repeats the previous, 17/18 repeat zero.
    private static func runLengthEncode(_ lengths: [Int]) -> [(symbol: Int, extra: Int, extraBits: Int)] {
        var result: [(symbol: Int, extra: Int, extraBits: Int)] = []
        var index = 0
        while index < lengths.count {
            let value = lengths[index]
            var run = 1
            while index + run < lengths.count, lengths[index + run] == value { run += 1 }
            index += run
            if value == 0 {
                result += DeflateBits.zeroRunSymbols(run)
            } else {
                result.append((value, 0, 0))
                run -= 1
                while run >= 3 {
                    let count = min(run, 6)
                    result.append((16, count - 3, 2))
                    run -= count
                }
                result += Array(repeating: (value, 0, 0), count: run)
            }
        }
        return result
    }

    /// Huffman code lengths for `frequencies` (0 for unused symbols), unbounded; callers check the limits.
    private static func huffmanLengths(_ frequencies: [Int]) -> [Int] {
        struct Node {
            var weight: Int
            var symbols: [Int]
        }
        var lengths = [Int](repeating: 0, count: frequencies.count)
        var nodes = frequencies.enumerated().filter { $0.element > 0 }.map {
            Node(weight: $0.element, symbols: [$0.offset])
        }
        if nodes.count == 1 { lengths[nodes[0].symbols[0]] = 1 }
        while nodes.count > 1 {
            nodes.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.symbols[0] > $1.symbols[0] }
            let first = nodes.removeLast()
            let second = nodes.removeLast()
            for symbol in first.symbols + second.symbols { lengths[symbol] += 1 }
            nodes.append(Node(weight: first.weight + second.weight, symbols: first.symbols + second.symbols))
        }
        return lengths
    }
}
