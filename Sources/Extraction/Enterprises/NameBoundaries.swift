/// Finds where a name begins, walking left from its end over name characters until a boundary word,
/// punctuation or the length limit: "由区科委推荐上海三思电子公司" → "上海三思电子公司".
struct NameBoundaries: Sendable {
    private let boundaryWords: WordSet
    private let placeholders: WordSet

    init(rules: ExtractionRules) {
        boundaryWords = WordSet(rules.nameBoundaryWords)
        placeholders = WordSet(rules.placeholders)
    }

    /// Prepositions that open a clause before a name ("，经甲公司引荐"): dropped when the name reaches the clause start.
    private static let clauseInitialPrepositions: ScalarBitmap = ["经", "由", "被", "向", "对", "在", "将", "把", "从", "据", "与", "和", "及", "为"]

    /// The start of the name that ends at `end`, at most `maxLength` scalars long, not before `floor`;
    /// a single line feed between two Han characters (PDF conversion debris) is crossed. Digits belong
    /// to names only when `allowDigits` (organization names never hold them: "68人参加市知识产权局").
    func start(of text: [Unicode.Scalar], endingAt end: Int, maxLength: Int, floor: Int = 0, allowDigits: Bool = true) -> Int {
        var start = end
        while start > floor, end - start < maxLength {
            let previous = text[start - 1]
            if previous == "\n", start >= 2, text[start - 2].isHan, start < text.count, text[start].isHan {
                start -= 1
                continue
            }
            guard previous.isNameScalar, allowDigits || !previous.isDigit else { break }
            if boundaryWords.longestMatch(in: text, endingAt: start) != nil { break }
            start -= 1
        }
        let reachedClauseStart = start == 0 || !text[start - 1].isNameScalar
        if reachedClauseStart, start + 3 < end, Self.clauseInitialPrepositions.contains(text[start]) { start += 1 }
        return start
    }

    /// Whether the text contains a placeholder token (xx, XX, 某, **).
    func containsPlaceholder(_ text: [Unicode.Scalar]) -> Bool {
        containsPlaceholder(text, within: text.indices)
    }

    /// Whether a placeholder is written within `range` of `text`.
    func containsPlaceholder(_ text: [Unicode.Scalar], within range: Range<Int>) -> Bool {
        placeholders.hasWord(in: text, within: range)
    }

    /// Drops leading boundary words ("推荐", "由") from a candidate name.
    func trimmingLeadingBoundaryWords(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var scalars = text[...]
        while let length = boundaryWords.longestMatch(in: Array(scalars), startingAt: 0), length < scalars.count - 1 {
            scalars = scalars.dropFirst(length)
        }
        return Array(scalars)
    }
}
