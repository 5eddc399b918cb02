import Synchronization

/// A set of words matched against scalar arrays, for the name extractors: the scanner's ``WordTrie`` read
/// forwards (words starting at a position) and backwards (words ending at a position).
///
/// The extractors share many lists (legal forms, trade words …), so a set is built once per list and process and
/// then shared: its tries are immutable.
struct WordSet: Sendable {
    private let forward: WordTrie<Bool>
    private let backward: WordTrie<Bool>

    /// The sets built so far, by their words in order.
    private static let built = Mutex<[WordListKey: WordSet]>([:])

    init<S: Sequence>(_ words: S) where S.Element == String {
        let list = WordListKey(Array(words))
        if let known = Self.built.withLock({ $0[list] }) {
            self = known
            return
        }
        (forward, backward) = WordTrie.bothDirections(list.words.map { ($0, true) })
        Self.built.withLock { $0[list] = self }
    }

    /// The length of the longest word starting at `index`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], startingAt index: Int) -> Int? {
        forward.longestMatch(in: ScalarText(scalars: text), at: index)?.length
    }

    /// The length of the longest word starting at `range.lowerBound` that lies within `range`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], startingWithin range: Range<Int>) -> Int? {
        forward.longestMatch(in: ScalarText(scalars: text, within: range), at: range.lowerBound)?.length
    }

    /// The length of the longest word ending at `range.upperBound` that lies within `range`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], endingWithin range: Range<Int>) -> Int? {
        backward.longestMatch(in: ScalarText(scalars: text, within: range), at: range.upperBound)?.length
    }

    /// The length of the longest word ending just before `end`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], endingAt end: Int) -> Int? {
        backward.longestMatch(in: ScalarText(scalars: text), at: end)?.length
    }

    /// Whether a word of the set lies wholly within `range` of `text`.
    func hasWord(in text: [Unicode.Scalar], within range: Range<Int>) -> Bool {
        let part = ScalarText(scalars: text, within: range)
        return range.contains { forward.longestMatch(in: part, at: $0) != nil }
    }

    /// Whether words of the set, read left to right (longest first), cover all of `range`.
    func covers(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var index = range.lowerBound
        while index < range.upperBound {
            guard let length = longestMatch(in: text, startingWithin: index..<range.upperBound) else { return false }
            index += length
        }
        return true
    }

    /// Whether `word` is in the set.
    func contains(_ word: [Unicode.Scalar]) -> Bool {
        !word.isEmpty && longestMatch(in: word, startingAt: 0) == word.count
    }
}

/// A list of words compared and hashed by their UTF-8 bytes (`String`'s own hashing normalizes every string first,
/// which, over a whole list, costs as much as building its set).
private struct WordListKey: Hashable {
    let words: [String]

    init(_ words: [String]) { self.words = words }

    static func == (left: Self, right: Self) -> Bool {
        left.words.count == right.words.count
            && zip(left.words, right.words).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
    }

    /// Hashes the count and a few words: lists differ early, and equality checks the rest.
    func hash(into hasher: inout Hasher) {
        hasher.combine(words.count)
        for word in words.prefix(4) + words.suffix(1) {
            var word = word
            word.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a Latin letter a pinyin reading uses (with or without tone marks: xiāng, chǔ), as a
    /// broken converter writes in brackets after characters.
    var isPinyinLetter: Bool { value < 0x0250 && properties.isAlphabetic }

    /// Whether the scalar is a CJK unified ideograph (basic block or extension A).
    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }

    /// Whether the scalar is Unicode white space (`White_Space`), decided by value: the property lookup costs
    /// hundreds of instructions, and this runs on every character of every list item.
    var isWhiteSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Whether the scalar is an ASCII or full-width decimal digit.
    var isDigit: Bool { (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) }

    /// Whether the scalar can stand inside an enterprise or organization name.
    var isNameScalar: Bool {
        isHan || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            || (0xFF10...0xFF19).contains(value) || (0xFF21...0xFF3A).contains(value)
            || (0xFF41...0xFF5A).contains(value)
            || value == 0xB7 || value == 0x26
    }
}
