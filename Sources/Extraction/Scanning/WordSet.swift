import Synchronization

/// A set of words matched where they start, for the name extractors: the scanner's ``WordTrie`` read forwards.
///
/// The extractors share many lists (legal forms, trade words …), so a list's trie is built once per process and
/// direction and then shared (tries are immutable); a finder asks only for the directions it reads.
struct ForwardWordSet: Sendable {
    private let trie: WordTrie<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        trie = BuiltTries.trie(of: WordListKey(Array(words)), direction: .forward)
    }

    fileprivate init(trie: WordTrie<Bool>) { self.trie = trie }

    /// The length of the longest word starting at `index`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], startingAt index: Int) -> Int? {
        ScalarText.reading(text) { trie.longestMatch(in: $0, at: index)?.length }
    }

    /// The length of the longest word starting at `range.lowerBound` that lies within `range`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], startingWithin range: Range<Int>) -> Int? {
        ScalarText.reading(text, within: range) { trie.longestMatch(in: $0, at: range.lowerBound)?.length }
    }

    /// The scalars a word of the set starts with.
    var firstScalars: ScalarBitmap { trie.firstScalars }

    /// Whether a word of the set lies wholly within `range` of `text`.
    func hasWord(in text: [Unicode.Scalar], within range: Range<Int>) -> Bool {
        ScalarText.reading(text, within: range) { part in range.contains { trie.longestMatch(in: part, at: $0) != nil }
        }
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

/// A set of words matched where they end, for the name extractors: the scanner's ``WordTrie`` read backwards.
///
/// Built and shared like ``ForwardWordSet``.
struct BackwardWordSet: Sendable {
    private let trie: WordTrie<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        trie = BuiltTries.trie(of: WordListKey(Array(words)), direction: .backward)
    }

    fileprivate init(trie: WordTrie<Bool>) { self.trie = trie }

    /// The length of the longest word ending just before `end`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], endingAt end: Int) -> Int? {
        ScalarText.reading(text) { trie.longestMatch(in: $0, at: end)?.length }
    }

    /// The length of the longest word ending at `range.upperBound` that lies within `range`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], endingWithin range: Range<Int>) -> Int? {
        ScalarText.reading(text, within: range) { trie.longestMatch(in: $0, at: range.upperBound)?.length }
    }

    /// The scalars a word of the set ends with.
    var lastScalars: ScalarBitmap { trie.firstScalars }
}

/// A set of words matched both where they start and where they end: a ``ForwardWordSet`` and a ``BackwardWordSet``
/// of the same words, for a finder that reads its list both ways.
struct WordSet: Sendable {
    /// The words, matched where they start.
    let forward: ForwardWordSet
    /// The words, matched where they end.
    let backward: BackwardWordSet

    init<S: Sequence>(_ words: S) where S.Element == String {
        let tries = BuiltTries.bothDirections(of: WordListKey(Array(words)))
        forward = ForwardWordSet(trie: tries.forward)
        backward = BackwardWordSet(trie: tries.backward)
    }

    /// The length of the longest word starting at `index`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], startingAt index: Int) -> Int? {
        forward.longestMatch(in: text, startingAt: index)
    }

    /// The length of the longest word starting at `range.lowerBound` that lies within `range`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], startingWithin range: Range<Int>) -> Int? {
        forward.longestMatch(in: text, startingWithin: range)
    }

    /// The length of the longest word ending at `range.upperBound` that lies within `range`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], endingWithin range: Range<Int>) -> Int? {
        backward.longestMatch(in: text, endingWithin: range)
    }

    /// The length of the longest word ending just before `end`, if any.
    @inline(__always)
    func longestMatch(in text: [Unicode.Scalar], endingAt end: Int) -> Int? {
        backward.longestMatch(in: text, endingAt: end)
    }
}

/// The tries built so far, by word list and direction.
private enum BuiltTries {
    /// The tries of one direction, by their lists' samples; lists with the same sample share a bucket.
    private typealias Shelf = [NameKey: [(words: WordListKey, trie: WordTrie<Bool>)]]

    private struct Tries {
        var forward: Shelf = [:]
        var backward: Shelf = [:]

        /// The shelf of the tries that read in `direction`.
        subscript(direction: WordTrie<Bool>.Direction) -> Shelf {
            get { direction == .forward ? forward : backward }
            set {
                if direction == .forward { forward = newValue } else { backward = newValue }
            }
        }
    }

    private static let built = Mutex(Tries())

    /// The trie of `list` that reads in `direction`, built on first use.
    static func trie(of list: WordListKey, direction: WordTrie<Bool>.Direction) -> WordTrie<Bool> {
        if let known = built.withLock({ Self.shelved(list, on: $0[direction]) }) { return known }
        let trie = WordTrie(list.words.map { ($0, true) }, direction: direction)
        built.withLock { Self.shelve(trie, of: list, on: &$0[direction]) }
        return trie
    }

    /// Both tries of `list`, its words split into scalars once when neither is built yet.
    static func bothDirections(of list: WordListKey) -> (forward: WordTrie<Bool>, backward: WordTrie<Bool>) {
        let known = built.withLock { (Self.shelved(list, on: $0.forward), Self.shelved(list, on: $0.backward)) }
        if let forward = known.0, let backward = known.1 { return (forward, backward) }
        if known.0 != nil || known.1 != nil {
            return (trie(of: list, direction: .forward), trie(of: list, direction: .backward))
        }
        let tries = WordTrie.bothDirections(list.words.map { ($0, true) })
        built.withLock {
            Self.shelve(tries.forward, of: list, on: &$0.forward)
            Self.shelve(tries.backward, of: list, on: &$0.backward)
        }
        return tries
    }

    /// The trie of `list` on `shelf`, if it was built.
    private static func shelved(_ list: WordListKey, on shelf: Shelf) -> WordTrie<Bool>? {
        shelf[list.sample]?.first { $0.words == list }?.trie
    }

    /// Puts the trie of `list` on `shelf`, unless another thread put one there first.
    private static func shelve(_ trie: WordTrie<Bool>, of list: WordListKey, on shelf: inout Shelf) {
        if shelved(list, on: shelf) == nil { shelf[list.sample, default: []].append((list, trie)) }
    }
}

/// A list of words compared by their UTF-8 bytes (`String`'s own comparison and hashing normalize every string
/// first, which, over a whole list, costs as much as building its set).
private struct WordListKey: Equatable {
    let words: [String]
    /// The list's count and a few of its words, as a dictionary key.
    ///
    /// The count, the first four words and the last (``NameKey/init(joining:)``): lists differ early, and equality
    /// checks the rest. A ``NameKey``, which the extractors hash anyway: each new key type costs the runtime a scan
    /// of every conformance record when its first dictionary is made.
    let sample: NameKey

    init(_ words: [String]) {
        self.words = words
        sample = NameKey(joining: [String(words.count)] + words.prefix(4) + words.suffix(1))
    }

    static func == (left: Self, right: Self) -> Bool { left.words.isSameText(as: right.words) }
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
        // Han characters, most of this text, are past every white space scalar: one comparison tells them.
        guard value <= 0x3000 else { return false }
        return switch value {
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
