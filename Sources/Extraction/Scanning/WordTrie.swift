/// Finds the longest lexicon word at a position of a text, in time bounded by the longest word.
///
/// A forward trie matches words that start at the position; a backward trie matches words that end
/// just before it (it stores its words reversed).
///
/// The nodes live in flat arrays: each node's edges are a sorted run of scalars, searched without `Hasher`
/// (lookups run at nearly every position of every block, and hashing a scalar costs more than a short search);
/// the root, which may have hundreds of edges, gets a small open-addressing table of its own. The arrays sit in
/// one immutable object, so a trie is two words and the readers that hold many stay small.
struct WordTrie<Value: Sendable>: Sendable {
    /// Which way a trie reads from its position.
    enum Direction: Sendable {
        /// Words start at the position.
        case forward
        /// Words end just before the position.
        case backward
    }

    /// The way this trie reads.
    let direction: Direction
    private let table: Table

    /// The nodes, built once and never changed (so sharing them between copies and threads is safe).
    private final class Table: Sendable {
        /// Node `n`'s edges are `edgeStarts[n]..<edgeStarts[n + 1]`; node 0 is the root.
        let edgeStarts: [Int]
        /// Each edge's scalar, ascending within a node.
        let edgeScalars: [UInt32]
        /// Each edge's target node.
        let edgeTargets: [Int]
        /// The value of the word that ends at each node, if one does.
        let values: [Value?]
        /// The scalars that lead out of the root: most positions fail here, before any search.
        let firstScalars: ScalarBitmap
        /// The first two scalars of every word, when no word is a single scalar: many positions that pass
        /// ``firstScalars`` fail here, still before any search.
        let firstPairs: ScalarPairFilter?
        /// The root's edges by a multiplicative hash of their scalar, probed linearly.
        ///
        /// The scalar is in the high 32 bits and the target node in the low ones; ``emptySlot`` where there is none.
        /// At most half full.
        let rootSlots: [UInt64]
        /// The shift that takes a 32-bit hash to a slot index.
        let rootShift: UInt32

        static var emptySlot: UInt64 { .max }

        init(
            edgeStarts: [Int], edgeScalars: [UInt32], edgeTargets: [Int], values: [Value?], firstScalars: ScalarBitmap,
            firstPairs: ScalarPairFilter?
        ) {
            self.edgeStarts = edgeStarts
            self.edgeScalars = edgeScalars
            self.edgeTargets = edgeTargets
            self.values = values
            self.firstScalars = firstScalars
            self.firstPairs = firstPairs
            let rootEdges = edgeStarts[0]..<edgeStarts[1]
            var bits: UInt32 = 1
            while 1 << bits < 2 * rootEdges.count { bits += 1 }
            var slots = [UInt64](repeating: Self.emptySlot, count: 1 << bits)
            for edge in rootEdges {
                var slot = Self.slot(of: edgeScalars[edge], shift: 32 - bits)
                while slots[slot] != Self.emptySlot { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = UInt64(edgeScalars[edge]) << 32 | UInt64(edgeTargets[edge])
            }
            rootSlots = slots
            rootShift = 32 - bits
        }

        private static func slot(of scalar: UInt32, shift: UInt32) -> Int {
            Int((scalar &* 0x9E37_79B1) >> shift)
        }

        /// The node reached from `node` by `scalar`, if any.
        func child(of node: Int, via scalar: UInt32) -> Int? {
            if node == 0 {
                var slot = Self.slot(of: scalar, shift: rootShift)
                while true {
                    let entry = rootSlots[slot]
                    if entry == Self.emptySlot { return nil }
                    if UInt32(entry >> 32) == scalar { return Int(UInt32(truncatingIfNeeded: entry)) }
                    slot = (slot + 1) & (rootSlots.count - 1)
                }
            }
            var low = edgeStarts[node]
            var high = edgeStarts[node + 1]
            // Binary search down to a short run, then a linear scan.
            while high - low > 8 {
                let middle = (low + high) / 2
                if edgeScalars[middle] < scalar { low = middle + 1 } else { high = middle + 1 }
            }
            while low < high {
                if edgeScalars[low] == scalar { return edgeTargets[low] }
                low += 1
            }
            return nil
        }
    }

    /// Creates a trie of `entries`; when a word repeats, its first value is kept.
    ///
    /// The words are sorted (as scalar arrays, read in the trie's direction), so the words below any node form
    /// one run and its edges are the distinct scalars at that depth: the nodes are laid out depth first straight
    /// into the flat arrays, with no per-node dictionary (the mention search builds a trie for every document).
    init(_ entries: [(String, Value)], direction: Direction = .forward) {
        self.init(values: entries.map { ($0.0.unicodeScalars.map(\.value), $0.1) }, direction: direction)
    }

