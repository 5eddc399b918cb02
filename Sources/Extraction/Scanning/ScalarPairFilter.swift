/// A Bloom-style filter of scalar pairs: a bitmap indexed by a hash of two consecutive scalars.
///
/// It never misses a pair that was inserted and rarely admits one that was not, so a lexicon search can skip the
/// positions whose first two scalars begin no word with one bit test.
struct ScalarPairFilter: Sendable {
    private static let bitCount = 1 << 16
    private var words = [UInt64](repeating: 0, count: bitCount / 64)

    /// Creates an empty filter.
    init() {}

    /// Adds a pair.
    mutating func insert(_ first: Unicode.Scalar, _ second: Unicode.Scalar) {
        let bit = Self.bit(first, second)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Whether the pair may have been inserted (false: it certainly was not).
    @inline(__always)
    func mayContain(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let bit = Self.bit(first, second)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private static func bit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        // Multiplicative hashing of each scalar; the top 16 bits of the mix are the bit's index.
        let mixed = first.value &* 0x9E37_79B1 ^ (second.value &* 0x85EB_CA6B).rotateLeft(16)
        return Int(mixed >> 16)
    }
}

extension UInt32 {
    fileprivate func rotateLeft(_ count: UInt32) -> UInt32 { self << count | self >> (32 - count) }
}
