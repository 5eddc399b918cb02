import DocumentModel
import Docx
import Foundation
import SeededRandom
import TestSupport
import Testing
import ZipTestSupport

/// Files that cannot be read fail with a stable ``DocxError/Code``.
@Suite("Reader errors")
struct DocxErrorTests {
    private static func read(_ bytes: [UInt8], limits: DocxLimits = .init()) throws(DocxError) -> Document {
        try DocxReader(limits: limits).read(bytes: bytes, name: "test.docx")
    }

    private static let ole2Magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// An OLE2 header followed by zero padding, optionally with a directory entry name somewhere inside.
    private static func ole2(containing streamName: String? = nil) -> [UInt8] {
        var bytes = ole2Magic + [UInt8](repeating: 0, count: 1024)
        if let streamName {
            let utf16 = streamName.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            bytes.replaceSubrange(600..<(600 + utf16.count), with: utf16)
        }
        return bytes
    }

    private static let minimal = DocxBuilder(body: paragraph("正文内容Hello"))

    // MARK: Not a Word package

    @Test func emptyFileIsReported() {
        let error = #expect(throws: DocxError.self) { try Self.read([]) }
        #expect(error?.code == .emptyFile)
    }

    @Test func randomBytesAreNotAZip() {
        var random = SplitMix64(seed: 7)
        var bytes = random.bytes(count: 4096)
        bytes[0] = 0x00  // never a zip or OLE2 signature by chance
        let error = #expect(throws: DocxError.self) { try Self.read(bytes) }
        #expect(error?.code == .notAZip)
    }

    @Test func plainTextIsNotAZip() {
        let error = #expect(throws: DocxError.self) { try Self.read(Array("一、总体情况\n".utf8)) }
        #expect(error?.code == .notAZip)
    }

    @Test func ole2FileIsALegacyDocument() {
        let error = #expect(throws: DocxError.self) { try Self.read(Self.ole2()) }
        #expect(error?.code == .legacyDoc)
    }

    @Test func ole2FileHoldingAnEncryptedPackageIsEncrypted() {
        let error = #expect(throws: DocxError.self) { try Self.read(Self.ole2(containing: "EncryptedPackage")) }
        #expect(error?.code == .encrypted)
    }

