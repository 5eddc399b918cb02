/// Finds names that end in a legal form: "上海三思电子公司", "华源电气股份有限公司", "禾嘉新材料科技集团有限公司".
///
/// The name begins where ``NameBoundaries`` says, after the verbs, particles and places before it. A name whose part
/// before the legal form is only trade or generic words (电力公司, 供电公司, 跨国公司) is a designation, not a name.
struct LegalNameFinder: Sendable {
    private let boundaries: NameBoundaries
    private let legalForms: ForwardWordSet
    private let genericWords: ForwardWordSet
    private let nonNames: Set<NameKey>
    /// Characters that make a legal-form word part of a longer word: 股份制, 集团化, 公司法, 厂房.
    private let wordContinuations: ScalarBitmap

    /// The longest name, in scalars.
    static let maxLength = 24

    init(rules: ExtractionRules, boundaries: NameBoundaries) {
        self.boundaries = boundaries
        legalForms = ForwardWordSet(rules[.legalForms])
        genericWords = ForwardWordSet(
            rules[.genericCompanyWords] + rules[.enterpriseSuffixes] + rules[.weakEnterpriseSuffixes]
                + rules[.categoryHeads] + rules[.legalForms])
        nonNames = Set(rules[.nonNames].map(NameKey.init))
        wordContinuations = ScalarBitmap(words: rules[.legalFormContinuations])
    }

    /// The scalar sets whose positions in a paragraph ``names(in:classes:)`` reads off its ``ScalarClasses``.
    var scalarSets: [(member: ScalarClasses.Member, scalars: ScalarBitmap)] {
        [(.legalFormStart, legalForms.firstScalars)]
    }

    /// The names of a paragraph (folded text), as spans; `classes` are the paragraph's, from a table of
    /// ``scalarSets``.
    func names(in text: [Unicode.Scalar], classes: ScalarClasses) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var index = 0
        var previousEnd = 0
        while index < text.count {
            guard let length = legalForms.longestMatch(in: text, startingAt: index) else {
                index = classes.nextStart(.legalFormStart, from: index + 1)
                continue
            }
            // Chained legal forms ("集团" + "有限公司") end one name.
            var end = index + length
            while let next = legalForms.longestMatch(in: text, startingAt: Self.skippingLineFeed(at: end, in: text)) {
                let nextEnd = Self.skippingLineFeed(at: end, in: text) + next
                if nextEnd < text.count, wordContinuations.contains(text[nextEnd]) { break }
                end = nextEnd
            }
            // "股份制改造", "集团化": a legal-form word inside a longer word is no suffix.
            if end < text.count, text[end].isHan, wordContinuations.contains(text[end]) {
                index = end
                continue
            }
            var start = boundaries.start(of: text, endingAt: index, maxLength: Self.maxLength, floor: previousEnd)
            if index - start < 2, let clauseStart = Self.shortClauseStart(before: index, in: text, floor: previousEnd) {
                // "，美的集团": a particle inside a short brand that opens its clause.
                start = clauseStart
            }
            if index - start >= 2, !text[start].isDigit, !genericWords.covers(text, start..<index) {
                let scalars = text[start..<end].droppingWhiteSpace
                if scalars.count <= Self.maxLength + 6, scalars.allSatisfy({ $0.isNameScalar || Self.isBracket($0) }),
                    !boundaries.containsPlaceholderOnly(text, within: start..<index),
                    !nonNames.contains(NameKey(scalars: scalars))
                {
                    names.append(start..<end)
                    previousEnd = end
                }
            }
            index = end
        }
        return names
    }

    /// `index`, or the position after a line feed there (a legal form broken by PDF conversion: 股份⏎有限公司).
    static func skippingLineFeed(at index: Int, in text: [Unicode.Scalar]) -> Int {
        index < text.count && text[index] == "\n" ? index + 1 : index
    }

    /// The start of the clause when it begins at most three Han characters before `index`.
    static func shortClauseStart(before index: Int, in text: [Unicode.Scalar], floor: Int) -> Int? {
        var start = index
        while start > floor, index - start < 3, text[start - 1].isHan { start -= 1 }
        let opens = start == floor || !text[start - 1].isNameScalar
        return opens && index - start >= 2 ? start : nil
    }

    private static func isBracket(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "(" || scalar == ")" || scalar == "（" || scalar == "）"
    }
}
