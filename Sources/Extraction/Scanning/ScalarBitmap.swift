/// A set of Unicode scalars as a bitmap over the Basic Multilingual Plane, with a fallback set above it.
///
/// Lexicon lookups run at every position of every block; most positions start no word, and testing a
/// bit is far cheaper than hashing the scalar into a dictionary.
/// The bitmap spans only the 64-scalar blocks from the lowest to the highest scalar inserted, so the many small sets
/// of a lexicon (one per trie) stay a few hundred bytes each instead of 8 KiB.
struct ScalarBitmap: Sendable {
    /// Bit `v & 63` of `words[v >> 6 - firstBlock]` is scalar `v`'s, for the blocks the set spans.
    private var words: [UInt64] = []
    /// The 64-scalar block of `words[0]`.
    private var firstBlock = 0
    private var astral: Set<UInt32> = []

    /// Creates an empty set.
    init() {}

    /// The set of the scalars whose `values` are given in ascending order: the bitmap is sized once, from the first
    /// and the last.
    ///
    /// The values come as a buffer, not a generic collection: a lazily mapped collection's type costs the runtime a
    /// scan of every conformance record when first made.
    init(ascending values: UnsafeBufferPointer<UInt32>) {
        if let first = values.first, first < 0x10000 {
            let last = values.last { $0 < 0x10000 } ?? first
            firstBlock = Int(first >> 6)
            words = [UInt64](repeating: 0, count: Int(last >> 6) - firstBlock + 1)
        }
        for value in values { insert(Unicode.Scalar(value)!) }
    }

    /// Adds a scalar.
    mutating func insert(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        guard value < 0x10000 else {
            astral.insert(value)
            return
        }
        let block = Int(value >> 6)
        if words.isEmpty {
            firstBlock = block
            words = [0]
        } else if block < firstBlock {
            words.insert(contentsOf: repeatElement(0, count: firstBlock - block), at: 0)
            firstBlock = block
        } else if block - firstBlock >= words.count {
            words.append(contentsOf: repeatElement(0, count: block - firstBlock - words.count + 1))
        }
        words[block - firstBlock] |= 1 << UInt64(value & 63)
    }

    /// Whether the scalar is in the set.
    @inline(__always)
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x10000 {
            let index = Int(value >> 6) &- firstBlock
            return UInt(bitPattern: index) < UInt(words.count) && words[index] & (1 << UInt64(value & 63)) != 0
        }
        return containsAstral(value)
    }

    /// Calls `body` with the value of every scalar in the set: those of the Basic Multilingual Plane in ascending
    /// order, then the others.
    func forEachMember(_ body: (UInt32) -> Void) {
        for (offset, word) in words.enumerated() {
            var bits = word
            while bits != 0 {
                let bit = UInt32(bits.trailingZeroBitCount)
                body(UInt32(firstBlock + offset) << 6 | bit)
                bits &= bits &- 1
            }
        }
        for value in astral.sorted() { body(value) }
    }

    private func containsAstral(_ value: UInt32) -> Bool {
        astral.contains(value)
    }

    /// The first offset from `start` up to `end` of `scalars` whose scalar is in the set, or `end`.
    ///
    /// One loop over the scalars with the bitmap in registers: the mention search passes by the many positions where
    /// no name can start, where a lookup at each position would reload the set every time.
    func firstIndex(in scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, to end: Int) -> Int {
        precondition(start >= 0 && end <= scalars.count, "range out of bounds")
        guard start < end, let base = scalars.baseAddress else { return end }
        // A set with supplementary scalars (rare) asks ``contains(_:)`` at each position.
        guard astral.isEmpty else { return (start..<end).first { contains(base[$0]) } ?? end }
        let firstBlock = firstBlock
        return words.withUnsafeBufferPointer { words in
            let wordCount = UInt(words.count)
            // Without supplementary scalars in the set, one bounds test serves every scalar: a supplementary one's
            // block lies past the last word, which covers at most U+FFFF.
            var scalar = base + start
            let stop = base + end
            while scalar < stop {
                let value = scalar.pointee.value
                let block = UInt(bitPattern: Int(value >> 6) &- firstBlock)
                if block < wordCount, words[Int(block)] & (1 << UInt64(value & 63)) != 0 { return scalar - base }
                scalar += 1
            }
            return end
        }
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
