import SeededRandom
import Testing
import Zip
import ZipTestSupport

/// The test builder's zip writer and DEFLATE encoder, checked against libzip: what the other test targets
/// build must be what libzip reads.
@Suite("ZipBuilder")
struct ZipBuilderTests {
    private static func seededBytes(count: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        return random.bytes(count: count)
    }

    /// Named bytes; the name alone is shown in test output.
    struct Input: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: [UInt8]
        var testDescription: String { name }

        init(_ name: String, _ bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    static let inputs: [Input] = [
        Input("empty", []),
        Input("one byte", [0x41]),
        Input("short text", Array("hello, hello, hello!".utf8)),
        Input("chinese text", Array(String(repeating: "一、总体情况。营业收入24.3亿元，同比增长12.5%。\n", count: 200).utf8)),
        Input("long run", [UInt8](repeating: 0x61, count: 300_000)),
        Input("all byte values", (0..<4096).map { UInt8(truncatingIfNeeded: $0) }),
        Input("pseudo-random", seededBytes(count: 70_000, seed: 42)),
        Input(
            "xml",
            Array(String(repeating: #"<w:p><w:r><w:t xml:space="preserve">段落 </w:t></w:r></w:p>"#, count: 3000).utf8)),
    ]

    @Test(arguments: inputs)
    func deflatedEntryInflatesToTheOriginalBytes(input: Input) throws {
        let archive = try ZipArchive(
            bytes: ZipBuilder(entries: [.init(name: "entry", bytes: input.bytes, compression: .deflated)]).build())
        let contents = try archive.contents(of: archive.entries[0])
        #expect(contents == input.bytes)
    }

    @Test func longRunsCompressBeyondTwoHundredToOne() {
        let bytes = [UInt8](repeating: 0x61, count: 4 << 20)
        #expect(Deflate.compress(bytes).count * 200 < bytes.count)
    }

    @Test(
        arguments: [
            ("", UInt32(0)),
            ("a", 0xE8B7_BE43),
            ("123456789", 0xCBF4_3926),
            ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
        ] as [(String, UInt32)])
    func crc32MatchesKnownValues(text: String, expected: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == expected)
    }

    @Test(arguments: [1, 2, 3, 258, 259, 65_536, 100_003])
    func crc32OfARunEqualsTheCRC32OfTheRunWrittenOut(count: Int) {
        let prefix = Array("<w:t>".utf8)
        let suffix = Array("</w:t>".utf8)
        let written = prefix + [UInt8](repeating: 0x61, count: count) + suffix
        let run = CRC32.checksum(prefix: prefix, repeating: 0x61, count: count, suffix: suffix)
        #expect(run == CRC32.checksum(written))
    }

    /// zlib's `crc32` over ten gibibytes of zeros, written out once to get the value.
    @Test func crc32OfATenGibibyteRunMatchesZlib() {
        #expect(CRC32.checksum(repeating: 0, count: 10 << 30) == 0xF41D_912F)
    }
}
