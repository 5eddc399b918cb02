import DocumentModel
@testable import Docx
import TestSupport
import Testing
import Zip
import ZipTestSupport

/// A part whose bytes repeat a remembered one is read but not parsed; any other part is parsed as if no memo existed.
@Suite("Part memo")
struct PartMemoTests {
    /// A style sheet of more than two 64 KiB chunks, with one heading style at its end.
    private static let styles =
        (0..<1500).map { paragraphStyle(id: "Style\($0)", name: "Body style \($0)") }.joined()
        + paragraphStyle(id: "Heading1", name: "heading 1")

    private static func package(_ builder: DocxBuilder) throws -> OPCPackage {
        try OPCPackage(archive: ZipArchive(bytes: builder.build()), limits: DocxLimits())
    }

    private static func stylesBytes(of builder: DocxBuilder) throws -> [UInt8] {
        let archive = try ZipArchive(bytes: builder.build())
        let entry = try #require(archive.entries.first { $0.name == "word/styles.xml" })
        return try archive.contents(of: entry)
    }

    private static func styleSheet(_ builder: DocxBuilder, memo: PartMemo<StyleSheet>) throws -> StyleSheet {
        try package(builder).parse("word/styles.xml", with: StylesHandler(), memo: memo) { $0.result }
    }

    private static var marker: StyleSheet {
        var sheet = StyleSheet()
        sheet.defaultParagraphStyle = "Remembered"
        return sheet
    }

    @Test func aRepeatedPartGivesTheRememberedResult() throws {
        let builder = DocxBuilder(body: paragraph("正文")).styles(Self.styles)
        let bytes = try Self.stylesBytes(of: builder)
        #expect(bytes.count > 2 * 65_536)
        let memo = PartMemo<StyleSheet>()
        memo.remember(bytes, key: .init(maxDepth: DocxLimits().maxXMLDepth), result: Self.marker)
        #expect(try Self.styleSheet(builder, memo: memo).defaultParagraphStyle == "Remembered")
    }

    @Test func aPartParsedOnceIsRememberedWithWhatItGave() throws {
        let builder = DocxBuilder(body: paragraph("正文")).styles(Self.styles)
        let memo = PartMemo<StyleSheet>()
        let first = try Self.styleSheet(builder, memo: memo)
        let second = try Self.styleSheet(builder, memo: memo)
        #expect(first.headingLevel(of: "Heading1") == 1)
        #expect(second.headingLevel(of: "Heading1") == 1)
        #expect(second.styles.count == first.styles.count)
    }

    @Test func aPartDifferingInItsLastChunkIsParsedWhole() throws {
        let builder = DocxBuilder(body: paragraph("正文")).styles(Self.styles)
        var bytes = try Self.stylesBytes(of: builder)
        bytes[bytes.count - 3] ^= 1
        let memo = PartMemo<StyleSheet>()
        memo.remember(bytes, key: .init(maxDepth: DocxLimits().maxXMLDepth), result: Self.marker)
        let sheet = try Self.styleSheet(builder, memo: memo)
        #expect(sheet.defaultParagraphStyle == nil)
        #expect(sheet.headingLevel(of: "Heading1") == 1)
        #expect(sheet.styles.count == 1501)
        let key = PartMemo<StyleSheet>.Key(maxDepth: DocxLimits().maxXMLDepth)
        let remembered = memo.candidate(count: UInt64(bytes.count), key: key)
        #expect(remembered?.bytes == (try Self.stylesBytes(of: builder)))
    }

    @Test func aRememberedPartUnderAnotherDepthLimitIsParsed() throws {
        let builder = DocxBuilder(body: paragraph("正文")).styles(Self.styles)
        let memo = PartMemo<StyleSheet>()
        memo.remember(try Self.stylesBytes(of: builder), key: .init(maxDepth: 7), result: Self.marker)
        #expect(try Self.styleSheet(builder, memo: memo).headingLevel(of: "Heading1") == 1)
    }

    @Test func aDamagedPartIsRefusedEvenWhenItsBytesAreRemembered() throws {
        let builder = DocxBuilder(body: paragraph("正文")).styles(Self.styles)
        let bytes = try Self.stylesBytes(of: builder)
        let offset = try #require(bytes.indices.last { bytes[$0] == UInt8(ascii: "1") })
        let damaged = builder.flippingByte(inPart: "word/styles.xml", at: offset)
        var seen = try Self.stylesBytes(of: builder)
        seen[offset] ^= 1
        let cold = #expect(throws: DocxError.self) { try Self.styleSheet(damaged, memo: PartMemo()) }
        let memo = PartMemo<StyleSheet>()
        memo.remember(seen, key: .init(maxDepth: DocxLimits().maxXMLDepth), result: Self.marker)
        let warm = #expect(throws: DocxError.self) { try Self.styleSheet(damaged, memo: memo) }
        #expect(warm?.code == .corruptArchive)
        #expect(warm?.code == cold?.code)
        #expect(warm?.message == cold?.message)
    }

