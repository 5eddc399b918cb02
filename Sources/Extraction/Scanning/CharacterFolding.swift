#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// Folds traditional Chinese characters to their simplified forms, one scalar for one, so that word lists written
/// in simplified characters match traditional text (個 → 个, 萬 → 万, 藥業 → 药业) at the same offsets.
///
/// The table is the resource `traditional-simplified.txt` (see `Resources/README.md`), read once.
struct CharacterFolding: Sendable {
    /// The first scalar value the flat table covers (CJK Extension A).
    private static let tableStart: UInt32 = 0x3400
    /// The end of the flat table (the end of the CJK Unified Ideographs block).
    private static let tableEnd: UInt32 = 0xA000

    /// The simplified scalar value for each value in `tableStart..<tableEnd`, or 0 where there is none.
    private let table: [UInt32]
    /// One bit for each value in `tableStart..<tableEnd`, set where the scalar folds to another: a text is checked
    /// against these 3.4 KiB, which stay in the processor's first cache, rather than the table's 108 KiB.
    private let folds: [UInt64]
    /// Foldings outside the flat table (supplementary planes), each its scalar value in the high 32 bits and its
    /// simplified one in the low, in ascending order: a few hundred, searched by halves (a dictionary keyed by
    /// `UInt32` would cost the runtime a scan of every conformance record when first made).
    private let others: [UInt64]
    /// The lowest scalar value in ``others`` (`UInt32.max` when there is none): punctuation and the other scalars
    /// between the flat table and it (，。（）, full-width digits) fold to themselves without a search.
    private let lowestOther: UInt32

    /// The folding this build ships with.
    static let shipped = CharacterFolding(table: EmbeddedResources.traditional_simplified_txt)

    /// Reads a table of lines, each a traditional character followed by its simplified form (other lines are
    /// skipped).
    init(table text: String) {
        var table = [UInt32](repeating: 0, count: Int(Self.tableEnd - Self.tableStart))
        var others: [UInt64] = []
        // One pass over the scalars: the line's first two and how many it has.
        var pair: (from: UInt32, to: Unicode.Scalar) = (0, " ")
        var lineLength = 0
        func finishLine() {
            guard lineLength == 2 else { return }
            if pair.from >= Self.tableStart && pair.from < Self.tableEnd {
                table[Int(pair.from - Self.tableStart)] = pair.to.value
            } else {
                others.append(UInt64(pair.from) << 32 | UInt64(pair.to.value))
            }
        }
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                finishLine()
                lineLength = 0
                continue
            }
            if lineLength == 0 { pair.from = scalar.value } else if lineLength == 1 { pair.to = scalar }
            lineLength += 1
        }
        finishLine()
        self.table = table
        var folds = [UInt64](repeating: 0, count: (table.count + 63) / 64)
        for (offset, target) in table.enumerated()
        where target != 0 && target != Self.tableStart + UInt32(offset) && Unicode.Scalar(target) != nil {
            folds[offset >> 6] |= 1 << UInt64(offset & 63)
        }
        self.folds = folds
        // Sorted by the scalar alone (the sort is stable), a scalar's last line wins, as in the flat table.
        others.sort { $0 >> 32 < $1 >> 32 }
        var lastOfEach: [UInt64] = []
        for folding in others {
            if let previous = lastOfEach.last, previous >> 32 == folding >> 32 { lastOfEach.removeLast() }
            lastOfEach.append(folding)
        }
        self.others = lastOfEach
        lowestOther = lastOfEach.first.map { UInt32($0 >> 32) } ?? .max
    }

    /// The scalar's simplified form, or the scalar itself.
    @inline(__always)
    func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        guard value >= Self.tableStart else { return scalar }
        if value < Self.tableEnd {
            let target = table[Int(value - Self.tableStart)]
            return target == 0 ? scalar : Unicode.Scalar(target) ?? scalar
        }
        return value >= lowestOther ? folded(outsideTable: scalar) : scalar
    }

    /// The simplified form of a scalar past the flat table, or the scalar itself.
    private func folded(outsideTable scalar: Unicode.Scalar) -> Unicode.Scalar {
        var (low, high) = (0, others.count)
        while low < high {
            let middle = (low + high) / 2
            let from = UInt32(others[middle] >> 32)
            if from == scalar.value { return Unicode.Scalar(UInt32(truncatingIfNeeded: others[middle])) ?? scalar }
            if from < scalar.value { low = middle + 1 } else { high = middle }
        }
        return scalar
    }

    /// Whether `scalar` folds to another scalar.
    @inline(__always)
    private func changes(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= Self.tableStart else { return false }
        if value < Self.tableEnd {
            let offset = Int(value - Self.tableStart)
            return folds[offset >> 6] & (1 << UInt64(offset & 63)) != 0
        }
        return value >= lowestOther && folded(outsideTable: scalar) != scalar
    }

    /// `scalars` folded, or nil when none changes (most text is simplified already).
    func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let first = scalars.firstIndex(where: changes) else { return nil }
        var result = scalars
        for index in first..<result.count { result[index] = folded(result[index]) }
        return result
    }
}
