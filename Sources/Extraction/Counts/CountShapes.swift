/// Number-and-measure-word shapes that are not counts, from the rules' word lists: set phrases (三个代表), durations
/// (3个月), phases and classes (一期工程), session numbers (十七届四中全会), slogans (“五个一”, 两个率先, 二次创业),
/// indefinites (新一轮, 一个大项目), fixed terms (科技三项经费) and changes of rank (提升6名).
struct CountShapes: Sendable {
    private let idioms: WordTrie<Bool>
    private let durations: WordTrie<Bool>
    private let phaseMeasureWords: MeasureWords
    private let phaseCountVerbs: WordTrie<Bool>
    private let sessionMeasureWords: MeasureWords
    private let sessionWords: WordTrie<Bool>
    private let sloganWords: WordTrie<Bool>
    private let indefiniteBefore: WordTrie<Bool>
    private let indefiniteAfter: WordTrie<Bool>
    private let termNouns: WordTrie<Bool>
    private let rankVerbs: WordTrie<Bool>
    private let rankMeasureWords: MeasureWords

    /// Opening quotation marks: a slogan is often quoted whole.
    private static let openingQuotes: ScalarBitmap = ["“", "\"", "「", "『", "‘", "《"]
    /// Closing quotation marks.
    private static let closingQuotes: ScalarBitmap = ["”", "\"", "」", "』", "’", "》"]
    /// The longest quoted slogan, in scalars.
    private static let maxSloganLength = 8

    init(rules: ExtractionRules) {
        func trie(_ list: WordList, direction: WordTrie<Bool>.Direction = .forward) -> WordTrie<Bool> {
            WordTrie(rules[list].map { ($0, true) }, direction: direction)
        }
        idioms = trie(.countIdioms)
        durations = trie(.countDurations)
        phaseMeasureWords = MeasureWords(rules[.phaseMeasureWords])
        phaseCountVerbs = trie(.phaseCountVerbs, direction: .backward)
        sessionMeasureWords = MeasureWords(rules[.sessionMeasureWords])
        sessionWords = trie(.sessionWords)
        sloganWords = trie(.sloganWords)
        indefiniteBefore = trie(.indefiniteBefore, direction: .backward)
        indefiniteAfter = trie(.indefiniteAfter)
        termNouns = trie(.termNouns)
        rankVerbs = trie(.rankVerbs, direction: .backward)
        rankMeasureWords = MeasureWords(rules[.rankMeasureWords])
    }

    /// Whether a set phrase starts at the number (一家人, 一次性).
    func isIdiom(at start: Int, in text: ScalarText) -> Bool {
        idioms.longestMatch(in: text, at: start) != nil
    }

    /// Whether the measure word at `unitStart` begins a duration (个月).
    func isDuration(at unitStart: Int, in text: ScalarText) -> Bool {
        durations.longestMatch(in: text, at: unitStart) != nil
    }

