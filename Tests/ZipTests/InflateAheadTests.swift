import Testing
import Zip
import ZipTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// Entries of `ZipArchive.inflateAheadBytes` or more, which are inflated on a thread of their own.
@Suite("ZipArchive inflating ahead", .timeLimit(.minutes(1)))
struct InflateAheadTests {
    private struct Stop: Error {}

    /// Bytes that deflate but not to nothing: lines of XML-like text with changing numbers.
    private static func text(byteCount: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(byteCount + 64)
        var line = 0
        while bytes.count < byteCount {
            let figures = "新增企业\(line &* 7919 % 1000)家，资金\(line % 97).\(line % 10)万元"
            bytes += Array("<w:p><w:r><w:t>\(figures)</w:t></w:r></w:p>\n".utf8)
            line += 1
        }
        return Array(bytes[0..<byteCount])
    }

    private static let large = text(byteCount: Int(ZipArchive.inflateAheadBytes) + 200_000)

    private static func archive(_ entries: [ZipBuilder.Entry]) throws -> ZipArchive {
        try ZipArchive(bytes: ZipBuilder(entries: entries).build(), label: "large.zip")
    }

    private static func chunks(of entry: ZipEntry, in archive: ZipArchive) throws -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        try archive.read(entry) { chunk in chunk.withUnsafeBufferPointer { chunks.append(Array($0)) } }
        return chunks
    }

    @Test(arguments: [ZipBuilder.Compression.stored, .deflated])
    func largeEntryIsReadWholeAndInOrder(compression: ZipBuilder.Compression) throws {
        let archive = try Self.archive([.init(name: "word/document.xml", bytes: Self.large, compression: compression)])
        let chunks = try Self.chunks(of: archive.entries[0], in: archive)
        #expect(chunks.dropLast().allSatisfy { $0.count == 64 * 1024 })
        #expect(Array(chunks.joined()) == Self.large)
    }

    @Test func largeEntryIsInflatedOnAThreadOfItsOwn() throws {
        let archive = try Self.archive([.init(name: "word/document.xml", bytes: Self.large, compression: .deflated)])
        _ = try Self.chunks(of: archive.entries[0], in: archive)
        #expect(archive.entriesInflatedAhead == (ZipArchive.inflatesAhead ? 1 : 0))
    }

    @Test func entryBelowTheSizeIsInflatedOnTheCallingThread() throws {
        let bytes = Array(Self.large[0..<(Int(ZipArchive.inflateAheadBytes) - 1)])
        let archive = try Self.archive([.init(name: "word/document.xml", bytes: bytes, compression: .deflated)])
        #expect(Array(try Self.chunks(of: archive.entries[0], in: archive).joined()) == bytes)
        #expect(archive.entriesInflatedAhead == 0)
    }

    @Test func entryDeclaredLargeButHoldingLittleIsReadWhole() throws {
        let archive = try Self.archive([
            .init(
                name: "word/document.xml", bytes: Array("<w:t/>".utf8), compression: .deflated,
                declaredSize: UInt32(ZipArchive.inflateAheadBytes) * 2)
        ])
        let chunks = try Self.chunks(of: archive.entries[0], in: archive)
        #expect(Array(chunks.joined()) == Array("<w:t/>".utf8))
    }

    @Test(arguments: [0, 1, 7, 17])
    func errorFromTheReaderAtAnyChunkPropagates(stoppingAt stop: Int) throws {
        let archive = try Self.archive([.init(name: "word/document.xml", bytes: Self.large, compression: .deflated)])
        var seen = 0
        #expect(throws: Stop.self) {
            try archive.read(archive.entries[0]) { _ in
                defer { seen += 1 }
                if seen == stop { throw Stop() }
            }
        }
        #expect(seen == stop + 1)
    }

    @Test func highlyCompressibleLargeEntryThrowsCompressionRatioTooHigh() throws {
        let archive = try Self.archive([
            .init(name: "word/document.xml", bytes: [UInt8](repeating: 0x20, count: 3 << 20), compression: .deflated)
        ])
        let limit = ZipReadLimit(maxBytes: .max, maxCompressionRatio: 100, ratioFloor: 64 << 10)
        let error = #expect(throws: ZipError.self) { try archive.read(archive.entries[0], limit: limit) { _ in } }
        #expect(error?.code == .compressionRatioTooHigh)
    }

    @Test func errorFromTheReaderStopsTheReadAndLeavesTheArchiveUsable() throws {
        let archive = try Self.archive([
            .init(name: "word/document.xml", bytes: Self.large, compression: .deflated),
            .init(name: "word/styles.xml", bytes: Array("<w:styles/>".utf8)),
        ])
        var seen = 0
        #expect(throws: Stop.self) {
            try archive.read(archive.entries[0]) { _ in
                seen += 1
                if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
        #expect(try archive.contents(of: archive.entries[1]) == Array("<w:styles/>".utf8))
        #expect(Array(try Self.chunks(of: archive.entries[0], in: archive).joined()) == Self.large)
    }

    @Test(arguments: [ZipBuilder.Compression.stored, .deflated])
    func damagedLargeEntryThrowsBadCRC(compression: ZipBuilder.Compression) throws {
        let archive = try Self.archive([
            .init(
                name: "word/document.xml", bytes: Self.large, compression: compression,
                // Within the stored bytes: the deflated entry's are a few kilobytes.
                flippedBytes: [compression == .stored ? Self.large.count / 3 : 2_000])
        ])
        let error = #expect(throws: ZipError.self) { try archive.read(archive.entries[0]) { _ in } }
        #expect(error?.code == .badCRC)
    }

    @Test func largeEntryBeyondTheByteLimitThrowsEntryTooLarge() throws {
        let archive = try Self.archive([.init(name: "word/document.xml", bytes: Self.large, compression: .deflated)])
        let limit = ZipReadLimit(maxBytes: UInt64(Self.large.count / 2), maxCompressionRatio: .max)
        var read = 0
        let error = #expect(throws: ZipError.self) {
            try archive.read(archive.entries[0], limit: limit) { chunk in read += chunk.count }
        }
        #expect(error?.code == .entryTooLarge)
        #expect(read <= Self.large.count / 2)
    }

    #if canImport(Glibc)
        @Test func chunksReachTheCallersThread() throws {
            let archive = try Self.archive([
                .init(name: "word/document.xml", bytes: Self.large, compression: .deflated)
            ])
            let caller = pthread_self()
            var elsewhere = 0
            try archive.read(archive.entries[0]) { _ in
                if pthread_equal(pthread_self(), caller) == 0 { elsewhere += 1 }
            }
            #expect(elsewhere == 0)
        }
    #endif
}
