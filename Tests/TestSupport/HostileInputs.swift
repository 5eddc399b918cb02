internal import Docx
internal import Foundation
internal import SeededRandom
internal import ZipTestSupport

/// The hostile inputs, the one list both the tests and the full-size corpus come from.
///
/// The tests read ``all`` (``Scale/reduced``: sizes that keep a debug run fast); `HostileCorpus` writes
/// ``cases(at:)`` with ``Scale/full`` for `Benchmarks/hostile-memory.sh`. Every case has an exact expected
/// outcome at each scale. Elements misplaced inside well-formed parts, and damage found only by the CRC, are
/// tested in `RobustnessTests` itself.
public enum HostileInputs {
    /// How large the bombs, paragraphs and run storms are made.
    public enum Scale: Sendable {
        /// Sizes a debug test run reads in seconds; the cases only a full-size file shows are left out.
        case reduced
        /// The sizes of the memory benchmark: gigabyte bombs, a 200 MB paragraph, five million runs.
        case full

        /// `full` at full scale, `reduced` otherwise.
        func pick<Value>(_ full: Value, _ reduced: Value) -> Value { self == .full ? full : reduced }
    }

    /// Every case at the reduced scale, in a stable order.
    public static let all: [HostileInput] = cases(at: .reduced)

    /// Every case at `scale`, in a stable order; each case's bytes are made only when asked for.
    public static func cases(at scale: Scale) -> [HostileInput] {
        notWordPackages + damagedArchives + hostileXML(scale) + bombsAndLimits(scale) + oddButValid(scale)
    }

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

    private static let mebibyte = 1 << 20
    private static let gibibyte = 1 << 30

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

    /// Seeded random bytes whose first byte is 0, so never a zip or OLE2 signature.
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

    /// `valid` with one change to the main part's entry.
    private static func changingMainPart(_ change: (inout RawZip.Entry) -> Void) -> [UInt8] {
        var zip = RawZip(valid)
        if let index = zip.index(of: "word/document.xml") { change(&zip.entries[index]) }
        return zip.build()
    }

    /// The code of `valid`, deflated, cut to its first `offset` bytes.
    private static func truncationCode(at offset: Int) -> DocxError.Code {
        offset == 0 ? .emptyFile : offset < 4 ? .notAZip : .corruptArchive
    }

