import DocumentModel
import Docx
import Foundation
import TestSupport
import Testing
import ZipTestSupport

/// Hostile input: every case of ``HostileInputs``, each with its exact code or exact text.
///
/// The cases themselves are ``HostileInputs/all`` (shared with the command-line batch test, and written at
/// full size by `HostileCorpus` for `Benchmarks/hostile-memory.sh`); this suite reads each one, then sweeps what a table cannot
/// hold: malformed XML at many offsets, damaged parts other than the main one, the large cases.
///
/// Also covered in `DocxErrorTests`, and not repeated here: truncation at every offset of a stored
/// package and bytes cut from its middle, a flipped byte in stored text failing its CRC, missing parts,
/// XXE in an optional part never reaching the text, billion laughs refused within a second, nesting over
/// a limit of 20, the part, lying-size, total, entry-count and file-size limits with small limits.
///
/// Peak memory is not measured here but by `Benchmarks/hostile-memory.sh`; ASan and valgrind runs are
/// `scripts/sanitize`.
@Suite("Robustness")
struct RobustnessTests {
    private static func read(_ bytes: [UInt8], limits: DocxLimits = .init()) -> Result<Document, DocxError> {
        Result { () throws(DocxError) in try DocxReader(limits: limits).read(bytes: bytes, name: "hostile.docx") }
    }

    private static func code(_ result: Result<Document, DocxError>) -> DocxError.Code? {
        if case .failure(let error) = result { error.code } else { nil }
    }

    private static func texts(_ result: Result<Document, DocxError>) -> [String]? {
        if case .success(let document) = result { document.bodyParagraphs.map(\.text) } else { nil }
    }

    // MARK: Every case, with its exact outcome

    @Test(arguments: HostileInputs.all)
    func hostileInputHasItsExactOutcome(_ input: HostileInput) throws {
        let bytes = input.bytes
        let fromBytes = Self.read(bytes)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("robustness-\(UUID().uuidString)-\(input.name).docx").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = Result { () throws(DocxError) in try DocxReader().read(contentsOf: path) }
        switch input.outcome {
        case .fails(let expected):
            #expect(Self.code(fromBytes) == expected, "\(fromBytes)")
            #expect(Self.code(fromFile) == expected, "\(fromFile)")
            if let fragment = input.messageFragment, case .failure(let error) = fromBytes {
                #expect(error.message.localizedCaseInsensitiveContains(fragment), "\(error.message)")
            }
        case .reads(let expected):
            #expect(Self.texts(fromBytes) == expected, "\(Self.code(fromBytes).map(\.rawValue) ?? "read")")
            #expect(Self.texts(fromFile) == expected, "\(Self.code(fromFile).map(\.rawValue) ?? "read")")
        }
        // The same bytes give the same answer a second time.
        #expect(Self.code(Self.read(bytes)) == Self.code(fromBytes))
    }

    @Test(arguments: [HostileInputs.Scale.reduced, .full])
    func hostileCaseNamesAreUniqueAtEachScale(_ scale: HostileInputs.Scale) {
        let names = HostileInputs.cases(at: scale).map(\.name)
        #expect(Set(names).count == names.count)
    }

    // MARK: Malformed XML at many offsets

