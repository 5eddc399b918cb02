@testable import Docx
import SeededRandom
import Testing

/// The reader's strings from UTF-8: its own check of well-formed UTF-8 agrees with the standard library's.
@Suite("UTF-8 text")
struct UTF8TextTests {
    private static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { UTF8Check.form(of: $0) } != .malformed
    }

    private static func standardIsValid(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }

    @Test func everySequenceOfOneOrTwoBytesIsJudgedAsTheStandardLibraryJudgesIt() {
        var disagreements: [[UInt8]] = []
        for first in 0...255 {
            let one = [UInt8(first)]
            if Self.isValid(one) != Self.standardIsValid(one) { disagreements.append(one) }
            for second in 0...255 {
                let two = [UInt8(first), UInt8(second)]
                if Self.isValid(two) != Self.standardIsValid(two) { disagreements.append(two) }
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func everyLeadOfThreeAndFourBytesIsJudgedAsTheStandardLibraryJudgesIt() {
        // Each lead byte with every second byte, and the last bytes continuation bytes or not; each sequence also
        // followed by a byte, so that the check can read four bytes at once, and after or before a Han character with
        // bytes to spare, so that it is read in one load with another three-byte sequence.
        let han = Array("园".utf8)
        let spare: [UInt8] = [0x41, 0x41]
        var disagreements: [[UInt8]] = []
        for lead in 0xE0...0xFF {
            for second in 0...255 {
                for rest: UInt8 in [0x80, 0xBF, 0x41, 0xC0] {
                    let three = [UInt8(lead), UInt8(second), rest]
                    let four = [UInt8(lead), UInt8(second), 0x80, rest]
                    let variants = [
                        three, four, three + [0x41], four + [0x41], han + three + spare, three + han + spare,
                        han + four + spare, four + han + spare,
                    ]
                    for bytes in variants where Self.isValid(bytes) != Self.standardIsValid(bytes) {
                        disagreements.append(bytes)
                    }
                }
            }
        }
        #expect(disagreements.isEmpty)
    }

    @Test func randomTextIsJudgedAsTheStandardLibraryJudgesIt() {
        var random = SplitMix64(seed: 0x5554_4638)
        let pieces: [[UInt8]] = [
            Array("园区企业".utf8), Array("新增3家".utf8), Array("😀".utf8), Array("é".utf8), [0x80], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0xC0, 0xAF], Array("abcdefgh".utf8),
        ]
        var disagreements = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 12) { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
            if Self.isValid(bytes) != Self.standardIsValid(bytes) { disagreements += 1 }
        }
        #expect(disagreements == 0)
    }

    @Test func bytesAreToldASCIIWellFormedOrMalformed() {
        func form(_ bytes: [UInt8]) -> UTF8Check.Form { bytes.withUnsafeBufferPointer { UTF8Check.form(of: $0) } }
        #expect(form([]) == .ascii)
        #expect(form(Array("Park 2025, 14 enterprises".utf8)) == .ascii)
        #expect(form(Array("ASCII then 园区".utf8)) == .wellFormed)
        #expect(form(Array("园区 then ASCII".utf8)) == .wellFormed)
        #expect(form(Array("园区".utf8) + [0xE4]) == .malformed)
        // Non-ASCII seen only in a word that starts with it, after which ASCII runs follow.
        #expect(form(Array("园abcdefgh".utf8)) == .wellFormed)
        #expect(form(Array("é".utf8) + Array("abcdefghijklmnop".utf8)) == .wellFormed)
        // An ASCII run skipped within a word, then a surrogate (ED A0 80) in the same word.
        #expect(form(Array("abc".utf8) + [0xED, 0xA0, 0x80] + Array("abcdefgh".utf8)) == .malformed)
    }

    @Test func stringsAreTheStandardLibrarysForValidAndInvalidBytes() {
        let samples: [[UInt8]] = [
            Array("落实专项资金1601.9万元。".utf8), Array("ASCII only, longer than eight bytes".utf8), [],
            Array("前".utf8) + [0xFF] + Array("后".utf8), [0xE6, 0x96], Array("末尾".utf8) + [0xF0, 0x9F, 0x98],
        ]
        for bytes in samples {
            #expect(String(utf8Text: bytes) == String(decoding: bytes, as: UTF8.self))
            #expect(Array(String(utf8Text: bytes).utf8) == Array(String(decoding: bytes, as: UTF8.self).utf8))
        }
    }
}
