public import Docx
internal import Foundation
internal import SeededRandom
internal import ZipTestSupport

/// One hostile (or merely unusual) input file and what reading it must give.
public struct HostileInput: Sendable, CustomStringConvertible {
    /// What reading the input must give.
    public enum Outcome: Sendable, Equatable {
        /// It reads, and its body paragraphs have exactly these texts.
        case reads([String])
        /// It fails with exactly this code.
        case fails(DocxError.Code)
    }

    /// A file-name-friendly name that says the case, e.g. "zip-bomb-ratio".
    public var name: String
    /// The file's bytes.
    public var bytes: [UInt8]
    /// What reading it must give.
    public var outcome: Outcome
    /// Text the error's message must contain, when it tells which check refused the input.
    public var messageFragment: String?

    /// Creates a case.
    public init(_ name: String, _ bytes: [UInt8], _ outcome: Outcome, saying messageFragment: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.outcome = outcome
        self.messageFragment = messageFragment
    }

    /// The name (the bytes would swamp test output).
    public var description: String { name }
}

/// The hostile inputs of issue 6, each at a size that keeps a debug test run fast; `scripts/hostile-corpus.py`
/// writes the same cases (and some more) at full size for `Benchmarks/hostile-memory.sh`.
///
/// Every case has an exact expected outcome. Elements misplaced inside well-formed parts, and damage found only by
/// the CRC, are tested in `RobustnessTests` itself.
public enum HostileInputs {
    /// Every case, in a stable order.
    public static let all: [HostileInput] = notWordPackages + damagedArchives + hostileXML + bombsAndLimits
        + oddButValid

    /// The text of the ordinary paragraph most cases carry.
    public static let text = "正文内容Hello"

    /// A valid package with one paragraph of ``text`` and a styles part.
    public static let valid = DocxBuilder(body: paragraph(text))
        .styles(#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>"#)

    /// `<w:p><w:r><w:t xml:space="preserve">text</w:t></w:r></w:p>`.
    public static func paragraph(_ text: String) -> String {
        #"<w:p><w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p>"#
    }

    /// A main part whose body is `body`, as UTF-8 bytes.
    public static func documentXML(body: String) -> [UInt8] { Array(DocxBuilder(body: body).documentXML.utf8) }

    /// `xml` with `doctype` inserted after the XML declaration.
    public static func withDoctype(_ xml: String, _ doctype: String) -> String {
        xml.replacingOccurrences(of: "standalone=\"yes\"?>\n", with: "standalone=\"yes\"?>\n" + doctype)
    }

    // MARK: Not a Word package

    /// An OLE2 compound file header and zero padding, with a stream name inside when given.
    public static func ole2(containing streamName: String? = nil) -> [UInt8] {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 1024)
        if let streamName {
            let utf16 = streamName.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            bytes.replaceSubrange(600..<(600 + utf16.count), with: utf16)
        }
        return bytes
    }