    /// A main part with the usual shapes: properties, attributes, a table, Chinese text, entities, a field.
    private static let richDocument = DocxBuilder(
        body: #"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>"#
            + #"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">营业收入 12.5 亿元 &amp; 利润 &lt;3%&gt;</w:t></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#
            + #"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>企业</w:t></w:r></w:p></w:tc>"#
            + #"<w:tc><w:p><w:r><w:t>金额</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
            + #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>"#)

    /// Fifty offsets spread over `count` bytes, the first and last included.
    private static func offsets(in count: Int, samples: Int = 50) -> [Int] {
        Array(Set((0..<samples).map { $0 * (count - 1) / (samples - 1) })).sorted()
    }

    @Test func mainPartCutShortAtAnyOfFiftyOffsetsIsMalformedXML() {
        let xml = Array(Self.richDocument.documentXML.utf8)
        var unexpected: [(offset: Int, code: DocxError.Code?)] = []
        for offset in Self.offsets(in: xml.count) {
            let code = Self.code(Self.read(DocxBuilder().document(bytes: Array(xml[..<offset])).build()))
            if code != .malformedXML { unexpected.append((offset, code)) }
        }
        #expect(unexpected.isEmpty, "offset and code (nil: read without error): \(unexpected.prefix(10))")
    }

    @Test(arguments: [
        ("stray <", [UInt8(ascii: "<")]), ("NUL", [0]), ("invalid UTF-8", [0xFF]), ("lone continuation byte", [0x80]),
        ("ampersand", [UInt8(ascii: "&")]), ("quote", [UInt8(ascii: "\"")]), ("bytes inserted", Array("</x>&#0;".utf8)),
    ])
    func mainPartCorruptedAtAnyOfFiftyOffsetsReadsOrIsMalformedXML(corruption: String, bytes: [UInt8]) {
        let xml = Array(Self.richDocument.documentXML.utf8)
        var unexpected: [(offset: Int, code: DocxError.Code?)] = []
        for offset in Self.offsets(in: xml.count) {
            var damaged = xml
            if corruption == "bytes inserted" {
                damaged.insert(contentsOf: bytes, at: offset)
            } else {
                damaged.replaceSubrange(offset..<(offset + 1), with: bytes)
            }
            let package = DocxBuilder().document(bytes: damaged).build()
            let first = Self.code(Self.read(package))
            let second = Self.code(Self.read(package))
            if first != second || (first != nil && first != .malformedXML) { unexpected.append((offset, first)) }
        }
        #expect(unexpected.isEmpty, "offset and code: \(unexpected.prefix(10))")
    }

    @Test func malformedMainPartErrorsNameThePartAndLine() throws {
        for input in HostileInputs.all where input.name.hasPrefix("malformed-xml-") {
            guard case .failure(let error) = Self.read(input.bytes) else {
                Issue.record("\(input.name) read without error")
                continue
            }
            #expect(error.location?.part == "word/document.xml", "\(input.name)")
            #expect(error.location?.line != nil, "\(input.name)")
            #expect(error.message.hasPrefix("word/document.xml: "), "\(input.name): \(error.message)")
        }
    }

    @Test(
        "An empty main part is called empty, not libxml2's \"extra content\"",
        arguments: [
            [UInt8](), [0xEF, 0xBB, 0xBF], Array(" \r\n\t".utf8), [0xEF, 0xBB, 0xBF, 0x0A, 0x20],
        ])
    func emptyMainPartIsCalledEmpty(_ content: [UInt8]) {
        let result = Self.read(DocxBuilder().document(bytes: content).build())
        guard case .failure(let error) = result else {
            Issue.record("an empty document.xml read without error")
            return
        }
        #expect(error.code == .malformedXML)
        #expect(error.message == "word/document.xml: the part is empty (no XML)")
    }

    // MARK: Malformed XML in the other parts

    /// A package with every kind of part the reader reads.
    private static let fullPackage = DocxBuilder(
        body: paragraph("正文") + #"<w:p><w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#
    )
    .styles(paragraphStyle(id: "Heading1", name: "heading 1"))
    .numbering(
        abstractNumbering(id: 0, [ListLevel(level: 0, format: "decimal", text: "%1.")])
            + numberingInstance(id: 1, abstract: 0)
    )
    .footnotes(#"<w:footnote w:id="1"><w:p><w:r><w:t>脚注</w:t></w:r></w:p></w:footnote>"#)
    .header(paragraph("页眉"))
    .coreProperties("<dc:title>标题</dc:title>")

    /// A part cut off in the middle of a start tag.
    private static let cutOff = #"<?xml version="1.0" encoding="UTF-8"?><root xmlns="urn:x"><item a="1""#

    /// The required parts fail the read; optional ones are skipped with an `unreadable_part` warning naming them.
    @Test(arguments: [
        ("[Content_Types].xml", true), ("_rels/.rels", true), ("word/_rels/document.xml.rels", true),
        ("word/styles.xml", false), ("word/numbering.xml", false), ("word/footnotes.xml", false),
        ("word/header1.xml", false), ("docProps/core.xml", false),
    ])
    func malformedPartOtherThanTheMainOne(part: String, isRequired: Bool) throws {
        let result = Self.read(Self.fullPackage.replacingPart(part, with: Self.cutOff).build())
        if isRequired {
            guard case .failure(let error) = result else {
                Issue.record("read without error")
                return
            }
            #expect(error.code == .malformedXML)
            #expect(error.location?.part == part)
        } else {
            let document = try result.get()
            #expect(document.bodyParagraphs.map(\.text).first == "正文")
            let warnings = document.warnings.filter { $0.code == .unreadablePart }
            #expect(warnings.map { $0.firstLocation?.part } == [part])
        }
    }

    /// A styles part that breaks after two complete style definitions: the read succeeds with a warning
    /// saying the part "was skipped", so none of its styles may take effect — neither the heading level
    /// (resolved only at `</w:styles>`, so it is indeed lost) nor the numbering a style links to.
    @Test func stylesPartBrokenAfterCompleteStylesHasNoEffect() throws {
        let listStyle = paragraphStyle(
            id: "ListStyle", name: "List Paragraph",
            properties: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#)
        let styles = DocxBuilder.wrappedPart(
            root: "w:styles", paragraphStyle(id: "Heading1", name: "heading 1") + listStyle
        ).replacingOccurrences(of: "</w:styles>", with: "<w:style w:styleId=")
        let document = try DocxBuilder(
            body: styledParagraph("一、总体情况", style: "Heading1") + styledParagraph("项目", style: "ListStyle")
        )
        .styles("")
        .replacingPart("word/styles.xml", with: styles)
        .numbering(
            abstractNumbering(id: 0, [ListLevel(level: 0, format: "decimal", text: "%1.")])
                + numberingInstance(id: 1, abstract: 0)
        )
        .read()
        #expect(document.warnings.map(\.code) == [.unreadablePart])
        #expect(document.warnings.first?.message.hasSuffix("the part was skipped") == true)
        #expect(document.bodyParagraphs.map(\.headingLevel) == [nil, nil])
        #expect(document.bodyParagraphs.map(\.listLabel?.text) == [nil, nil])
    }

    /// Optional parts that fail to parse still cost what was inflated of them: the total limit must count it,
    /// or a package of many broken parts inflates without bound.
    @Test func malformedOptionalPartsCountAgainstTheTotalLimit() {
        var builder = DocxBuilder(body: paragraph("正文"))
        let broken = DocxBuilder.wrappedPart(root: "w:hdr", paragraph(String(repeating: "页眉", count: 3000))) + "<"
        for number in 1...4 {
            builder = builder.part(
                "word/header\(number).xml", xml: broken, contentType: DocxBuilder.ContentType.header,
                mainPartRelationship: "header")
        }
        // Each header is about 18 KiB: the second one already goes past 32 KiB in all.
        let result = Self.read(builder.build(), limits: DocxLimits(maxTotalUncompressedBytes: 32 << 10))
        #expect(Self.code(result) == .limitExceeded)
    }

    // MARK: Damaged entry data

    /// A stored entry whose damage falls on the markup: the CRC fails, so the archive is corrupt — whatever
    /// the damaged bytes look like to the XML parser.
    @Test func damagedMarkupInAStoredEntryIsACorruptArchive() throws {
        let builder = DocxBuilder(body: paragraph("正文内容"))
        let offset = try #require(builder.offsetInDocument(of: "<w:body>"))
        // '<' (0x3C) becomes '=' (0x3D): the part is no longer well-formed, and its CRC no longer matches.
        let result = Self.read(builder.flippingByte(inPart: "word/document.xml", at: offset).build())
        #expect(Self.code(result) == .corruptArchive)
    }

    /// The rich document without its table, for the sweep that a table row outside a table still crashes.
    private static let richDocumentWithoutTable = DocxBuilder(
        body: Self.richDocument.documentXML.components(separatedBy: "<w:body>")[1]
            .components(separatedBy: "<w:tbl>")[0] + #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>"#)

    /// Bits flipped at many offsets of a deflated main part: never a crash, always an error, and the same
    /// error each time.
    @Test func deflatedMainPartWithAFlippedBitAtAnyOfFiftyOffsetsFails() throws {
        try Self.flipBitsInDeflatedMainPart(of: Self.richDocumentWithoutTable)
    }

    /// The same with a table: some flips turn `<w:tbl>` into another well-formed name before its `w:tr`.
    @Test
    func deflatedMainPartWithATableAndAFlippedBitAtAnyOfFiftyOffsetsFails() throws {
        try Self.flipBitsInDeflatedMainPart(of: Self.richDocument)
    }

    private static func flipBitsInDeflatedMainPart(of builder: DocxBuilder) throws {
        var zip = RawZip(builder.compressed(.deflated))
        let index = try #require(zip.index(of: "word/document.xml"))
        let data = zip.entries[index].data
        var outcomes: [DocxError.Code?: [Int]] = [:]
        for offset in Self.offsets(in: data.count) {
            zip.entries[index].data = data
            zip.entries[index].data[offset] ^= 0x10
            let bytes = zip.build()
            let code = Self.code(Self.read(bytes))
            #expect(Self.code(Self.read(bytes)) == code)
            outcomes[code, default: []].append(offset)
        }
        // The last byte of a deflate stream may end in padding bits after the end-of-block code: a flip there
        // changes nothing, so the document reads. Anywhere else the damage must be reported.
        #expect(
            (outcomes[nil] ?? []).allSatisfy { $0 == data.count - 1 },
            "read without error at offsets \(outcomes[nil] ?? [])")
        let codes = Set(outcomes.keys.compactMap { $0 })
        #expect(codes.isSubset(of: [.corruptArchive, .malformedXML]), "\(outcomes)")
        #expect(codes == [.corruptArchive], "\(outcomes)")
    }

    /// A package truncated anywhere: `not_a_zip` while the zip signature itself is incomplete, then `corrupt_archive`.
    @Test func deflatedPackageTruncatedAtEveryOffsetHasAnExactCode() {
        let bytes = Self.richDocument.styles(paragraphStyle(id: "Heading1", name: "heading 1")).compressed(.deflated)
            .build()
        var unexpected: [(offset: Int, code: DocxError.Code?)] = []
        for offset in 1..<bytes.count {
            let expected: DocxError.Code = offset < 4 ? .notAZip : .corruptArchive
            let code = Self.code(Self.read(Array(bytes[..<offset])))
            if code != expected { unexpected.append((offset, code)) }
        }
        #expect(unexpected.isEmpty, "offset and code: \(unexpected.prefix(10))")
    }

    // MARK: Misplaced table and text-box elements

    /// Well-formed parts with WordprocessingML elements where the schema does not allow them.
    ///
    /// Each must read (the misplaced element ignored) rather than trap. `HostileBatchTests` runs the same inputs through the
    /// command line.
    @Test
    func tableRowOutsideATableDoesNotCrash() throws {
        let document = try DocxBuilder(body: "<w:tr/>" + paragraph("正文")).read()
        #expect(document.bodyParagraphs.map(\.text) == ["正文"])
    }

    @Test
    func cellPropertiesOutsideAnyNoteDoNotCrash() throws {
        let document = try DocxBuilder(body: paragraph("正文"))
            .footnotes(#"<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>"#)
            .read()
        #expect(document.bodyParagraphs.map(\.text) == ["正文"])
    }

    @Test
    func textBoxOutsideAnyNoteDoesNotCrash() throws {
        let document = try DocxBuilder(body: paragraph("正文"))
            .footnotes("<w:txbxContent><w:p/></w:txbxContent>")
            .read()
        #expect(document.bodyParagraphs.map(\.text) == ["正文"])
    }

    /// A `w:footnote` misplaced in the body: the body's own paragraphs must not be lost.
    @Test func noteElementInTheBodyKeepsTheBodyText() throws {
        let body = paragraph("前文") + #"<w:footnote w:id="1">"# + paragraph("脚注") + "</w:footnote>" + paragraph("后文")
        let texts = try DocxBuilder(body: body).read().bodyParagraphs.map(\.text)
        #expect(texts.contains("前文") && texts.contains("后文"), "\(texts)")
    }

    // MARK: Bombs

    @Test func zipBombInAnOptionalPartFailsTheRead() {
        let styles = DocxBuilder.wrappedPart(root: "w:styles", "@").split(separator: "@").map { Array($0.utf8) }
        var zip = RawZip(Self.fullPackage)
        guard let index = zip.index(of: "word/styles.xml") else { return }
        zip.entries[index] = RawZip.Entry(
            name: "word/styles.xml",
            data: RunDeflate.stream(prefix: styles[0], byte: UInt8(ascii: " "), count: 64 << 20, suffix: styles[1]),
            method: 8, crc: 0, uncompressedSize: 1000)
        #expect(Self.code(Self.read(zip.build())) == .limitExceeded)
    }

    @Test func zipBombInAnEntryNothingRefersToIsNeverInflated() throws {
        var zip = RawZip(Self.fullPackage)
        zip.entries.append(
            RawZip.Entry(
                name: "word/media/bomb.bin", data: RunDeflate.stream(byte: 0, count: 1 << 30), method: 8, crc: 0,
                uncompressedSize: 1 << 30))
        let document = try Self.read(zip.build()).get()
        #expect(document.bodyParagraphs.first?.text == "正文")
    }

    @Test func zipBombSlowerThanTheRatioLimitStopsAtThePartLimit() {
        // Fixed-Huffman runs inflate about 159:1, under the ratio limit; the header lies about the size.
        let bytes = HostileInputs.textBomb(count: 24 << 20, dense: false, declaredSize: 1000)
        #expect(Self.code(Self.read(bytes, limits: DocxLimits(maxPartBytes: 8 << 20))) == .limitExceeded)
    }

    // MARK: Large but valid

    @Test func twentyMegabyteParagraphReadsWhole() throws {
        let text = String(repeating: "数据abcd", count: 2_000_000)  // 20,000,000 bytes of UTF-8
        let document = try Self.read(DocxBuilder(body: paragraph(text)).build()).get()
        let paragraphs = document.bodyParagraphs
        #expect(paragraphs.count == 1)
        #expect(paragraphs.first?.text.utf8.count == 20_000_000)
        #expect(paragraphs.first?.text == text)
    }

    @Test func aMillionTinyRunsReadAsOneParagraph() throws {
        let body = "<w:p>" + String(repeating: "<w:r><w:t>字</w:t></w:r>", count: 1_000_000) + "</w:p>"
        let document = try Self.read(DocxBuilder(body: body).build()).get()
        let paragraphs = document.bodyParagraphs
        #expect(paragraphs.count == 1)
        #expect(paragraphs.first?.text.unicodeScalars.count == 1_000_000)
        #expect(paragraphs.first?.text.unicodeScalars.allSatisfy { $0 == "字" } == true)
    }

    // MARK: Nesting

    /// Raising the depth limit above libxml2's own default limit of 256 must let deeper documents read.
    @Test func raisedDepthLimitReadsDeeperDocuments() throws {
        let limits = DocxLimits(maxXMLDepth: 1000)
        let result = Self.read(DocxBuilder(body: HostileInputs.nested(600)).build(), limits: limits)
        #expect(Self.texts(result) == [HostileInputs.text], "\(Self.code(result).map(\.rawValue) ?? "read")")
        let deeper = Self.read(DocxBuilder(body: HostileInputs.nested(1000)).build(), limits: limits)
        #expect(Self.code(deeper) == .limitExceeded)
    }
}
