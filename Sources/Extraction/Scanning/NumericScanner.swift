/// Finds amounts, counts, percentages and dates in one left-to-right pass over a block's text.
///
/// Build one scanner per rules and reuse it for every block: the rules' word lists become prefix tries once,
/// in `init`. A scan visits each scalar once and looks only a bounded distance around it (a number, a unit, a
/// qualifier, a subject of at most `CountSubjectFinder.maxLength` scalars), so it runs in linear time.
public struct NumericScanner: Sendable {
    private let lexicon: ScannerLexicon
    private let amounts: AmountReader
    private let counts: CountReader
    private let percentages: PercentageReader
    private let dates: DateReader
    private let quantities: QuantityReader
    /// What each scalar may start: digits, Chinese numerals, currency prefixes, 百分之, date words, money words.
    ///
    /// Most positions of a text start nothing, and one table load lets the scan pass them by.
    private let starts: ScanStarts

    /// Creates a scanner for `rules`.
    public init(rules: ExtractionRules) {
        let lexicon = ScannerLexicon(rules: rules)
        let qualifiers = QualifierReader(rules: rules.qualifiers)
        let quantities = QuantityReader(qualifiers: qualifiers, lexicon: lexicon)
        self.lexicon = lexicon
        self.quantities = quantities
        amounts = AmountReader(lexicon: lexicon, qualifiers: qualifiers, quantities: quantities)
        counts = CountReader(
            lexicon: lexicon, shapes: CountShapes(rules: rules), qualifiers: qualifiers,
            subjects: CountSubjectFinder(categoryWords: rules[.enterpriseCategoryWords], lexicon: lexicon))
        percentages = PercentageReader(qualifiers: qualifiers)
        dates = DateReader()
        starts = ScanStarts(
            moneyWords: rules[.moneyContextWords], currencyPrefixes: rules.currencies.flatMap(\.prefixes),
            spelledPercentages: [PercentageReader.spelledPrefix],
            dateWords: DateWords.standalonePeriods + DateWords.quarterPrefixes.map { String($0) })
    }

    /// The numeric findings of `text`; spans are Unicode scalar offsets into it.
    public func scan(_ text: String) -> NumericFindings {
        ScalarText.reading(text) { scan($0) }
    }

    /// Scans a text already split into scalars (the extractors share one split per block).
    func scan(_ text: ScalarText) -> NumericFindings {
        var findings = NumericFindings()
        scan(text, into: &findings)
        return findings
    }

    /// Appends the findings of `text` to `findings`, whose arrays may be reused from block to block.
    func scan(_ text: ScalarText, into findings: inout NumericFindings) {
        var resolver = FindingResolver()
        var clause = ClauseTracker()
        var previous: ScanStarts.Kinds = []
        var next = 0
        while next < text.count {
            let index = next
            next += 1
            // Only a scalar after a possible break can start a clause.
            if previous.contains(.clauseBreak) { clause.enter(index, in: text) }
            let kinds = starts.kinds(of: text.scalars[index])
            previous = kinds
            guard !kinds.isEmpty else {
                // Past the run of scalars that start nothing in one tight loop: in the loop that makes the calls
                // below, each scalar cost the text's arrays several retains and releases.
                next = starts.firstStart(in: text.scalars, from: next, to: text.count)
                previous = []
                continue
            }
            if kinds.contains(.moneyWord), let word = lexicon.moneyContextWords.longestMatch(in: text, at: index) {
                clause.noteMoneyWord(endingAt: index + word.length)
            }
            if kinds.contains(.currencyPrefix), let amount = amounts.readPrefixed(at: index, in: text) {
                resolver.offer(.amount(amount), in: text, into: &findings)
            }
            if kinds.contains(.spelledPercentage), let percentage = percentages.readSpelledOut(at: index, in: text) {
                resolver.offer(.percentage(percentage), in: text, into: &findings)
            }
            if kinds.contains(.dateWord), let date = dates.readWord(at: index, in: text) {
                resolver.offer(.date(date), in: text, into: &findings)
            }
            if kinds.contains(.number) {
                scanNumber(at: index, in: text, clause: clause, resolver: &resolver, findings: &findings)
            }
        }
    }

    /// Offers the findings that start with a number at `index`.
    private func scanNumber(
        at index: Int, in text: ScalarText, clause: ClauseTracker, resolver: inout FindingResolver,
        findings: inout NumericFindings
    ) {
        guard NumberReader.isNumberStart(text, at: index), !isMasked(before: index, in: text) else { return }
        let number = NumberReader.read(text, at: index)
        if let date = dates.read(at: index, number: number, in: text) {
            resolver.offer(.date(date), in: text, into: &findings)
        }
        guard let number, !isMasked(after: number.end, in: text) else { return }
        if let percentage = percentages.read(number, in: text) {
            resolver.offer(.percentage(percentage), in: text, into: &findings)
        }
        let quantity = quantities.read(number, in: text)
        if let amount = amounts.read(quantity, moneyWordBefore: clause.hasMoneyWord(before: index), in: text) {
            resolver.offer(.amount(amount), in: text, into: &findings)
        }
        if let reading = counts.read(
            quantity, clauseStart: clause.clauseStart, barriers: resolver.recentBarriers, in: text)
        {
            resolver.offer(.count(reading), in: text, into: &findings)
        }
    }

    /// Whether a placeholder (xx, **) stands right before `index`, so the digits after it are masked.
    private func isMasked(before index: Int, in text: ScalarText) -> Bool {
        lexicon.placeholdersBefore.longestMatch(in: text, at: index) != nil
    }

    /// Whether a Latin letter or placeholder follows the number (5G, 3xx万元), which makes it a code or a mask.
    private func isMasked(after index: Int, in text: ScalarText) -> Bool {
        if let next = text[index], NumeralScalars.isLatinLetter(next) { return true }
        return lexicon.placeholdersAfter.longestMatch(in: text, at: index) != nil
    }
}
