import Testing
import Zip
import ZipTestSupport

@Suite("ZipArchive")
struct ZipArchiveTests {
    private static func archive(_ entries: [ZipBuilder.Entry]) throws -> ZipArchive {
        try ZipArchive(bytes: ZipBuilder(entries: entries).build(), label: "test.zip")
    }

    @Test func entriesAreListedWithTheirNamesInStoredOrder() throws {
        let archive = try Self.archive([
            .init(name: "[Content_Types].xml", bytes: Array("<Types/>".utf8)),
            .init(name: "word/document.xml", bytes: Array("<w:document/>".utf8)),
            .init(name: "word/media/", bytes: []),
        ])
        #expect(archive.entries.map(\.name) == ["[Content_Types].xml", "word/document.xml", "word/media/"])
        #expect(archive.entries.map(\.index) == [0, 1, 2])
        #expect(archive.entries.map(\.isDirectory) == [false, false, true])
    }

    @Test func entryReportsItsDeclaredSizes() throws {
        let archive = try Self.archive([.init(name: "a.txt", bytes: Array("hello".utf8))])
        let entry = try #require(archive.entries.first)
        #expect(entry.declaredSize == 5)
        #expect(entry.compressedSize == 5)
        #expect(entry.isEncrypted == false)
    }

    /// 报告 (0xB1A8 0xB8E6) and 年度 (0xC4EA 0xB6C8) in GB18030, as Windows' zip tool writes them in a Chinese locale.
    @Test(
        arguments: [
            ([0xB1, 0xA8, 0xB8, 0xE6] + Array(".xml".utf8), "报告.xml"),
            ([0xC4, 0xEA, 0xB6, 0xC8, 0xB1, 0xA8, 0xB8, 0xE6], "年度报告"),
            (Array("word/".utf8) + [0xB1, 0xA8, 0xB8, 0xE6], "word/报告"),
        ] as [([UInt8], String)])
    func legacyChineseNameWithoutUTF8FlagDecodesAsGB18030(rawName: [UInt8], expected: String) throws {
        let archive = try Self.archive([.init(nameBytes: rawName, isUTF8Flagged: false, bytes: [0x41])])
        let entry = try #require(archive.entries.first)
        #expect(entry.name == expected)
        #expect(entry.rawName == rawName)
    }

    @Test func utf8NameDecodesAsUTF8() throws {
        let archive = try Self.archive([.init(name: "报告/附件一.xml", bytes: [0x41])])
        #expect(archive.entries.first?.name == "报告/附件一.xml")
    }

    @Test(arguments: [ZipBuilder.Compression.stored, .deflated])
    func readingAnEntryGivesItsBytes(compression: ZipBuilder.Compression) throws {
        let bytes = Array("<w:t>营业收入24.3亿元</w:t>".utf8)
        let archive = try Self.archive([
            .init(name: "first.xml", bytes: Array("first".utf8), compression: compression),
            .init(name: "second.xml", bytes: bytes, compression: compression),
        ])
        let contents = try archive.contents(of: archive.entries[1])
        #expect(contents == bytes)
    }

    @Test func readStreamsTheEntryInChunksThatConcatenateToItsBytes() throws {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let archive = try Self.archive([.init(name: "data.bin", bytes: bytes)])
        var chunks: [[UInt8]] = []
        try archive.read(archive.entries[0], chunkSize: 4096) { chunk in
            var copy: [UInt8] = []
            for index in chunk.indices { copy.append(chunk[index]) }
            chunks.append(copy)
        }
        #expect(chunks.map(\.count) == [4096, 4096, 1808])
        #expect(Array(chunks.joined()) == bytes)
    }

    @Test(arguments: [ZipBuilder.Compression.stored, .deflated])
    func entryInflatingBeyondTheByteLimitThrowsEntryTooLarge(compression: ZipBuilder.Compression) throws {
        let archive = try Self.archive([
            .init(name: "big.xml", bytes: [UInt8](repeating: 0x61, count: 1000), compression: compression)
        ])
        let limit = ZipReadLimit(maxBytes: 999, maxCompressionRatio: .max)
        let error = #expect(throws: ZipError.self) { try archive.contents(of: archive.entries[0], limit: limit) }
        #expect(error?.code == .entryTooLarge)
        #expect(error?.entryName == "big.xml")
    }

    @Test func entryExactlyAtTheByteLimitIsRead() throws {
        let archive = try Self.archive([.init(name: "a.xml", bytes: [UInt8](repeating: 0x61, count: 1000))])
        let limit = ZipReadLimit(maxBytes: 1000, maxCompressionRatio: .max)
        let count = try archive.contents(of: archive.entries[0], limit: limit).count
        #expect(count == 1000)
    }

    @Test func byteLimitIsEnforcedOnInflatedBytesEvenWhenTheDeclaredSizeLies() throws {
        let archive = try Self.archive([
            .init(
                name: "liar.xml", bytes: [UInt8](repeating: 0x61, count: 100_000), compression: .deflated,
                declaredSize: 10)
        ])
        #expect(archive.entries[0].declaredSize == 10)
        let limit = ZipReadLimit(maxBytes: 50_000, maxCompressionRatio: .max)
        let error = #expect(throws: ZipError.self) { try archive.contents(of: archive.entries[0], limit: limit) }
        #expect(error?.code == .entryTooLarge)
    }

    @Test func highlyCompressibleEntryBeyondTheRatioThrowsCompressionRatioTooHigh() throws {
        let archive = try Self.archive([
            .init(name: "bomb.xml", bytes: [UInt8](repeating: 0x61, count: 1 << 20), compression: .deflated)
        ])
        let limit = ZipReadLimit(maxBytes: .max, maxCompressionRatio: 100, ratioFloor: 64 << 10)
        let error = #expect(throws: ZipError.self) { try archive.contents(of: archive.entries[0], limit: limit) }
        #expect(error?.code == .compressionRatioTooHigh)
    }

    @Test func ratioIsNotCheckedBelowTheFloor() throws {
        let archive = try Self.archive([
            .init(name: "small.xml", bytes: [UInt8](repeating: 0x61, count: 32 << 10), compression: .deflated)
        ])
        let limit = ZipReadLimit(maxBytes: .max, maxCompressionRatio: 2, ratioFloor: 64 << 10)
        let count = try archive.contents(of: archive.entries[0], limit: limit).count
        #expect(count == 32 << 10)
    }

    @Test func damagedStoredDataThrowsBadCRC() throws {
        let archive = try Self.archive([
            .init(name: "document.xml", bytes: Array("<w:t>Hello</w:t>".utf8), flippedBytes: [5])
        ])
        let error = #expect(throws: ZipError.self) { try archive.contents(of: archive.entries[0]) }
        #expect(error?.code == .badCRC)
        #expect(error?.entryName == "document.xml")
    }

    @Test func bytesThatAreNotAZipThrowNotAZip() {
        let error = #expect(throws: ZipError.self) {
            try ZipArchive(bytes: Array("this is plain text, not an archive".utf8))
        }
        #expect(error?.code == .notAZip)
    }

    @Test func missingFileThrowsIO() {
        let error = #expect(throws: ZipError.self) { try ZipArchive(path: "/nonexistent/folder/missing.docx") }
        #expect(error?.code == .io)
    }

    @Test func emptyArchiveHasNoEntries() throws {
        let entries = try Self.archive([]).entries
        #expect(entries.isEmpty)
    }
}