    /// The memo's bytes are altered (same length), so only an answer that never inflated the part can be the marker.
    @Test(arguments: [ZipBuilder.Compression.stored, .deflated])
    func aPartStoredAsTheRememberedOneIsNotInflated(compression: ZipBuilder.Compression) throws {
        let builder = DocxBuilder(body: paragraph("正文")).styles(Self.styles).compressed(compression)
        let archive = try ZipArchive(bytes: builder.build())
        let entry = try #require(archive.entries.first { $0.name == "word/styles.xml" })
        let storedBytes = try #require(archive.storedBytes(of: entry, maxBytes: 1 << 20))
        var altered = try archive.contents(of: entry)
        altered[altered.count - 3] ^= 1
        let memo = PartMemo<StyleSheet>()
        let stored = PartMemo<StyleSheet>.StoredForm(
            bytes: storedBytes, crc: entry.crc, compressionMethod: entry.compressionMethod)
        memo.remember(altered, stored: stored, key: .init(maxDepth: DocxLimits().maxXMLDepth), result: Self.marker)
        #expect(try Self.styleSheet(builder, memo: memo).defaultParagraphStyle == "Remembered")
    }

    @Test func aPartStoredLikeARememberedOneButDeclaringAnotherCRCIsRefused() throws {
        let builder = DocxBuilder(body: paragraph("正文")).styles(Self.styles)
        var seen = try Self.stylesBytes(of: builder)
        let offset = try #require(seen.indices.last { seen[$0] == UInt8(ascii: "1") })
        seen[offset] ^= 1
        let healthy = builder.removing("word/styles.xml").entry("word/styles.xml", bytes: seen)
        let damaged = builder.flippingByte(inPart: "word/styles.xml", at: offset)
        let memo = PartMemo<StyleSheet>()
        _ = try Self.styleSheet(healthy, memo: memo)
        let key = PartMemo<StyleSheet>.Key(maxDepth: DocxLimits().maxXMLDepth)
        #expect(memo.candidate(count: UInt64(seen.count), key: key)?.stored?.bytes == seen)
        let error = #expect(throws: DocxError.self) { try Self.styleSheet(damaged, memo: memo) }
        #expect(error?.code == .corruptArchive)
    }

    @Test func readersAgreeOnDocumentsSharingAStyleSheet() throws {
        let heading = DocxBuilder(body: styledParagraph("一、总体情况", style: "Heading1")).styles(Self.styles)
        let renamed = DocxBuilder(body: styledParagraph("一、总体情况", style: "Heading1"))
            .styles(Self.styles.replacing("heading 1", with: "heading 2"))
        for _ in 0..<2 {
            #expect(try heading.read().bodyParagraphs.first?.headingLevel == 1)
            #expect(try renamed.read().bodyParagraphs.first?.headingLevel == 2)
        }
    }

    @Test func repeatedRelationshipsResolveAgainstTheirOwnPart() throws {
        let rels = Array(
            #"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \#
            Target="styles.xml"/></Relationships>
            """#.utf8)
        let builder = DocxBuilder(body: paragraph("正文"))
            .entry("word/_rels/other.xml.rels", bytes: rels)
            .entry("extra/_rels/other.xml.rels", bytes: rels)
        for _ in 0..<2 {
            let package = try Self.package(builder)
            #expect(try package.relationships(of: "word/other.xml").map(\.target) == ["word/styles.xml"])
            #expect(try package.relationships(of: "extra/other.xml").map(\.target) == ["extra/styles.xml"])
        }
    }

    @Test func repeatedPropertiesPartsSetTheSameProperties() throws {
        let builder = DocxBuilder(body: paragraph("正文"))
            .coreProperties("<dc:title>年度工作总结</dc:title><dc:creator>办公室</dc:creator>")
            .appProperties("<Pages>7</Pages><Company>科技局</Company><Words>x</Words>")
        let first = try builder.read().properties
        let second = try builder.read().properties
        #expect(first == second)
        #expect(second.title == "年度工作总结" && second.creator == "办公室")
        #expect(second.pages == 7 && second.company == "科技局" && second.words == nil)
    }
}