    /// Seeded random bytes (``SplitMix64``) whose first byte is 0, so never a zip or OLE2 signature.
    public static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var bytes = random.bytes(count: count)
        if !bytes.isEmpty { bytes[0] = 0 }
        return bytes
    }

    private static let workbook = #"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>
        """#

    private static var notWordPackages: [HostileInput] {
        [
            HostileInput("valid", valid.build(), .reads([text])),
            HostileInput("empty", [], .fails(.emptyFile)),
            HostileInput("random-bytes", randomBytes(count: 4096, seed: 6), .fails(.notAZip)),
            HostileInput("legacy-doc", ole2(containing: "WordDocument"), .fails(.legacyDoc)),
            HostileInput("encrypted-docx", ole2(containing: "EncryptedPackage"), .fails(.encrypted)),
            HostileInput(
                "xlsx-renamed",
                DocxBuilder().mainPart(at: "xl/workbook.xml", contentType: DocxBuilder.ContentType.workbook)
                    .document(workbook).build(),
                .fails(.notWordDocument)),
        ]
    }

    // MARK: Damaged archives

    private static var damagedArchives: [HostileInput] {
        let bytes = valid.build()
        var mismatch = RawZip(valid)
        if let index = mismatch.index(of: "word/document.xml") { mismatch.entries[index].localName = Array("word/documenx.xml".utf8) }
        var method = RawZip(valid)
        if let index = method.index(of: "word/document.xml") { method.entries[index].method = 6 }  // PKWARE implode
        var encrypted = RawZip(valid)
        if let index = encrypted.index(of: "word/document.xml") { encrypted.entries[index].flags |= 1 }
        var overlapping = RawZip(valid)
        if let document = overlapping.index(of: "word/document.xml"), let styles = overlapping.index(of: "word/styles.xml") {
            overlapping.entries[styles].sharesLocalHeaderOf = document
        }
        return [
            HostileInput(
                "truncated-at-half", Array(bytes.prefix(bytes.count / 2)), .fails(.corruptArchive),
                saying: "no central directory"),
            HostileInput("truncated-in-end-record", Array(bytes.dropLast(5)), .fails(.corruptArchive)),
            HostileInput(
                "bad-crc-in-text",
                valid.flippingByte(inPart: "word/document.xml", at: valid.offsetInDocument(of: "Hello") ?? 0).build(),
                .fails(.corruptArchive), saying: "CRC mismatch"),
            HostileInput(
                "duplicate-entry-names",
                valid.entry("word/document.xml", bytes: Array(valid.documentXML.utf8)).build(), .fails(.duplicateEntry)),
            HostileInput(
                "duplicate-entry-names-differing-in-case",
                valid.entry("WORD/document.xml", bytes: Array(valid.documentXML.utf8)).build(), .fails(.duplicateEntry)),
            HostileInput(
                "local-name-differs-from-central", mismatch.build(), .fails(.corruptArchive), saying: "inconsistent"),
            HostileInput(
                "unsupported-compression-method", method.build(), .fails(.corruptArchive),
                saying: "unsupported compression method"),
            HostileInput("zip-encrypted-entry", encrypted.build(), .fails(.encrypted)),
            HostileInput("overlapping-entries", overlapping.build(), .fails(.corruptArchive), saying: "inconsistent"),
            HostileInput(
                "directory-named-like-main-part",
                RawZip(
                    RawZip(valid).entries.filter { $0.name != Array("word/document.xml".utf8) }
                        + [RawZip.Entry(name: "word/document.xml/", data: [], externalAttributes: 0o040755 << 16)]
                ).build(),
                .fails(.missingPart)),
        ]
    }

    // MARK: Hostile XML

    /// A DOCTYPE with nine levels of ten entity references each: 10⁹ "lol"s if expanded.
    public static let billionLaughsDoctype: String = {
        var doctype = #"<!DOCTYPE w:document [<!ENTITY lol "lol">"#
        doctype += #"<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">"#
        for level in 2...9 {
            doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        return doctype + "]>"
    }()

    /// `depth` nested `w:customXml` elements in the body, around one paragraph.
    public static func nested(_ depth: Int, around content: String = paragraph(text)) -> String {
        String(repeating: "<w:customXml>", count: depth) + content + String(repeating: "</w:customXml>", count: depth)
    }

    private static var hostileXML: [HostileInput] {
        let plain = DocxBuilder(body: paragraph(text)).documentXML
        func document(_ xml: String) -> [UInt8] { DocxBuilder().document(xml).build() }
        func document(bytes: [UInt8]) -> [UInt8] { DocxBuilder().document(bytes: bytes).build() }
        func withText(_ inserted: [UInt8]) -> [UInt8] {
            let bytes = Array(DocxBuilder(body: paragraph("@")).documentXML.utf8)
            guard let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return bytes }
            return Array(bytes[..<at]) + inserted + Array(bytes[(at + 1)...])
        }
        return [
            HostileInput("malformed-xml-unclosed-tag", document(plain.replacingOccurrences(of: "</w:t>", with: "")), .fails(.malformedXML)),
            HostileInput("malformed-xml-stray-lt", document(plain.replacingOccurrences(of: "Hello", with: "a < b")), .fails(.malformedXML)),
            HostileInput("malformed-xml-bad-utf8", document(bytes: withText([0x61, 0xFF, 0xFE, 0x62])), .fails(.malformedXML)),
            HostileInput("malformed-xml-overlong-utf8", document(bytes: withText([0x61, 0xC0, 0xBC, 0x62])), .fails(.malformedXML)),
            HostileInput("malformed-xml-nul-byte", document(bytes: withText([0x61, 0x00, 0x62])), .fails(.malformedXML)),
            HostileInput("malformed-xml-truncated", document(String(plain.dropLast(20))), .fails(.malformedXML)),
            HostileInput(
                "xxe-file", document(withDoctype(DocxBuilder(body: paragraph("&xxe;")).documentXML, #"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#)),
                .fails(.malformedXML), saying: "DOCTYPE is not allowed"),
            HostileInput(
                "xxe-parameter-entity",
                document(withDoctype(plain, #"<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>"#)),
                .fails(.malformedXML), saying: "DOCTYPE is not allowed"),
            HostileInput(
                "external-dtd", document(withDoctype(plain, #"<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/evil.dtd">"#)),
                .fails(.malformedXML), saying: "DOCTYPE is not allowed"),
            HostileInput(
                "billion-laughs", document(withDoctype(DocxBuilder(body: paragraph("&lol9;")).documentXML, billionLaughsDoctype)),
                .fails(.malformedXML), saying: "DOCTYPE is not allowed"),
            HostileInput(
                "xxe-in-content-types",
                valid.replacingPart(
                    "[Content_Types].xml",
                    with: #"<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">&xxe;</Types>"#
                ).build(),
                .fails(.malformedXML), saying: "DOCTYPE is not allowed"),
            HostileInput(
                "deep-nesting-100000", DocxBuilder(body: nested(100_000)).build(), .fails(.limitExceeded),
                saying: "nested deeper than 256"),
            HostileInput(
                "deep-nesting-at-the-limit", DocxBuilder(body: nested(DocxLimits().maxXMLDepth - 5)).build(), .reads([text])),
            HostileInput(
                "deep-nesting-one-over-the-limit", DocxBuilder(body: nested(DocxLimits().maxXMLDepth - 4)).build(),
                .fails(.limitExceeded), saying: "nested deeper than 256"),
        ]
    }

    // MARK: Bombs and limits

    /// A main part whose single `w:t` holds `count` copies of "a", deflated as a run (`dense`: about 1,030:1).
    ///
    /// The CRC-32 is not computed (0): a reader must stop long before the end. `declaredSize` nil declares the
    /// true size; give a small one to model a lying header.
    public static func textBomb(count: Int, dense: Bool = true, declaredSize: UInt64? = nil, zip64: Bool = false)
        -> [UInt8]
    {
        let parts = DocxBuilder(body: paragraph("@")).documentXML.split(separator: "@", omittingEmptySubsequences: false)
        let prefix = Array(parts[0].utf8)
        let suffix = Array(parts[1].utf8)
        var zip = RawZip(DocxBuilder())
        if let index = zip.index(of: "word/document.xml") {
            zip.entries[index] = RawZip.Entry(
                name: "word/document.xml",
                data: RunDeflate.stream(prefix: prefix, byte: UInt8(ascii: "a"), count: count, suffix: suffix, dense: dense),
                method: 8, crc: 0, uncompressedSize: declaredSize ?? UInt64(prefix.count + count + suffix.count), zip64: zip64)
        }
        return zip.build()
    }

    /// A package of `count` entries in all (the package's four, then empty media files), with ZIP64 end records.
    public static func manyEntries(_ count: Int) -> [UInt8] {
        let package = RawZip(DocxBuilder(body: paragraph(text)))
        var entries = package.entries
        entries.reserveCapacity(count)
        for number in 0..<(count - entries.count) { entries.append(.stored("word/media/image\(number).png", [])) }
        return RawZip(entries).build()
    }

    private static var bombsAndLimits: [HostileInput] {
        [
            HostileInput("zip-bomb-declared-1gib", textBomb(count: 1 << 30), .fails(.limitExceeded), saying: "declares"),
            HostileInput(
                "zip-bomb-ratio-lying-size", textBomb(count: 64 << 20, declaredSize: 1000), .fails(.limitExceeded),
                saying: "inflates more than 200×"),
            HostileInput(
                "zip-bomb-zip64-declared-10gib", textBomb(count: 10 << 30, zip64: true), .fails(.limitExceeded),
                saying: "declares 10737419276 bytes"),
            HostileInput(
                "entries-100000", manyEntries(100_000), .fails(.limitExceeded), saying: "has 100000 entries"),
            HostileInput("entries-at-the-limit", manyEntries(DocxLimits().maxEntryCount), .reads([text])),
        ]
    }

    // MARK: Odd but valid

    /// `xml` encoded as UTF-16 with a byte-order mark and its declaration saying UTF-16.
    public static func utf16(_ xml: String, bigEndian: Bool) -> [UInt8] {
        let declared = xml.replacingOccurrences(of: #"encoding="UTF-8""#, with: #"encoding="UTF-16""#)
        let units = [0xFEFF] + Array(declared.utf16)
        return units.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    private static var oddButValid: [HostileInput] {
        let chinese = "第一段：营业收入12.5亿元"
        let xml = DocxBuilder(body: paragraph(chinese)).documentXML
        let longParagraph = String(repeating: "数据a", count: 250_000)
        let runs = "<w:p>" + String(repeating: "<w:r><w:t>字</w:t></w:r>", count: 10_000) + "</w:p>"
        return [
            HostileInput("empty-main-part", DocxBuilder().document(bytes: []).build(), .fails(.malformedXML)),
            HostileInput("bom-only-main-part", DocxBuilder().document(bytes: [0xEF, 0xBB, 0xBF]).build(), .fails(.malformedXML)),
            HostileInput("utf16le-main-part", DocxBuilder().document(bytes: utf16(xml, bigEndian: false)).build(), .reads([chinese])),
            HostileInput("utf16be-main-part", DocxBuilder().document(bytes: utf16(xml, bigEndian: true)).build(), .reads([chinese])),
            HostileInput(
                "utf8-bom-main-part", DocxBuilder().document(bytes: [0xEF, 0xBB, 0xBF] + Array(xml.utf8)).build(), .reads([chinese])),
            HostileInput("zip64-records", RawZip(RawZip(valid).entries.map { var entry = $0; entry.zip64 = true; return entry }).build(), .reads([text])),
            HostileInput("malformed-styles-part", valid.styles("<w:style>").build(), .reads([text])),
            HostileInput(
                "directory-entries-beside-parts",
                RawZip(
                    RawZip(valid).entries + [
                        RawZip.Entry(name: "word/", data: [], externalAttributes: 0o040755 << 16),
                        RawZip.Entry(name: "word/document.xml/", data: [], externalAttributes: 0o040755 << 16),
                    ]
                ).build(),
                .reads([text])),
            HostileInput("huge-paragraph-1mb", DocxBuilder(body: paragraph(longParagraph)).build(), .reads([longParagraph])),
            HostileInput("tiny-runs-10000", DocxBuilder(body: runs).build(), .reads([String(repeating: "字", count: 10_000)])),
        ]
    }
}
