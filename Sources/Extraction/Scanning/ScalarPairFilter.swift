/// A Bloom-style filter of scalar pairs: a bitmap indexed by a hash of two consecutive scalars.
///
/// It never misses a pair that was inserted and rarely admits one that was not, so a lexicon search can skip the
/// positions whose first two scalars begin no word with one bit test.
///
/// It is sized to the pairs it is meant for, about 64 bits each (so roughly one pair in 64 that was not inserted
/// passes), between 1 Ki and 64 Ki bits.
struct ScalarPairFilter: Sendable {
    private var words: [UInt64]
    /// The shift that takes a 32-bit mix to a bit index.
    private let shift: UInt32

    /// Creates an empty filter for about `capacity` pairs.
    init(capacity: Int) {
        var bits: UInt32 = 10
        while bits < 16, 1 << bits < 64 * capacity { bits += 1 }
        words = [UInt64](repeating: 0, count: 1 << bits / 64)
        shift = 32 - bits
    }

    /// Adds a pair.
    mutating func insert(_ first: Unicode.Scalar, _ second: Unicode.Scalar) {
        let bit = bit(first, second)
        words[bit &>> 6] |= 1 &<< UInt64(bit & 63)
    }

    /// Whether the pair may have been inserted (false: it certainly was not).
    @inline(__always)
    func mayContain(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let bit = bit(first, second)
        return words[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0
    }

    @inline(__always)
    private func bit(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
        // Multiplicative hashing of each scalar; the top bits of the mix are the bit's index. Masking shifts: the
        // counts are in range, and a smart shift's checks kept the rotation from being inlined.
        let second = second.value &* 0x85EB_CA6B
        let mixed = first.value &* 0x9E37_79B1 ^ (second &<< 16 | second &>> 16)
        return Int(mixed &>> shift)
    }
}
