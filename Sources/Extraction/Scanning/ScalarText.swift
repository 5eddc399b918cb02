/// A block's text as Unicode scalars, the unit every span counts in.
struct ScalarText: Sendable {
    /// The scalars of the text, in order.
    let scalars: [Unicode.Scalar]

    /// Splits `string` into its Unicode scalars.
    init(_ string: String) {
        scalars = Array(string.unicodeScalars)
    }

    /// Wraps scalars already split (no copy).
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The number of scalars.
    var count: Int { scalars.count }

    /// The scalar at `index`, or nil outside the text.
    subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The text of the scalars in `start..<end`.
    func string(from start: Int, to end: Int) -> String {
        // Encoded into a stack buffer sized exactly, then decoded once: no intermediate heap array, and a text of
        // up to 15 bytes (five ideographs) becomes a string with no allocation at all.
        let slice = scalars[start..<end]
        var byteCount = 0
        for scalar in slice { byteCount += Self.utf8Length(scalar) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: byteCount) { buffer in
            var i = 0
            for scalar in slice {
                let value = scalar.value
                switch Self.utf8Length(scalar) {
                case 1:
                    buffer[i] = UInt8(value)
                case 2:
                    buffer[i] = UInt8(0xC0 | value >> 6)
                    buffer[i + 1] = UInt8(0x80 | value & 0x3F)
                case 3:
                    buffer[i] = UInt8(0xE0 | value >> 12)
                    buffer[i + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | value & 0x3F)
                default:
                    buffer[i] = UInt8(0xF0 | value >> 18)
                    buffer[i + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[i + 3] = UInt8(0x80 | value & 0x3F)
                }
                i += Self.utf8Length(scalar)
            }
            return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
        }
    }

    /// The number of UTF-8 bytes of `scalar`.
    private static func utf8Length(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case ..<0x80: 1
        case ..<0x800: 2
        case ..<0x10000: 3
        default: 4
        }
    }

    /// Whether `word` is written at `index`.
    func contains(_ word: String, at index: Int) -> Bool {
        var i = index
        for scalar in word.unicodeScalars {
            guard self[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// Whether `word`, already split into scalars, is written at `index` (cheaper than decoding a `String`).
    func contains(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index <= scalars.count - word.count else { return false }
        for offset in word.indices where scalars[index + offset] != word[offset] { return false }
        return true
    }
}