    private static var damagedArchives: [HostileInput] {
        let deflated = valid.compressed(.deflated).build()
        let step = max(1, deflated.count / 12)
        let truncations = stride(from: 0, to: deflated.count, by: step).map { offset in
            HostileInput(
                "truncated-at-" + String(repeating: "0", count: max(0, 5 - String(offset).count)) + String(offset),
                Array(deflated.prefix(offset)), .fails(truncationCode(at: offset)))
        }
        let overlapping: [UInt8] = {
            var zip = RawZip(valid)
            if let document = zip.index(of: "word/document.xml"), let styles = zip.index(of: "word/styles.xml") {
                zip.entries[styles].sharesLocalHeaderOf = document
            }
            return zip.build()
        }()
        let directoryInsteadOfMainPart = RawZip(
            RawZip(valid).entries.filter { $0.name != Array("word/document.xml".utf8) }
                + [RawZip.Entry(name: "word/document.xml/", data: [], externalAttributes: 0o040755 << 16)]
        ).build()
        return [
            HostileInput(
                "truncated-at-half", Array(deflated.prefix(deflated.count / 2)), .fails(.corruptArchive),
                saying: "no central directory"),
            HostileInput("truncated-in-end-record", Array(deflated.dropLast(5)), .fails(.corruptArchive)),
        ] + truncations + [
            HostileInput(
                "bad-crc-in-text",
                valid.flippingByte(inPart: "word/document.xml", at: valid.offsetInDocument(of: "Hello") ?? 0).build(),
                .fails(.corruptArchive), saying: "CRC mismatch"),
            HostileInput(
                "bad-crc-in-markup",
                valid.flippingByte(inPart: "word/document.xml", at: valid.offsetInDocument(of: "<w:body>") ?? 0)
                    .build(),
                .fails(.corruptArchive), saying: "CRC mismatch"),
            HostileInput(
                "duplicate-entry-names",
                valid.entry("word/document.xml", bytes: Array(valid.documentXML.utf8)).build(), .fails(.duplicateEntry)),
            HostileInput(
                "duplicate-entry-names-differing-in-case",
                valid.entry("WORD/document.xml", bytes: Array(valid.documentXML.utf8)).build(), .fails(.duplicateEntry)),
            HostileInput(
                "local-name-differs-from-central",
                changingMainPart { $0.localName = Array("word/documenx.xml".utf8) }, .fails(.corruptArchive),
                saying: "inconsistent"),
            HostileInput(
                "unsupported-compression-method", changingMainPart { $0.method = 6 },  // PKWARE implode
                .fails(.corruptArchive), saying: "unsupported compression method"),
            HostileInput("zip-encrypted-entry", changingMainPart { $0.flags |= 1 }, .fails(.encrypted)),
            HostileInput("overlapping-entries", overlapping, .fails(.corruptArchive), saying: "inconsistent"),
            HostileInput("directory-named-like-main-part", directoryInsteadOfMainPart, .fails(.missingPart)),
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

    /// A main part with a heading-like paragraph, a table and an escaped ampersand, cut at eleven offsets.
    ///
    /// It declares only the `w` and `r` namespaces, so that most cuts fall in the body rather than in the
    /// namespace declarations of ``DocxBuilder``.
    private static var mainPartCuts: [HostileInput] {
        let namespaces =
            #"xmlns:w="\#(DocxBuilder.Namespace.wordprocessingML)" xmlns:r="\#(DocxBuilder.Namespace.relationships)""#
        let body = paragraph("一、总体情况") + "<w:tbl><w:tr><w:tc>" + paragraph("企业 &amp; 金额") + "</w:tc></w:tr></w:tbl>"
        let rich = Array(
            (#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n<w:document \(namespaces)><w:body>" + body
                + "</w:body></w:document>").utf8)
        return stride(from: 0, to: rich.count, by: max(1, rich.count / 10)).map { offset in
            HostileInput(
                "malformed-xml-cut-at-" + String(repeating: "0", count: max(0, 4 - String(offset).count))
                    + String(offset),
                DocxBuilder().document(bytes: Array(rich.prefix(offset))).build(), .fails(.malformedXML))
        }
    }

    private static func hostileXML(_ scale: Scale) -> [HostileInput] {
        let plain = DocxBuilder(body: paragraph(text)).documentXML
        @Sendable func document(_ xml: String) -> [UInt8] { DocxBuilder().document(xml).build() }
        @Sendable func document(bytes: [UInt8]) -> [UInt8] { DocxBuilder().document(bytes: bytes).build() }
        @Sendable func withText(_ inserted: [UInt8]) -> [UInt8] {
            let bytes = Array(DocxBuilder(body: paragraph("@")).documentXML.utf8)
            guard let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return bytes }
            return Array(bytes[..<at]) + inserted + Array(bytes[(at + 1)...])
        }
        let depth = 100_000
        let limits = DocxLimits()
        return [
            HostileInput(
                "malformed-xml-unclosed-tag", document(plain.replacingOccurrences(of: "</w:t>", with: "")),
                .fails(.malformedXML)),
            HostileInput(
                "malformed-xml-stray-lt", document(plain.replacingOccurrences(of: "Hello", with: "a < b")),
                .fails(.malformedXML)),
            HostileInput(
                "malformed-xml-bad-utf8", document(bytes: withText([0x61, 0xFF, 0xFE, 0x62])), .fails(.malformedXML)),
            HostileInput(
                "malformed-xml-overlong-utf8", document(bytes: withText([0x61, 0xC0, 0xBC, 0x62])),
                .fails(.malformedXML)),
            HostileInput(
                "malformed-xml-nul-byte", document(bytes: withText([0x61, 0x00, 0x62])), .fails(.malformedXML)),
        ] + mainPartCuts + [
            HostileInput(
                "xxe-file",
                document(
                    withDoctype(
                        DocxBuilder(body: paragraph("&xxe;")).documentXML,
                        #"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#)),
                .fails(.malformedXML), saying: "DOCTYPE is not allowed"),
            HostileInput(
                "xxe-parameter-entity",
                document(withDoctype(plain, #"<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>"#)),
                .fails(.malformedXML), saying: "DOCTYPE is not allowed"),
            HostileInput(
                "external-dtd",
                document(withDoctype(plain, #"<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/evil.dtd">"#)),
                .fails(.malformedXML), saying: "DOCTYPE is not allowed"),
            HostileInput(
                "billion-laughs",
                document(withDoctype(DocxBuilder(body: paragraph("&lol9;")).documentXML, billionLaughsDoctype)),
                .fails(.malformedXML), saying: "DOCTYPE is not allowed"),
            HostileInput(
                "xxe-in-content-types",
                valid.replacingPart(
                    "[Content_Types].xml",
                    with:
                        #"<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">&xxe;</Types>"#
                ).build(),
                .fails(.malformedXML), saying: "DOCTYPE is not allowed"),
            HostileInput(
                "deep-nesting-\(depth)", DocxBuilder(body: nested(depth)).build(), .fails(.limitExceeded),
                saying: "nested deeper than 256"),
            HostileInput(
                "deep-nesting-at-the-limit", DocxBuilder(body: nested(limits.maxXMLDepth - 5)).build(), .reads([text])),
            HostileInput(
                "deep-nesting-one-over-the-limit", DocxBuilder(body: nested(limits.maxXMLDepth - 4)).build(),
                .fails(.limitExceeded), saying: "nested deeper than 256"),
        ]
    }

    // MARK: Bombs and limits

    /// `part`'s XML split at its one "@": what comes before and after the run of a bomb.
    private static func aroundRun(_ xml: String) -> (prefix: [UInt8], suffix: [UInt8]) {
        let parts = xml.split(separator: "@", omittingEmptySubsequences: false)
        return (Array(parts[0].utf8), Array(parts[1].utf8))
    }

    /// An entry `name` holding `prefix`, `count` copies of `byte`, `suffix`, deflated as a run (`dense`: about
    /// 1,030:1, otherwise about 159:1).
    ///
    /// `declaredSize` nil declares the true size; give a small one to model a lying header. `realCRC` false
    /// declares a CRC-32 of 0, for runs a reader must stop long before the end of.
    private static func runEntry(
        _ name: String, prefix: [UInt8] = [], byte: UInt8, count: Int, suffix: [UInt8] = [], dense: Bool = true,
        declaredSize: UInt64? = nil, realCRC: Bool = true, zip64: Bool = false
    ) -> RawZip.Entry {
        RawZip.Entry(
            name: name,
            data: RunDeflate.stream(prefix: prefix, byte: byte, count: count, suffix: suffix, dense: dense), method: 8,
            crc: realCRC ? CRC32.checksum(prefix: prefix, repeating: byte, count: count, suffix: suffix) : 0,
            uncompressedSize: declaredSize ?? UInt64(prefix.count + count + suffix.count), zip64: zip64)
    }

    /// `zip` with the entry named like `entry` replaced by it, or `entry` appended when there is none.
    private static func placing(_ entry: RawZip.Entry, in zip: RawZip) -> RawZip {
        var zip = zip
        if let index = zip.entries.firstIndex(where: { $0.name == entry.name }) {
            zip.entries[index] = entry
        } else {
            zip.entries.append(entry)
        }
        return zip
    }

    /// A main part whose single `w:t` holds `count` copies of "a", deflated as a run (`dense`: about 1,030:1).
    ///
    /// `declaredSize` nil declares the true size; give a small one to model a lying header. `realCRC` false
    /// declares a CRC-32 of 0.
    public static func textBomb(count: Int, dense: Bool = true, declaredSize: UInt64? = nil, realCRC: Bool = true)
        -> [UInt8]
    {
        let (prefix, suffix) = aroundRun(DocxBuilder(body: paragraph("@")).documentXML)
        let entry = runEntry(
            "word/document.xml", prefix: prefix, byte: UInt8(ascii: "a"), count: count, suffix: suffix, dense: dense,
            declaredSize: declaredSize, realCRC: realCRC)
        return placing(entry, in: RawZip(DocxBuilder())).build()
    }

    /// A package of `builder`'s parts in which `name` is `count` zero bytes deflated as a run (not XML at all),
    /// with ZIP64 sizes when the true or the declared size needs them.
    public static func zeroBomb(
        count: Int, declaredSize: UInt64? = nil, name: String = "word/document.xml",
        in builder: DocxBuilder = DocxBuilder()
    ) -> [UInt8] {
        let zip64 = max(UInt64(count), declaredSize ?? 0) > 0xFFFF_FFFF
        return placing(
            runEntry(name, byte: 0, count: count, declaredSize: declaredSize, zip64: zip64), in: RawZip(builder)
        )
        .build()
    }

    /// A package of `count` entries in all (the package's four, then empty media files), with ZIP64 end records.
    public static func manyEntries(_ count: Int) -> [UInt8] {
        let package = RawZip(DocxBuilder(body: paragraph(text)).compressed(.deflated))
        var entries = package.entries
        entries.reserveCapacity(count)
        for number in 0..<(count - entries.count) { entries.append(.stored("word/media/image\(number).png", [])) }
        return RawZip(entries).build()
    }

    /// Three headers of 400 MiB of "a" each, each under the ratio limit: only the total limit stops them.
    private static var totalBomb: [UInt8] {
        let names = (1...3).map { "header\($0).xml" }
        let builder = names.reduce(DocxBuilder(body: paragraph(text))) { $0.header(paragraph("@"), name: $1) }
        let (prefix, suffix) = aroundRun(DocxBuilder.wrappedPart(root: "w:hdr", paragraph("@")))
        return names.reduce(RawZip(builder)) { zip, name in
            placing(
                runEntry(
                    "word/" + name, prefix: prefix, byte: UInt8(ascii: "a"), count: 400 * mebibyte, suffix: suffix,
                    dense: false),
                in: zip)
        }.build()
    }

    private static func bombsAndLimits(_ scale: Scale) -> [HostileInput] {
        let limits = DocxLimits()
        let styles = aroundRun(DocxBuilder.wrappedPart(root: "w:styles", "@"))
        let bomb = scale.pick(10 * gibibyte, 64 * mebibyte)
        let ratioBomb = scale.pick(gibibyte, 64 * mebibyte)
        let stylesBomb = scale.pick(gibibyte, 64 * mebibyte)
        let entries = 100_000
        let fullSizeOnly: [HostileInput] = [
            HostileInput(
                "zip-bomb-10gib-text-lying-size", textBomb(count: 10 * gibibyte, declaredSize: 1000, realCRC: false),
                .fails(.limitExceeded)),
            HostileInput(
                "zip-bomb-600mib-under-the-ratio-lying-size",
                textBomb(count: 600 * mebibyte, dense: false, declaredSize: 1000), .fails(.limitExceeded)),
            HostileInput("zip-bomb-total-3x400mib-headers", totalBomb, .fails(.limitExceeded)),
        ]
        return [
            HostileInput(
                "zip-bomb-declared-1gib", textBomb(count: gibibyte), .fails(.limitExceeded), saying: "declares"),
            HostileInput(
                "zip-bomb-zip64-declared-10gib-zeros", zeroBomb(count: bomb, declaredSize: 10 << 30),
                .fails(.limitExceeded), saying: "declares 10737418240 bytes"),
            HostileInput(
                "zip-bomb-10gib-zeros-lying-size", zeroBomb(count: bomb, declaredSize: 1000), .fails(.malformedXML)),
            HostileInput(
                "zip-bomb-ratio-\(scale.pick("1gib", "64mib"))-text-lying-size",
                textBomb(count: ratioBomb, declaredSize: 1000, realCRC: scale == .full), .fails(.limitExceeded),
                saying: scale.pick(nil, "inflates more than 200×")),
        ] + scale.pick(fullSizeOnly, []) + [
            HostileInput(
                "zip-bomb-in-styles-lying-size",
                placing(
                    runEntry(
                        "word/styles.xml", prefix: styles.prefix, byte: UInt8(ascii: " "), count: stylesBomb,
                        suffix: styles.suffix, declaredSize: 1000, realCRC: false),
                    in: RawZip(valid.compressed(.deflated))
                ).build(),
                .fails(.limitExceeded)),
            HostileInput(
                "zip-bomb-unreferenced-10gib",
                zeroBomb(count: bomb, name: "word/media/bomb.bin", in: valid.compressed(.deflated)),
                .reads([text])),
            HostileInput(
                "entries-\(entries)", manyEntries(entries), .fails(.limitExceeded), saying: "has \(entries) entries"),
            HostileInput("entries-at-the-limit", manyEntries(limits.maxEntryCount), .reads([text])),
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

    /// The default memory budget of a document (128 MiB: text counts twice, a run 64 bytes more) stops the
    /// full-size paragraph and run storm; the reduced ones read.
    private static func oddButValid(_ scale: Scale) -> [HostileInput] {
        let chinese = "第一段：营业收入12.5亿元"
        let xml = DocxBuilder(body: paragraph(chinese)).documentXML
        let paragraphBytes = scale.pick(200_000_000, 1_000_000)
        let runs = scale.pick(5_000_000, 10_000)
        return [
            HostileInput("empty-main-part", DocxBuilder().document(bytes: []).build(), .fails(.malformedXML)),
            HostileInput(
                "bom-only-main-part", DocxBuilder().document(bytes: [0xEF, 0xBB, 0xBF]).build(), .fails(.malformedXML)),
            HostileInput(
                "utf16le-main-part", DocxBuilder().document(bytes: utf16(xml, bigEndian: false)).build(),
                .reads([chinese])),
            HostileInput(
                "utf16be-main-part", DocxBuilder().document(bytes: utf16(xml, bigEndian: true)).build(),
                .reads([chinese])),
            HostileInput(
                "utf8-bom-main-part", DocxBuilder().document(bytes: [0xEF, 0xBB, 0xBF] + Array(xml.utf8)).build(),
                .reads([chinese])),
            HostileInput(
                "zip64-records",
                RawZip(
                    RawZip(valid).entries.map {
                        var entry = $0; entry.zip64 = true; return entry
                    }
                ).build(), .reads([text])),
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
            HostileInput(
                "huge-paragraph-\(paragraphBytes / 1_000_000)mb",
                RawZip(DocxBuilder(body: paragraph(String(repeating: "数据abcd", count: paragraphBytes / 10)))).build(),
                paragraphBytes > 64_000_000
                    ? .fails(.limitExceeded) : .reads([String(repeating: "数据abcd", count: paragraphBytes / 10)])),
            HostileInput(
                "tiny-runs-\(runs)",
                RawZip(
                    DocxBuilder(body: "<w:p>" + String(repeating: "<w:r><w:t>字</w:t></w:r>", count: runs) + "</w:p>")
                ).build(),
                runs > 1_000_000 ? .fails(.limitExceeded) : .reads([String(repeating: "字", count: runs)])),
        ]
    }
}
