extension String {
    /// The string of the UTF-8 bytes `utf8`, the same as `String(decoding: utf8, as: UTF8.self)`.
    ///
    /// The bytes are checked by ``UTF8Check/form(of:)`` and copied into the string unchecked, where the standard
    /// library's check costs about four times as much on Chinese text; bytes that are not valid UTF-8 (which libxml2
    /// does not hand on) are repaired by the standard library, as `String(decoding:as:)` repairs them.
    init(utf8Text utf8: UnsafeBufferPointer<UInt8>) {
        let form = UTF8Check.form(of: utf8)
        guard #available(macOS 26, *), form != .malformed else {
            self = String(decoding: utf8, as: UTF8.self)
            return
        }
        // Known to be ASCII, the string takes an ASCII string's fast paths (comparing, hashing, indexing).
        self = String(copying: UTF8Span(unchecked: utf8.span, isKnownASCII: form == .ascii))
    }

    /// The string of the UTF-8 bytes `utf8` (``init(utf8Text:)-(UnsafeBufferPointer<UInt8>)``).
    init(utf8Text utf8: [UInt8]) {
        self = utf8.withUnsafeBufferPointer { String(utf8Text: $0) }
    }
}

/// Checks UTF-8 as the Unicode Standard defines it (its table 3-7 of well-formed byte sequences): no overlong form,
/// no surrogate, nothing above U+10FFFF, no sequence cut short.
enum UTF8Check {
    /// What some bytes are as UTF-8.
    enum Form: Equatable {
        /// ASCII only.
        case ascii
        /// Well-formed, not all ASCII.
        case wellFormed
        /// Not well-formed UTF-8.
        case malformed
    }

    /// What `bytes` are as UTF-8.
    static func form(of bytes: UnsafeBufferPointer<UInt8>) -> Form {
        guard let base = bytes.baseAddress else { return .ascii }
        let count = bytes.count
        var isASCII = true
        var index = 0
        while index < count {
            // The common sequences eight bytes at a time while they last: a run of ASCII bytes (all eight, or those
            // before the first other byte) at once; else two or one three-byte sequences (most of these texts: Han),
            // each E1…EC or EE…EF, then two continuation bytes. E0 and ED, whose second byte has a narrower range, and
            // everything else take the table below, one sequence at a time.
            while count - index >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let highBits = word & 0x8080_8080_8080_8080
                if highBits & 0x80 == 0 {
                    index += highBits == 0 ? 8 : highBits.trailingZeroBitCount >> 3
                } else if word & 0x0000_C0C0_F0C0_C0F0 == 0x0000_8080_E080_80E0, Self.isPlainLead(word),
                    Self.isPlainLead(word &>> 24)
                {
                    isASCII = false
                    index += 6
                } else if word & 0x00C0_C0F0 == 0x0080_80E0, Self.isPlainLead(word) {
                    isASCII = false
                    index += 3
                } else {
                    break
                }
            }
            guard index < count else { break }
            let lead = base[index]
            if lead >= 0x80 { isASCII = false }
            switch lead {
            case 0x00..<0x80:
                index += 1
            case 0xC2..<0xE0:
                guard index + 1 < count, isContinuation(base[index + 1]) else { return .malformed }
                index += 2
            case 0xE0..<0xF0:
                guard index + 2 < count else { return .malformed }
                let second = base[index + 1]
                guard isContinuation(second), isContinuation(base[index + 2]) else { return .malformed }
                // E0 needs A0…BF after it (no overlong form), ED 80…9F (no surrogate).
                if lead == 0xE0 && second < 0xA0 || lead == 0xED && second >= 0xA0 { return .malformed }
                index += 3
            case 0xF0..<0xF5:
                guard index + 3 < count else { return .malformed }
                let second = base[index + 1]
                guard isContinuation(second), isContinuation(base[index + 2]), isContinuation(base[index + 3])
                else { return .malformed }
                // F0 needs 90…BF after it (no overlong form), F4 80…8F (nothing above U+10FFFF).
                if lead == 0xF0 && second < 0x90 || lead == 0xF4 && second >= 0x90 { return .malformed }
                index += 4
            default:
                // A continuation byte with no lead, C0 and C1 (overlong forms of ASCII), F5…FF.
                return .malformed
            }
        }
        return isASCII ? .ascii : .wellFormed
    }

    /// Whether the low byte of `word`, the lead of a three-byte sequence, is neither E0 nor ED.
    @inline(__always)
    private static func isPlainLead(_ word: UInt64) -> Bool {
        let lead = UInt8(truncatingIfNeeded: word)
        return lead != 0xE0 && lead != 0xED
    }

    @inline(__always)
    private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
