/// A set of Unicode scalars as a bitmap over the Basic Multilingual Plane, with a fallback set above it.
///
/// Lexicon lookups run at every position of every block; most positions start no word, and testing a
/// bit is far cheaper than hashing the scalar into a dictionary.
struct ScalarBitmap: Sendable {
    private var words = [UInt64](repeating: 0, count: 1024)
    private var astral: Set<UInt32> = []

    /// Creates an empty set.
    init() {}

    /// Adds a scalar.
    mutating func insert(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x10000 {
            words[Int(value >> 6)] |= 1 << UInt64(value & 63)
        } else {
            astral.insert(value)
        }
    }

    /// Whether the scalar is in the set.
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x10000 { return words[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 }
        return containsAstral(value)
    }

    private func containsAstral(_ value: UInt32) -> Bool {
        astral.contains(value)
    }
}

extension ScalarBitmap {
    /// Quotation marks, straight and curly, around a quoted name or slogan.
    static let quotationMarks: ScalarBitmap = ["“", "”", "\"", "「", "」", "‘", "’"]

    /// The set of the one-character words of a rules list (longer words are not single scalars and are left out).
    init(words: [String]) {
        self.init()
        for word in words where word.unicodeScalars.count == 1 { insert(word.unicodeScalars.first!) }
    }
}

extension ScalarBitmap: ExpressibleByArrayLiteral {
    /// Creates the set of the listed scalars.
    init(arrayLiteral scalars: Unicode.Scalar...) {
        self.init()
        for scalar in scalars { insert(scalar) }
    }
}