    @Test func spreadsheetPackageIsNotAWordDocument() {
        let workbook = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>
            """#
        let bytes = DocxBuilder()
            .mainPart(at: "xl/workbook.xml", contentType: DocxBuilder.ContentType.workbook)
            .document(workbook)
            .build()
        let error = #expect(throws: DocxError.self) { try Self.read(bytes) }
        #expect(error?.code == .notWordDocument)
    }

    // MARK: Damaged archives

    @Test func archiveTruncatedAtAnyOffsetThrowsAnArchiveError() {
        let bytes = Self.minimal.styles(paragraphStyle(id: "Heading1", name: "heading 1")).build()
        let allowed: Set<DocxError.Code> = [.notAZip, .corruptArchive, .missingPart, .malformedXML]
        var unexpected: [(offset: Int, code: DocxError.Code?)] = []
        for offset in 1..<bytes.count {
            do {
                _ = try Self.read(Array(bytes[0..<offset]))
                unexpected.append((offset, nil))
            } catch {
                if !allowed.contains(error.code) { unexpected.append((offset, error.code)) }
            }
        }
        #expect(unexpected.isEmpty, "offset and code (nil: read without error): \(unexpected.prefix(10))")
    }

    @Test func archiveWithBytesCutFromTheMiddleThrowsAnArchiveError() {
        let bytes = Self.minimal.styles(paragraphStyle(id: "Heading1", name: "heading 1")).build()
        let endRecord = Array(bytes.suffix(22))
        let allowed: Set<DocxError.Code> = [.notAZip, .corruptArchive, .missingPart, .malformedXML]
        var unexpected: [(offset: Int, code: DocxError.Code?)] = []
        for offset in stride(from: 1, to: bytes.count - 22, by: 7) {
            do {
                _ = try Self.read(Array(bytes[0..<offset]) + endRecord)
                unexpected.append((offset, nil))
            } catch {
                if !allowed.contains(error.code) { unexpected.append((offset, error.code)) }
            }
        }
        #expect(unexpected.isEmpty, "offset and code (nil: read without error): \(unexpected.prefix(10))")
    }

    @Test func damagedStoredEntryFailsItsCRC() throws {
        let offset = try #require(Self.minimal.offsetInDocument(of: "Hello"))
        let bytes = Self.minimal.flippingByte(inPart: "word/document.xml", at: offset).build()
        let error = #expect(throws: DocxError.self) { try Self.read(bytes) }
        #expect(error?.code == .corruptArchive)
    }

    @Test func missingPackageRelationshipsAreAMissingPart() {
        let error = #expect(throws: DocxError.self) { try Self.read(Self.minimal.removing("_rels/.rels").build()) }
        #expect(error?.code == .missingPart)
    }

    @Test func missingMainPartIsAMissingPart() {
        let error = #expect(throws: DocxError.self) {
            try Self.read(Self.minimal.removing("word/document.xml").build())
        }
        #expect(error?.code == .missingPart)
    }

    @Test func missingContentTypesIsAMissingPart() {
        let error = #expect(throws: DocxError.self) {
            try Self.read(Self.minimal.removing("[Content_Types].xml").build())
        }
        #expect(error?.code == .missingPart)
    }

    @Test
    func duplicateEntryNamesAreRefused() {
        let bytes = Self.minimal.entry("word/document.xml", bytes: Array(Self.minimal.documentXML.utf8)).build()
        let error = #expect(throws: DocxError.self) { try Self.read(bytes) }
        #expect(error?.code == .duplicateEntry)
    }

    @Test func entryNamesDifferingOnlyInCaseAreDuplicates() {
        let bytes = Self.minimal.entry("Word/Document.xml", bytes: Array(Self.minimal.documentXML.utf8)).build()
        let error = #expect(throws: DocxError.self) { try Self.read(bytes) }
        #expect(error?.code == .duplicateEntry)
    }

    // MARK: Malformed and hostile XML

    @Test func malformedMainPartIsReportedWithItsPartAndLine() {
        let body = paragraph("第一段") + "\n<w:p><w:r><w:t>未闭合</w:r></w:p>"
        let error = #expect(throws: DocxError.self) { try DocxBuilder(body: body).read() }
        #expect(error?.code == .malformedXML)
        #expect(error?.location?.part == "word/document.xml")
        #expect(error?.location?.line != nil)
    }

    @Test func doctypeInTheMainPartIsRefused() {
        let xml = Self.minimal.documentXML.replacingOccurrences(
            of: "standalone=\"yes\"?>\n", with: "standalone=\"yes\"?>\n<!DOCTYPE w:document>")
        let error = #expect(throws: DocxError.self) { try DocxBuilder().document(xml).read() }
        #expect(error?.code == .malformedXML)
        #expect(error?.location?.part == "word/document.xml")
    }

    private static let xxeBody = #"<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>"#

    private static func withDoctype(_ xml: String, _ doctype: String) -> String {
        xml.replacingOccurrences(of: "standalone=\"yes\"?>\n", with: "standalone=\"yes\"?>\n" + doctype)
    }

    @Test func externalEntityInTheMainPartIsRefused() {
        let xml = Self.withDoctype(
            DocxBuilder(body: Self.xxeBody).documentXML,
            #"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#)
        let error = #expect(throws: DocxError.self) { try DocxBuilder().document(xml).read() }
        #expect(error?.code == .malformedXML)
        #expect(error.map { !$0.message.contains("root:") } ?? true)
    }

    @Test func externalEntityInAnOptionalPartNeverReachesTheText() throws {
        let footnotes = Self.withDoctype(
            DocxBuilder.wrappedPart(root: "w:footnotes", #"<w:footnote w:id="1">\#(Self.xxeBody)</w:footnote>"#),
            #"<!DOCTYPE w:footnotes [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>"#)
        let document = try DocxBuilder(body: paragraph("正文"))
            .part(
                "word/footnotes.xml", xml: footnotes, contentType: DocxBuilder.ContentType.footnotes,
                mainPartRelationship: "footnotes"
            )
            .read()
        #expect(!document.plainText(includingStories: true).contains("root:"))
        #expect(!document.warnings.contains { $0.message.contains("root:") })
        #expect(document.bodyParagraphs.map(\.text) == ["正文"])
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var doctype = #"<!DOCTYPE w:document [<!ENTITY lol "lol">"#
        doctype += #"<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">"#
        for level in 2...9 {
            doctype += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        doctype += "]>"
        let xml = Self.withDoctype(DocxBuilder(body: "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>").documentXML, doctype)
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: DocxError.self) { try DocxBuilder().document(xml).read() }
        #expect(error?.code == .malformedXML)
        #expect(clock.now - start < .seconds(1))
    }

    // MARK: Limits

    @Test(arguments: [20, DocxLimits().maxXMLDepth])
    func nestingDeeperThanTheLimitIsRefused(maxDepth: Int) {
        // w:document and w:body, then maxDepth wrappers: deeper than the limit.
        let body =
            String(repeating: "<w:customXml>", count: maxDepth) + String(repeating: "</w:customXml>", count: maxDepth)
        let error = #expect(throws: DocxError.self) {
            try DocxBuilder(body: body).read(limits: DocxLimits(maxXMLDepth: maxDepth))
        }
        #expect(error?.code == .limitExceeded)
    }

    @Test func partLargerThanTheLimitIsRefused() {
        let builder = DocxBuilder(body: paragraph(String(repeating: "超长段落", count: 2000)))
        let error = #expect(throws: DocxError.self) { try builder.read(limits: DocxLimits(maxPartBytes: 16 << 10)) }
        #expect(error?.code == .limitExceeded)
    }

    @Test func partLargerThanTheLimitIsRefusedEvenWhenItsDeclaredSizeLies() {
        let document = Array(DocxBuilder(body: paragraph(String(repeating: "超长段落", count: 20_000))).documentXML.utf8)
        let bytes = DocxBuilder()
            .removing("word/document.xml")
            .entry(.init(name: "word/document.xml", bytes: document, compression: .deflated, declaredSize: 1000))
            .build()
        let error = #expect(throws: DocxError.self) { try Self.read(bytes, limits: DocxLimits(maxPartBytes: 64 << 10)) }
        #expect(error?.code == .limitExceeded)
    }

    @Test func entryCountAboveTheLimitIsRefused() {
        var builder = Self.minimal
        for number in 1...5 {
            builder = builder.entry("word/media/image\(number).png", bytes: [0x89, 0x50, 0x4E, 0x47])
        }
        let error = #expect(throws: DocxError.self) { try builder.read(limits: DocxLimits(maxEntryCount: 8)) }
        #expect(error?.code == .limitExceeded)
    }

    @Test func entryCountAtTheLimitIsAccepted() throws {
        var builder = Self.minimal
        for number in 1...4 {
            builder = builder.entry("word/media/image\(number).png", bytes: [0x89, 0x50, 0x4E, 0x47])
        }
        let count = try builder.read(limits: DocxLimits(maxEntryCount: 8)).bodyParagraphs.count
        #expect(count == 1)
    }

    @Test func highlyCompressiblePartAboveTheRatioLimitIsRefused() {
        let text = String(repeating: "a", count: 2 << 20)
        let builder = DocxBuilder(body: "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>").compressed(.deflated)
        let error = #expect(throws: DocxError.self) { try builder.read() }
        #expect(error?.code == .limitExceeded)
    }

    @Test func totalUncompressedSizeAboveTheLimitIsRefused() {
        let builder = DocxBuilder(body: paragraph(String(repeating: "正文", count: 3000)))
            .styles(String(repeating: paragraphStyle(id: "S", name: "样式"), count: 200))
        let error = #expect(throws: DocxError.self) {
            try builder.read(limits: DocxLimits(maxTotalUncompressedBytes: 24 << 10))
        }
        #expect(error?.code == .limitExceeded)
    }

    @Test func documentOverItsMemoryBudgetIsRefusedNamingTheBudget() {
        let builder = DocxBuilder(body: String(repeating: paragraph(String(repeating: "正文", count: 500)), count: 40))
        let error = #expect(throws: DocxError.self) {
            try builder.read(limits: DocxLimits(maxDocumentBytes: 64 << 10))
        }
        #expect(error?.code == .limitExceeded)
        #expect(error?.message.contains("memory budget of 65536 bytes") == true)
    }

    @Test func blocksHandedOnStayChargedToTheBudget() throws {
        // Forty paragraphs of 3 KB each: each fits the budget alone, not all together.
        let bytes = DocxBuilder(body: String(repeating: paragraph(String(repeating: "正文", count: 500)), count: 40))
            .build()
        let reader = DocxReader(limits: DocxLimits(maxDocumentBytes: 64 << 10))
        var handedOn = 0
        let error = #expect(throws: DocxError.self) {
            try reader.read(bytes: bytes, name: "test.docx") { _ in handedOn += 1 }
        }
        #expect(error?.code == .limitExceeded)
        #expect(handedOn < 40)
        // A streaming read of the same file releases each block it hands on, and reads it all.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("budget-\(UUID().uuidString).docx")
        try Data(bytes).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        var streamed = 0
        _ = try reader.read(contentsOf: path.path) { _ in streamed += 1 }
        #expect(streamed == 40)
    }

    @Test func manyTinyRunsAreChargedToTheBudget() {
        let runs = String(repeating: "<w:r><w:t>字</w:t></w:r>", count: 3000)
        let error = #expect(throws: DocxError.self) {
            try DocxBuilder(body: "<w:p>\(runs)</w:p>").read(limits: DocxLimits(maxDocumentBytes: 128 << 10))
        }
        #expect(error?.code == .limitExceeded)
    }

    @Test func documentWithinItsBudgetReads() throws {
        let builder = DocxBuilder(body: String(repeating: paragraph(String(repeating: "正文", count: 500)), count: 40))
        let document = try builder.read(limits: DocxLimits(maxDocumentBytes: 1 << 20))
        #expect(document.body.count == 40)
    }

    @Test func fileLargerThanTheLimitIsRefused() {
        let error = #expect(throws: DocxError.self) {
            try Self.minimal.read(limits: DocxLimits(maxFileBytes: 100))
        }
        #expect(error?.code == .limitExceeded)
    }

    // MARK: Files on disk

    @Test func missingFileIsAnIOError() {
        let error = #expect(throws: DocxError.self) {
            try DocxReader().read(contentsOf: "/nonexistent/folder/report.docx")
        }
        #expect(error?.code == .io)
    }

    /// A file's bytes and the code reading it must give (nil: it reads); only the name is shown in test output.
    struct OnDiskCase: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var code: DocxError.Code?
        var testDescription: String { name }
    }

    private static let onDiskCases: [OnDiskCase] = [
        OnDiskCase(name: "valid", bytes: minimal.build(), code: nil),
        OnDiskCase(name: "empty", bytes: [], code: .emptyFile),
        OnDiskCase(name: "not-a-zip", bytes: Array("not a zip".utf8), code: .notAZip),
        OnDiskCase(name: "legacy-doc", bytes: ole2(), code: .legacyDoc),
        OnDiskCase(name: "encrypted", bytes: ole2(containing: "EncryptedPackage"), code: .encrypted),
        OnDiskCase(
            name: "missing-document-part", bytes: minimal.removing("word/document.xml").build(), code: .missingPart),
    ]

    private static func code(of result: Result<Document, DocxError>) -> DocxError.Code? {
        if case .failure(let error) = result { error.code } else { nil }
    }

    @Test(arguments: onDiskCases)
    func readingAFileAgreesWithReadingItsBytes(file: OnDiskCase) throws {
        let (bytes, code) = (file.bytes, file.code)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("docx-tests-\(UUID().uuidString)-\(file.name).docx").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fromFile = Result { () throws(DocxError) in try DocxReader().read(contentsOf: path) }
        let fromBytes = Result { () throws(DocxError) in try Self.read(bytes) }
        #expect(Self.code(of: fromFile) == code)
        #expect(Self.code(of: fromBytes) == code)
        if case .success(let fileDocument) = fromFile, case .success(let bytesDocument) = fromBytes {
            #expect(fileDocument == bytesDocument)
        }
    }
}