    /// Whether `number` + the measure word `unit` (ending at `end`) is anything but a count.
    func isNotCount(_ number: ParsedNumber, unit: String, end: Int, in text: ScalarText) -> Bool {
        let isChinese = number.form == .chinese
        let isOne = isChinese && number.end - number.start == 1 && text[number.start] == "一"
        // 一期工程, 鑫海二期: a phase, unless held (举办三期培训班).
        if isChinese, phaseMeasureWords.contains(unit), phaseCountVerbs.longestMatch(in: text, at: number.start) == nil
        {
            return true
        }
        // 十七届四中全会, 十一届一次会议: a session number.
        if isChinese, sessionMeasureWords.contains(unit),
            let next = text[end],
            NumeralScalars.isChineseNumeral(next) || sessionWords.longestMatch(in: text, at: end) != nil
        {
            return true
        }
        if isSessionOrdinal(number, end: end, in: text) { return true }
        if closesOrdinalRange(number, in: text) { return true }
        // “五个一”, 三个一十, 四个十: a numeral right after the measure word makes a slogan.
        if isChinese, let next = text[end], NumeralScalars.isChineseNumeral(next) { return true }
        if sloganWords.longestMatch(in: text, at: end) != nil { return true }
        if isQuotedWhole(from: number.start, to: end, in: text) { return true }
        // 二次创业, 二次会议: 二 alone before 次 is "second"; two times is 两次.
        if isChinese, number.end - number.start == 1, text[number.start] == "二", unit.isSameText(as: "次") {
            return true
        }
        // 新一轮, 另一个, 一个大项目: 一 as an article.
        if isOne,
            indefiniteBefore.longestMatch(in: text, at: number.start) != nil
                || indefiniteAfter.longestMatch(in: text, at: end) != nil
        {
            return true
        }
        // 科技三项经费: a fixed term.
        if isChinese, termNouns.longestMatch(in: text, at: end) != nil { return true }
        // 提升6名, 前移3位: a change of rank.
        // (The verb first: a trie walk that mostly stops at its first scalar, whereas the word list compares strings.)
        if rankVerbs.longestMatch(in: text, at: number.start) != nil, rankMeasureWords.contains(unit) { return true }
        return false
    }

    /// Whether the number follows a session number directly or through a list (十一届一次、二次会议).
    private func isSessionOrdinal(_ number: ParsedNumber, end: Int, in text: ScalarText) -> Bool {
        guard number.form == .chinese else { return false }
        var index = number.start - 1
        while let scalar = text[index], NumeralScalars.isChineseNumeral(scalar) || scalar == "、" || scalar == "次" {
            index -= 1
        }
        guard let before = text[index] else { return false }
        return sessionMeasureWords.contains(before)
    }

    /// Whether the number ends a range of ordinals (第16至23批次): a range whose first number follows 第.
    private func closesOrdinalRange(_ number: ParsedNumber, in text: ScalarText) -> Bool {
        guard let connector = text[number.start - 1], QuantityReader.isRangeConnector(connector) else { return false }
        var index = number.start - 2
        while let scalar = text[index],
            NumeralScalars.arabicDigit(scalar) != nil || NumeralScalars.isChineseNumeral(scalar)
        {
            index -= 1
        }
        return index < number.start - 2 && text[index] == "第"
    }

    /// Whether the count is the whole of a short quotation, or opens one that closes within a few scalars
    /// (“两个率先”, “四项工程”).
    private func isQuotedWhole(from start: Int, to end: Int, in text: ScalarText) -> Bool {
        // “惠企十条”: the count ends a short quotation.
        if let close = text[end], Self.closingQuotes.contains(close) {
            var index = start - 1
            while start - index <= Self.maxSloganLength, let scalar = text[index] {
                if Self.openingQuotes.contains(scalar) { return true }
                if !scalar.isHan { break }
                index -= 1
            }
        }
        guard let open = text[start - 1], Self.openingQuotes.contains(open) else { return false }
        var index = end
        while index - start <= Self.maxSloganLength, let scalar = text[index] {
            if Self.closingQuotes.contains(scalar) { return true }
            if !scalar.isHan { return false }
            index += 1
        }
        return false
    }
}

/// A short list of measure words, looked up by their text's bytes: a `Set<String>` hashes a non-ASCII string through
/// its normalized form, which cost about a thousand instructions for every count read.
private struct MeasureWords: Sendable {
    private let words: [String]
    /// The words that are one scalar.
    private let oneScalarWords: ScalarBitmap

    init(_ words: [String]) {
        self.words = words
        oneScalarWords = ScalarBitmap(words: words)
    }

    /// Whether `unit` is one of the words.
    func contains(_ unit: String) -> Bool {
        words.contains { $0.isSameText(as: unit) }
    }

    /// Whether the one-scalar word `scalar` is one of the words.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        oneScalarWords.contains(scalar)
    }
}
