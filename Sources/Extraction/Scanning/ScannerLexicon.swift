/// The rules' word lists as prefix tries, built once per scanner so each lookup costs at most one word's length.
struct ScannerLexicon: Sendable {
    /// Measure words (家, 个, 人次 …); the value is the word.
    private let measureWords: WordTrie<String>
    /// Nouns that start with a measure word (项目); the value is the noun.
    private let measureWordLookalikes: WordTrie<String>
    /// Currency words written before a number (人民币, ¥, US$ …); the value is the ISO code.
    let currencyPrefixes: WordTrie<String>
    /// Currency words written after a number (元, 万美元's 美元 …), plus the prefix names of two or more
    /// scalars (500万人民币); the value is the ISO code.
    let currencySuffixes: WordTrie<String>
    /// Words that make a bare 万/亿 money (资金, 投资 …).
    let moneyContextWords: WordTrie<String>
    /// Units after 万/亿 that are not money (吨, 平方米 …).
    let nonMoneyUnits: WordTrie<String>
    /// Placeholder tokens that end just before a position (xx, **).
    let placeholdersBefore: WordTrie<String>
    /// Placeholder tokens that start at a position.
    let placeholdersAfter: WordTrie<String>
    /// The currency of amounts with no currency word (bare 万/亿): CNY when the rules know it.
    let defaultCurrency: String

    /// Builds the tries from `rules`.
    init(rules: ExtractionRules) {
        measureWords = WordTrie(rules[.measureWords].map { ($0, $0) })
        measureWordLookalikes = WordTrie(rules[.measureWordLookalikes].map { ($0, $0) })
        currencyPrefixes = WordTrie(rules.currencies.flatMap { rule in rule.prefixes.map { ($0, rule.code) } })
        let suffixes = rules.currencies.flatMap { rule in rule.suffixes.map { ($0, rule.code) } }
        let namesAfter = rules.currencies.flatMap { rule in
            rule.prefixes.filter { $0.unicodeScalars.count >= 2 }.map { ($0, rule.code) }
        }
        currencySuffixes = WordTrie(suffixes + namesAfter)
        moneyContextWords = WordTrie(rules[.moneyContextWords].map { ($0, $0) })
        nonMoneyUnits = WordTrie(rules[.nonMoneyUnits].map { ($0, $0) })
        placeholdersBefore = WordTrie(rules[.placeholders].map { ($0, $0) }, direction: .backward)
        placeholdersAfter = WordTrie(rules[.placeholders].map { ($0, $0) })
        defaultCurrency = rules.currencies.contains { $0.code == "CNY" } ? "CNY" : rules.currencies.first?.code ?? "CNY"
    }

    /// The longest measure word at `index` and its length, unless a noun such as 项目 starts there.
    func measureWord(at index: Int, in text: ScalarText) -> (length: Int, value: String)? {
        guard let match = measureWords.longestMatch(in: text, at: index) else { return nil }
        if let noun = measureWordLookalikes.longestMatch(in: text, at: index), noun.length > match.length {
            return nil
        }
        return match
    }
}