    /// Builds the trie of words already split into scalars.
    init(scalarWords entries: [([Unicode.Scalar], Value)], direction: Direction = .forward) {
        self.init(values: entries.map { ($0.0.map(\.value), $0.1) }, direction: direction)
    }

    private init(values entries: [([UInt32], Value)], direction: Direction) {
        self.direction = direction
        var words: [(scalars: [UInt32], value: Value)] = []
        words.reserveCapacity(entries.count)
        var firstScalars = ScalarBitmap()
        var firstPairs: ScalarPairFilter? = ScalarPairFilter()
        for (word, value) in entries {
            var scalars = word
            guard !scalars.isEmpty else { continue }
            if direction == .backward { scalars.reverse() }
            firstScalars.insert(Unicode.Scalar(scalars[0])!)
            if scalars.count == 1 {
                firstPairs = nil
            } else {
                firstPairs?.insert(Unicode.Scalar(scalars[0])!, Unicode.Scalar(scalars[1])!)
            }
            words.append((scalars, value))
        }
        // A stable sort keeps repeated words in entry order, so the first of them gives the value.
        let order = words.indices.sorted {
            words[$0].scalars.lexicographicallyPrecedes(words[$1].scalars)
                || (words[$0].scalars == words[$1].scalars && $0 < $1)
        }
        var layout = Layout()
        layout.addNode(for: order[...], depth: 0, words: words)
        table = Table(
            edgeStarts: layout.edgeStarts + [layout.edgeScalars.count], edgeScalars: layout.edgeScalars,
            edgeTargets: layout.edgeTargets, values: layout.values, firstScalars: firstScalars, firstPairs: firstPairs)
    }

    /// The flat arrays of a trie as its nodes are laid out, depth first.
    private struct Layout {
        var edgeStarts: [Int] = []
        var edgeScalars: [UInt32] = []
        var edgeTargets: [Int] = []
        var values: [Value?] = []

        /// Lays out the node for the sorted words `run`, which share their first `depth` scalars; returns its index.
        @discardableResult
        mutating func addNode(for run: ArraySlice<Int>, depth: Int, words: [(scalars: [UInt32], value: Value)]) -> Int {
            let node = values.count
            var rest = run[...]
            // A word that ends here sorts first among the run.
            var value: Value?
            while let first = rest.first, words[first].scalars.count == depth {
                if value == nil { value = words[first].value }
                rest = rest.dropFirst()
            }
            values.append(value)
            edgeStarts.append(edgeScalars.count)
            // One edge per distinct scalar at `depth`, each with the run of words that continue through it.
            var groups: [ArraySlice<Int>] = []
            var groupStart = rest.startIndex
            while groupStart < rest.endIndex {
                let scalar = words[rest[groupStart]].scalars[depth]
                var groupEnd = groupStart + 1
                while groupEnd < rest.endIndex, words[rest[groupEnd]].scalars[depth] == scalar { groupEnd += 1 }
                edgeScalars.append(scalar)
                edgeTargets.append(0)
                groups.append(rest[groupStart..<groupEnd])
                groupStart = groupEnd
            }
            let firstEdge = edgeStarts[node]
            for (offset, group) in groups.enumerated() {
                edgeTargets[firstEdge + offset] = addNode(for: group, depth: depth + 1, words: words)
            }
            return node
        }
    }

    /// The longest word at `position` (starting there, or ending just before it for a backward trie).
    ///
    /// Inlined into the scans: most positions fail the first-scalar test, and they should cost no call.
    @inline(__always)
    func longestMatch(in text: ScalarText, at position: Int) -> (length: Int, value: Value)? {
        let firstIndex = direction == .forward ? position : position - 1
        guard firstIndex >= text.start, firstIndex < text.count, table.firstScalars.contains(text.scalars[firstIndex])
        else { return nil }
        return walk(in: text, at: position)
    }

    /// The search behind ``longestMatch(in:at:)``, once the first scalar may start a word.
    private func walk(in text: ScalarText, at position: Int) -> (length: Int, value: Value)? {
        let table = table
        let forward = direction == .forward
        if let pairs = table.firstPairs {
            guard let first = text[forward ? position : position - 1],
                let second = text[forward ? position + 1 : position - 2],
                pairs.mayContain(first, second)
            else { return nil }
        }
        var node = 0
        var best: (length: Int, value: Value)?
        var length = 0
        while true {
            let index = forward ? position + length : position - length - 1
            guard let scalar = text[index], let next = table.child(of: node, via: scalar.value) else { break }
            node = next
            length += 1
            if let value = table.values[node] { best = (length, value) }
        }
        return best
    }
}
