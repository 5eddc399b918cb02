/// Finds where a name begins, walking left from its end over name characters until a boundary word,
/// punctuation or the length limit: "由区科委推荐上海三思电子公司" → "上海三思电子公司".
struct NameBoundaries: Sendable {
    private let boundaryWords: WordSet
    private let placeholders: ForwardWordSet
    /// Prepositions and particles that open a clause before a name (经, 由, 与): dropped when the name reaches the
    /// clause start.
    private let clausePrepositions: ScalarBitmap
    /// The endings of place names, which a masked place keeps (XX市, 某县).
    private let placeEndings: ScalarBitmap

    /// Boundaries for names of `kind`: an enterprise's name also starts after a place or a time (我县, 园区, 今年),
    /// which an organization's name may begin with.
    init(rules: ExtractionRules, forOrganizations: Bool = false) {
        boundaryWords = WordSet(rules[.nameBoundaryWords] + (forOrganizations ? [] : rules[.enterpriseBoundaryWords]))
        placeholders = ForwardWordSet(rules[.placeholders])
        clausePrepositions = ScalarBitmap(words: rules[.clausePrepositions])
        placeEndings = ScalarBitmap(words: rules[.placeEndings])
    }

    /// The start of the name that ends at `end`, at most `maxLength` scalars long, not before `floor`.
    ///
    /// A single line feed between two Han characters (PDF conversion debris) is crossed. Digits belong
    /// to names only when `allowDigits` (organization names never hold them: "68人参加市知识产权局").
    func start(of text: [Unicode.Scalar], endingAt end: Int, maxLength: Int, floor: Int = 0, allowDigits: Bool = true)
        -> Int
    {
        var start = end
        while start > floor, end - start < maxLength {
            let previous = text[start - 1]
            if previous == "\n", start >= 2, text[start - 2].isHan, start < text.count, text[start].isHan {
                start -= 1
                continue
            }
            // 中化（青岛）实业, 企業(yè)美食: a bracketed place or converter pinyin inside a name is crossed.
            if previous == ")" || previous == "）",
                let open = Self.bracketInsideName(text, closingAt: start - 1, floor: floor)
            {
                start = open
                continue
            }
            guard previous.isNameScalar, allowDigits || !previous.isDigit else { break }
            if let length = boundaryWords.longestMatch(in: text, endingAt: start) {
                // "，同方电子": a one-character word that opens the clause and is not a preposition begins the name.
                let opensClause = start - 1 == floor || (start >= 2 && !text[start - 2].isNameScalar)
                if length == 1, opensClause, end - start >= 2, !clausePrepositions.contains(previous) {
                    start -= 1
                }
                break
            }
            start -= 1
        }
        let reachedClauseStart = start == 0 || !text[start - 1].isNameScalar
        if reachedClauseStart, start + 3 < end, clausePrepositions.contains(text[start]) { start += 1 }
        return start
    }

    /// The opening bracket of a bracket that closes at `close` and holds a place (1–4 Han) or converter pinyin
    /// (Latin letters with tone marks), with a Han character before it; nil otherwise.
    private static func bracketInsideName(_ text: [Unicode.Scalar], closingAt close: Int, floor: Int) -> Int? {
        var open = close - 1
        while open > floor, close - open <= 8, text[open] != "(" && text[open] != "（" { open -= 1 }
        guard open > floor, text[open] == "(" || text[open] == "（", text[open - 1].isHan else { return nil }
        let inside = text[(open + 1)..<close]
        guard !inside.isEmpty else { return nil }
        let isPlace = inside.count <= 4 && inside.allSatisfy(\.isHan)
        let isPinyin = inside.allSatisfy(\.isPinyinLetter)
        return isPlace || isPinyin ? open : nil
    }

    /// Whether a boundary word ends just before `index` (the name there starts a new phrase).
    func endsBoundaryWord(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        boundaryWords.longestMatch(in: text, endingAt: index) != nil
    }

    /// Whether the text contains a placeholder token (xx, XX, 某, **).
    func containsPlaceholder(_ text: [Unicode.Scalar]) -> Bool {
        containsPlaceholder(text, within: text.indices)
    }

    /// Whether a placeholder is written within `range` of `text`.
    func containsPlaceholder(_ text: [Unicode.Scalar], within range: Range<Int>) -> Bool {
        placeholders.hasWord(in: text, within: range)
    }

    /// The length of a masked place at `index` (某省, XX市, xx, **): placeholders, then a place ending if one
    /// follows; nil when no placeholder stands there.
    func maskedPrefixLength(_ text: [Unicode.Scalar], at index: Int) -> Int? {
        var end = index
        while let length = placeholders.longestMatch(in: text, startingAt: end) { end += length }
        guard end > index else { return nil }
        if end < text.count, placeEndings.contains(text[end]) { end += 1 }
        return end - index
    }

    /// Whether `range` holds nothing but placeholders and place endings (the XX of XX公司, 某市某), so no name.
    func containsPlaceholderOnly(_ text: [Unicode.Scalar], within range: Range<Int>) -> Bool {
        var index = range.lowerBound
        var named = 0
        while index < range.upperBound {
            if let length = placeholders.longestMatch(in: text, startingWithin: index..<range.upperBound) {
                index += length
                continue
            }
            if !placeEndings.contains(text[index]) { named += 1 }
            index += 1
        }
        return named < 2
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
