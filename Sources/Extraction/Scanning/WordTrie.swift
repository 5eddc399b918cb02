/// Finds the longest lexicon word at a position of a text, in time bounded by the longest word.
///
/// A forward trie matches words that start at the position; a backward trie matches words that end
/// just before it (it stores its words reversed).
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
    private var children: [[Unicode.Scalar: Int]] = [[:]]
    private var values: [Value?] = [nil]
    /// The scalars that lead out of the root: most positions fail here, before any hashing.
    private var firstScalars = ScalarBitmap()

    /// Creates a trie of `entries`; when a word repeats, its first value is kept.
    init(_ entries: [(String, Value)], direction: Direction = .forward) {
        self.direction = direction
        for (word, value) in entries { insert(word, value) }
    }

    /// Adds `word` unless it is empty or already present.
    mutating func insert(_ word: String, _ value: Value) {
        var scalars = Array(word.unicodeScalars)
        guard !scalars.isEmpty else { return }
        if direction == .backward { scalars.reverse() }
        firstScalars.insert(scalars[0])
        var node = 0
        for scalar in scalars {
            if let next = children[node][scalar] {
                node = next
            } else {
                children.append([:])
                values.append(nil)
                children[node][scalar] = children.count - 1
                node = children.count - 1
            }
        }
        if values[node] == nil { values[node] = value }
    }

    /// The longest word at `position` (starting there, or ending just before it for a backward trie).
    func longestMatch(in text: ScalarText, at position: Int) -> (length: Int, value: Value)? {
        guard let first = text[direction == .forward ? position : position - 1], firstScalars.contains(first) else {
            return nil
        }
        var node = 0
        var best: (length: Int, value: Value)?
        var length = 0
        while true {
            let index = direction == .forward ? position + length : position - length - 1
            guard let scalar = text[index], let next = children[node][scalar] else { break }
            node = next
            length += 1
            if let value = values[node] { best = (length, value) }
        }
        return best
    }
}
