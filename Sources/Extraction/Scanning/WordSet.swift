/// A set of words matched against scalar arrays, indexed by first and last scalar for prefix and suffix lookups.
struct WordSet: Sendable {
    private var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    private var byLast: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    private(set) var maxLength = 0
    private var firstScalars = ScalarBitmap()
    private var lastScalars = ScalarBitmap()

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first, let last = scalars.last else { continue }
            byFirst[first, default: []].append(scalars)
            byLast[last, default: []].append(scalars)
            firstScalars.insert(first)
            lastScalars.insert(last)
            maxLength = max(maxLength, scalars.count)
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.count > $1.count } }
        for key in byLast.keys { byLast[key]?.sort { $0.count > $1.count } }
    }

    /// The length of the longest word starting at `index`, if any.
    func longestMatch(in text: [Unicode.Scalar], startingAt index: Int) -> Int? {
        guard index < text.count, firstScalars.contains(text[index]), let candidates = byFirst[text[index]] else {
            return nil
        }
        for word in candidates where index + word.count <= text.count {
            if text[index..<(index + word.count)].elementsEqual(word) { return word.count }
        }
        return nil
    }

    /// The length of the longest word ending just before `end`, if any.
    func longestMatch(in text: [Unicode.Scalar], endingAt end: Int) -> Int? {
        guard end > 0, end <= text.count, lastScalars.contains(text[end - 1]), let candidates = byLast[text[end - 1]]
        else { return nil }
        for word in candidates where word.count <= end {
            if text[(end - word.count)..<end].elementsEqual(word) { return word.count }
        }
        return nil
    }

    /// Whether `word` is in the set.
    func contains(_ word: [Unicode.Scalar]) -> Bool {
        guard let first = word.first else { return false }
        return byFirst[first]?.contains(where: { $0 == word }) ?? false
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is a CJK unified ideograph (basic block or extension A).
    var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }

    /// Whether the scalar is an ASCII or full-width decimal digit.
    var isDigit: Bool { (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value) }

    /// Whether the scalar can stand inside an enterprise or organization name.
    var isNameScalar: Bool {
        isHan || (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            || (0xFF10...0xFF19).contains(value) || (0xFF21...0xFF3A).contains(value) || (0xFF41...0xFF5A).contains(value)
            || value == 0xB7 || value == 0x26
    }
}
