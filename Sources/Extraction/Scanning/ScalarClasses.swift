/// Which of the name finders' scalar sets each scalar of a paragraph belongs to: a byte a scalar, a bit a set, made
/// in one pass over the paragraph.
///
/// Each finder passes by the positions where none of its words can start or end (most of a paragraph): one pass
/// over the scalars makes the bytes for all of them, and a finder reads eight bytes at a time.
struct ScalarClasses {
    /// The sets, each a bit of a scalar's byte.
    struct Member: OptionSet, Sendable {
        let rawValue: UInt8

        /// The first scalars of the legal forms (有限公司, 集团 …).
        static let legalFormStart = Member(rawValue: 1 << 0)
        /// The last scalars of the organization markers (管委会, 科委, 大学 …).
        static let organizationMarkerEnd = Member(rawValue: 1 << 1)
        /// The separators of list items (、；;).
        static let itemSeparator = Member(rawValue: 1 << 2)
        /// The last scalars of the trade words (科技, 电子, 食品 …).
        static let tradeWordEnd = Member(rawValue: 1 << 3)
        /// The last scalars of the words that frame a bare brand before it (与, 由, 依托 …).
        static let frameWordEnd = Member(rawValue: 1 << 4)
    }

    /// The class byte of every scalar, built once from the sets.
    struct Table: Sendable {
        /// The byte of scalar `lowestValue + offset` for the span of the Basic Multilingual Plane the sets cover.
        private let bytes: [UInt8]
        /// The scalar value of `bytes[0]`.
        private let lowestValue: UInt32
        /// The bytes of the supplementary scalars in any set (rare).
        private let astral: [UInt32: UInt8]

        /// The table of `sets`, each the bitmap of one member.
        init(_ sets: [(member: Member, scalars: ScalarBitmap)]) {
            var low = UInt32.max
            var high: UInt32 = 0
            var astral: [UInt32: UInt8] = [:]
            for (member, scalars) in sets {
                scalars.forEachMember { value in
                    if value < 0x10000 {
                        low = min(low, value)
                        high = max(high, value)
                    } else {
                        astral[value, default: 0] |= member.rawValue
                    }
                }
            }
            var bytes = [UInt8](repeating: 0, count: low <= high ? Int(high - low) + 1 : 0)
            for (member, scalars) in sets {
                scalars.forEachMember { value in
                    if value < 0x10000 { bytes[Int(value - low)] |= member.rawValue }
                }
            }
            self.bytes = bytes
            lowestValue = low <= high ? low : 0
            self.astral = astral
        }

        /// The classes of `text`'s scalars, written into `storage`, which they share: an array kept from paragraph
        /// to paragraph, as allocating one for each paragraph costs more than the pass that fills it (drop the
        /// classes before the next call, or the array is copied).
        func classes(of text: [Unicode.Scalar], in storage: inout [UInt8]) -> ScalarClasses {
            storage.removeAll(keepingCapacity: true)
            storage.append(contentsOf: repeatElement(0, count: text.count))
            let lowestValue = lowestValue
            let hasAstral = !astral.isEmpty
            bytes.withUnsafeBufferPointer { bytes in
                text.withUnsafeBufferPointer { text in
                    storage.withUnsafeMutableBufferPointer { classes in
                        let span = UInt32(bytes.count)
                        for index in text.indices {
                            let value = text[index].value
                            let offset = value &- lowestValue
                            if offset < span {
                                classes[index] = bytes[Int(offset)]
                            } else if hasAstral, value >= 0x10000 {
                                classes[index] = astral[value] ?? 0
                            }
                        }
                    }
                }
            }
            return ScalarClasses(bytes: storage)
        }
    }

    /// One byte for each scalar of the paragraph.
    private let bytes: [UInt8]

    /// Whether the scalar at `index` is in `member`'s set.
    @inline(__always)
    func contains(_ member: Member, at index: Int) -> Bool {
        bytes[index] & member.rawValue != 0
    }

    /// The first position from `position` on whose scalar is in `member`'s set, or the paragraph's length.
    func first(_ member: Member, from position: Int) -> Int {
        let count = bytes.count
        guard position < count else { return count }
        return bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return count }
            var index = max(position, 0)
            // Eight bytes a load: a byte holds the member where its bit is set in `word & mask`.
            let mask = UInt64(member.rawValue) &* 0x0101_0101_0101_0101
            while count - index >= 8 {
                let hits = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & mask
                if hits != 0 { return index + UInt64(littleEndian: hits).trailingZeroBitCount / 8 }
                index += 8
            }
            while index < count, base[index] & member.rawValue == 0 { index += 1 }
            return index
        }
    }

    /// The first position from `position` on where a word whose first scalars are `member`'s set may start, or the
    /// paragraph's length (`position` when past it): ``WordTrie/nextCandidate(in:from:)`` of a forward trie, read off
    /// the bytes.
    func nextStart(_ member: Member, from position: Int) -> Int {
        position >= bytes.count ? max(position, bytes.count) : first(member, from: position)
    }

    /// The first position from `position` on where a word whose last scalars are `member`'s set may end just before,
    /// or the paragraph's length plus one (`position` when past it): ``WordTrie/nextCandidate(in:from:)`` of a
    /// backward trie, read off the bytes.
    func nextEnd(_ member: Member, from position: Int) -> Int {
        let start = max(position - 1, 0)
        guard start < bytes.count else { return max(position, bytes.count + 1) }
        return first(member, from: start) + 1
    }
}
