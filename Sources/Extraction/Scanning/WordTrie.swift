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
    ///
    /// A step of a walk reads a node's entry and its edges, two arrays; the values are read once a walk is over.
    private final class Table: Sendable {
        /// Each node's entry: where its edges start in ``edges`` (low 31 bits) and whether a word ends there (high bit).
        ///
        /// Node `n`'s edges run up to where node `n + 1`'s start; node 0 is the root, and one entry more ends the last
        /// node's edges.
        let nodes: [UInt32]
        /// Each edge: its scalar in the high 32 bits (ascending within a node), its target node in the low ones.
        let edges: [UInt64]
        /// The value of the word that ends at each node, if one does: read once a walk is over.
        let values: [Value?]
        /// The scalars that lead out of the root: most positions fail here, before any search.
        let firstScalars: ScalarBitmap
        /// The first two scalars of every word, when no word is a single scalar: many positions that pass
        /// ``firstScalars`` fail here, still before any search.
        let firstPairs: ScalarPairFilter?
        /// The root's edges by a multiplicative hash of their scalar, probed linearly.
        ///
        /// Each slot is an edge as in ``edges``; ``emptySlot`` where there is none. At most half full.
        let rootSlots: [UInt64]
        /// The shift that takes a 32-bit hash to a slot index.
        let rootShift: UInt32

        static var emptySlot: UInt64 { .max }
        /// The bit of a node's entry that says a word ends there.
        static var endsWordBit: UInt32 { 1 << 31 }

        init(
            edgeStarts: UnsafeBufferPointer<Int>, edgeScalars: UnsafeBufferPointer<UInt32>,
            edgeTargets: UnsafeBufferPointer<Int>, values: [Value?], firstScalars: ScalarBitmap,
            firstPairs: ScalarPairFilter?
        ) {
            precondition(edgeScalars.count <= Int(Int32.max), "a trie of 2^31 edges or more")
            nodes = edgeStarts.indices.map { node in
                UInt32(edgeStarts[node]) | (node < values.count && values[node] != nil ? Self.endsWordBit : 0)
            }
            edges = edgeScalars.indices.map { UInt64(edgeScalars[$0]) << 32 | UInt64(UInt32(edgeTargets[$0])) }
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
                slots[slot] = edges[edge]
            }
            rootSlots = slots
            rootShift = 32 - bits
        }

        /// Whether a word ends at `node`.
        @inline(__always)
        func endsWord(at node: Int) -> Bool {
            nodes[node] & Self.endsWordBit != 0
        }

        private static func slot(of scalar: UInt32, shift: UInt32) -> Int {
            Int((scalar &* 0x9E37_79B1) >> shift)
        }

        /// The node reached from `node` by `scalar`, if any (inlined into the walk, which calls it once a scalar).
        @inline(__always)
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
            var low = Int(nodes[node] & ~Self.endsWordBit)
            var high = Int(nodes[node + 1] & ~Self.endsWordBit)
            // Binary search down to a short run, then a linear scan.
            while high - low > 8 {
                let middle = (low + high) / 2
                if UInt32(edges[middle] >> 32) < scalar { low = middle + 1 } else { high = middle + 1 }
            }
            while low < high {
                let edge = edges[low]
                if UInt32(edge >> 32) == scalar { return Int(UInt32(truncatingIfNeeded: edge)) }
                low += 1
            }
            return nil
        }
    }

    /// Creates a trie of `entries`; when a word repeats, its first value is kept.
    init(_ entries: [(String, Value)], direction: Direction = .forward) {
        self.init(WordEntries(entries, direction: direction))
    }

    /// Builds the trie of words already split into scalars.
    init(scalarWords entries: [([Unicode.Scalar], Value)], direction: Direction = .forward) {
        var words = WordEntries(direction: direction, capacity: entries.count)
        for (word, value) in entries { words.append(word, value) }
        self.init(words)
    }

    /// A forward and a backward trie of the same `entries`, their words split into scalars once for both.
    static func bothDirections(_ entries: [(String, Value)]) -> (forward: WordTrie, backward: WordTrie) {
        let words = WordEntries(entries, direction: .forward)
        return (WordTrie(words), WordTrie(words.reversed()))
    }

    /// Builds the trie of `words`: they are sorted (as scalar sequences read in the trie's direction), so the words
    /// below any node form one run and its edges are the distinct scalars at that depth; the nodes are laid out depth
    /// first straight into the flat arrays, with no per-node collection (the mention search builds a trie for every
    /// document, and every extractor builds its lexicons' tries when it is made).
    private init(_ words: WordEntries) {
        direction = words.direction
        let order = words.sortedOrder()
        var layout = Layout(capacity: words.scalars.count)
        defer { layout.deallocate() }
        words.scalars.withUnsafeBufferPointer { scalars in
            words.starts.withUnsafeBufferPointer { starts in
                order.withUnsafeBufferPointer { order in
                    words.values.withUnsafeBufferPointer { values in
                        let sorted = SortedWords(scalars: scalars, starts: starts, order: order, values: values)
                        layout.addNode(for: 0..<order.count, depth: 0, of: sorted)
                    }
                }
            }
        }
        table = layout.table(pairFilterCapacity: words.count)
    }

    /// The words of a trie to be built, their scalars in one flat array, each word in the trie's reading order.
    private struct WordEntries {
        var direction: Direction
        /// The scalar values of every word, one after the other.
        var scalars: [UInt32] = []
        /// Word `w` is `scalars[starts[w]..<starts[w + 1]]`.
        var starts: [Int] = [0]
        /// Each word's value.
        var values: [Value] = []

        init(direction: Direction, capacity: Int) {
            self.direction = direction
            scalars.reserveCapacity(capacity * 4)
            starts.reserveCapacity(capacity + 1)
            values.reserveCapacity(capacity)
        }

        /// The words of `entries`, decoded from their UTF-8 straight into one array (empty words are left out).
        init(_ entries: [(String, Value)], direction: Direction) {
            self.init(direction: direction, capacity: entries.count)
            var byteCount = 0
            for (word, _) in entries { byteCount += word.utf8.count }
            var starts = starts
            var values = values
            scalars = [UInt32](unsafeUninitializedCapacity: byteCount) { buffer, initialized in
                var end = 0
                for (word, value) in entries {
                    let count = word.withUTF8InPlace { String.decodeScalarValues($0, into: buffer, at: end) }
                    guard count > 0 else { continue }
                    if direction == .backward { buffer[end..<end + count].reverse() }
                    end += count
                    starts.append(end)
                    values.append(value)
                }
                initialized = end
            }
            self.starts = starts
            self.values = values
        }

        var count: Int { values.count }

        /// Adds a word (empty words are left out).
        mutating func append(_ word: [Unicode.Scalar], _ value: Value) {
            guard !word.isEmpty else { return }
            if direction == .backward {
                for scalar in word.reversed() { scalars.append(scalar.value) }
            } else {
                for scalar in word { scalars.append(scalar.value) }
            }
            starts.append(scalars.count)
            values.append(value)
        }

        /// The same words and values, read the other way.
        func reversed() -> WordEntries {
            var other = self
            other.direction = direction == .forward ? .backward : .forward
            other.scalars.withUnsafeMutableBufferPointer { scalars in
                for word in 0..<count { scalars[starts[word]..<starts[word + 1]].reverse() }
            }
            return other
        }

        /// The words' indices in lexicographic order of their scalars; repeated words keep their order of entry.
        ///
        /// Each word's first three scalars (each plus one in 21 bits, 0 past the word's end) are packed into one
        /// integer whose order is theirs, so most comparisons are one integer comparison; only words that share those
        /// three read further.
        func sortedOrder() -> [Int] {
            scalars.withUnsafeBufferPointer { scalars in
                starts.withUnsafeBufferPointer { starts in
                    var keyed = (0..<count).map { word in
                        var key: UInt64 = 0
                        for offset in 0..<3 {
                            let index = starts[word] + offset
                            key = key << 21 | (index < starts[word + 1] ? UInt64(scalars[index]) + 1 : 0)
                        }
                        return (key: key, word: word)
                    }
                    keyed.sort { left, right in
                        if left.key != right.key { return left.key < right.key }
                        var a = starts[left.word] + 3
                        var b = starts[right.word] + 3
                        let aEnd = starts[left.word + 1]
                        let bEnd = starts[right.word + 1]
                        while a < aEnd, b < bEnd {
                            if scalars[a] != scalars[b] { return scalars[a] < scalars[b] }
                            a += 1
                            b += 1
                        }
                        if a >= aEnd, b >= bEnd { return left.word < right.word }
                        return a >= aEnd
                    }
                    return keyed.map(\.word)
                }
            }
        }
    }

    /// A view of the words in sorted order, for the layout (valid only while the buffers it reads are).
    private struct SortedWords {
        let scalars: UnsafeBufferPointer<UInt32>
        let starts: UnsafeBufferPointer<Int>
        /// The words' indices, sorted.
        let order: UnsafeBufferPointer<Int>
        let values: UnsafeBufferPointer<Value>

        /// The length of the word at `position` of the sorted order.
        @inline(__always)
        func length(at position: Int) -> Int {
            let word = order[position]
            return starts[word + 1] - starts[word]
        }

        /// The scalar at `depth` of the word at `position` of the sorted order.
        @inline(__always)
        func scalar(at position: Int, depth: Int) -> UInt32 {
            scalars[starts[order[position]] + depth]
        }

        /// The end of the run of sorted words from `start` that share their scalar at `depth`.
        func groupEnd(from start: Int, before end: Int, depth: Int) -> Int {
            let first = scalar(at: start, depth: depth)
            var next = start + 1
            while next < end, scalar(at: next, depth: depth) == first { next += 1 }
            return next
        }
    }

    /// The flat arrays of a trie as its nodes are laid out, depth first, into buffers sized for the most nodes its
    /// words can make (the root and one per scalar), so laying out a node writes without growing an array or
    /// checking that it is uniquely referenced.
    private struct Layout {
        /// Node `n`'s first edge; the entry after the last node ends its edges.
        let edgeStarts: UnsafeMutableBufferPointer<Int>
        let edgeScalars: UnsafeMutableBufferPointer<UInt32>
        /// Each edge's target node (until its node is laid out, the end of its run of words).
        let edgeTargets: UnsafeMutableBufferPointer<Int>
        /// Initialized for the nodes laid out so far.
        let values: UnsafeMutableBufferPointer<Value?>
        var nodeCount = 0
        var edgeCount = 0

        /// Room for a trie of at most `scalarCount` nodes below the root.
        init(capacity scalarCount: Int) {
            edgeStarts = .allocate(capacity: scalarCount + 2)
            edgeScalars = .allocate(capacity: max(scalarCount, 1))
            edgeTargets = .allocate(capacity: max(scalarCount, 1))
            values = .allocate(capacity: scalarCount + 1)
        }

        /// Frees the buffers.
        func deallocate() {
            values.baseAddress!.deinitialize(count: nodeCount)
            edgeStarts.deallocate()
            edgeScalars.deallocate()
            edgeTargets.deallocate()
            values.deallocate()
        }

        /// Lays out the node for the sorted words at `run`, which share their first `depth` scalars; returns its
        /// index.
        @discardableResult
        mutating func addNode(for run: Range<Int>, depth: Int, of words: SortedWords) -> Int {
            let node = nodeCount
            nodeCount += 1
            var rest = run.lowerBound
            // A word that ends here sorts first among the run; the first of them gives the value.
            var value: Value?
            while rest < run.upperBound, words.length(at: rest) == depth {
                if value == nil { value = words.values[words.order[rest]] }
                rest += 1
            }
            values.baseAddress!.advanced(by: node).initialize(to: value)
            let firstEdge = edgeCount
            edgeStarts[node] = firstEdge
            // One edge per distinct scalar at `depth`, laid out before the nodes below them.
            var start = rest
            while start < run.upperBound {
                edgeScalars[edgeCount] = words.scalar(at: start, depth: depth)
                start = words.groupEnd(from: start, before: run.upperBound, depth: depth)
                edgeTargets[edgeCount] = start
                edgeCount += 1
            }
            let edges = firstEdge..<edgeCount
            start = rest
            for edge in edges {
                let end = edgeTargets[edge]
                edgeTargets[edge] = addNode(for: start..<end, depth: depth + 1, of: words)
                start = end
            }
            return node
        }

        /// The trie's table, with its first-scalar set read off the root's edges and its pair filter (for about
        /// `pairFilterCapacity` pairs) off the edges below them, unless a word is a single scalar.
        func table(pairFilterCapacity: Int) -> Table {
            edgeStarts[nodeCount] = edgeCount
            let rootEdges = edgeStarts[0]..<edgeStarts[1]
            let firstScalars = ScalarBitmap(ascending: UnsafeBufferPointer(rebasing: edgeScalars[rootEdges]))
            var firstPairs: ScalarPairFilter? = ScalarPairFilter(capacity: pairFilterCapacity)
            for edge in rootEdges {
                let child = edgeTargets[edge]
                if values[child] != nil {
                    firstPairs = nil
                    break
                }
                let first = Unicode.Scalar(edgeScalars[edge])!
                for next in edgeStarts[child]..<edgeStarts[child + 1] {
                    firstPairs?.insert(first, Unicode.Scalar(edgeScalars[next])!)
                }
            }
            return Table(
                edgeStarts: UnsafeBufferPointer(rebasing: edgeStarts[0...nodeCount]),
                edgeScalars: UnsafeBufferPointer(rebasing: edgeScalars[0..<edgeCount]),
                edgeTargets: UnsafeBufferPointer(rebasing: edgeTargets[0..<edgeCount]),
                values: Array(values[0..<nodeCount]), firstScalars: firstScalars, firstPairs: firstPairs)
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

    /// The scalars that a word starts with, read in the trie's direction (for a backward trie, those a word ends
    /// with).
    var firstScalars: ScalarBitmap { table.firstScalars }

    /// The first position from `position` on where ``longestMatch(in:at:)`` may find a word, found by the first-scalar
    /// test alone; when there is none, `text.count` for a forward trie and `text.count + 1` for a backward one (or
    /// `position` itself when it is already past them).
    func nextCandidate(in text: ScalarText, from position: Int) -> Int {
        if direction == .forward {
            let start = max(position, text.start)
            guard start < text.count else { return max(position, text.count) }
            return table.firstScalars.firstIndex(in: text.scalars, from: start, to: text.count)
        }
        let start = max(position - 1, text.start)
        guard start < text.count else { return max(position, text.count + 1) }
        return table.firstScalars.firstIndex(in: text.scalars, from: start, to: text.count) + 1
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
        var length = 0
        // The deepest node a word ends at, and its depth: its value is read once, at the end (a string value copied
        // at each word on the way is retained and released).
        var bestNode = -1
        var bestLength = 0
        while true {
            let index = forward ? position + length : position - length - 1
            guard let scalar = text[index], let next = table.child(of: node, via: scalar.value) else { break }
            node = next
            length += 1
            if table.endsWord(at: node) {
                bestNode = node
                bestLength = length
            }
        }
        guard bestNode >= 0, let value = table.values[bestNode] else { return nil }
        return (bestLength, value)
    }
}
