import TestSupport
import Testing
import Zip

/// The test builder's zip writer and DEFLATE encoder, checked against libzip: what the other test targets
/// build must be what libzip reads.
@Suite("ZipBuilder")
struct ZipBuilderTests {
    /// A deterministic pseudo-random byte generator (SplitMix64), so failures reproduce.
    private static func pseudoRandomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: mixed ^ (mixed >> 31))
        }
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
        Input("pseudo-random", pseudoRandomBytes(count: 70_000, seed: 42)),
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
}
