#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads money amounts: a quantity with a currency unit (500万元, 3.5亿美元), a currency prefix (人民币500万元,
/// ￥1,000), or a bare 万/亿 that the clause makes money (申请市级资金1200万, 1950万资金).
struct AmountReader: Sendable {
    private let lexicon: ScannerLexicon
    private let qualifiers: QualifierReader
    private let quantities: QuantityReader

    /// An amount as the scan holds it until it is kept.
    ///
    /// The values stay exact integers and the text a span until ``amount(in:)`` makes the public finding: a
    /// `Decimal` field (a type whose layout is known only at run time) would send every copy of a reading through
    /// runtime calls, and most readings lose to an overlapping finding, so their text is never needed.
    struct Reading: Sendable {
        var span: TextSpan
        var value: ExactNumber
        var valueMax: ExactNumber?
        var currency: String
        var qualifier: Qualifier?
        var isBareScale: Bool

        /// The amount read in `text`.
        func amount(in text: ScalarText) -> MoneyAmount {
            MoneyAmount(
                text: text.string(span), span: span, value: value.decimal, valueMax: valueMax?.decimal,
                currency: currency,
                qualifier: qualifier, isBareScale: isBareScale)
        }
    }

    /// Creates a reader over the scanner's lexicon.
    init(lexicon: ScannerLexicon, qualifiers: QualifierReader, quantities: QuantityReader) {
        self.lexicon = lexicon
        self.qualifiers = qualifiers
        self.quantities = quantities
    }

    /// An amount written with a currency prefix that starts at `index`.
    func readPrefixed(at index: Int, in text: ScalarText) -> Reading? {
        guard let prefix = lexicon.currencyPrefixes.longestMatch(in: text, at: index) else { return nil }
        // RMB inside a longer Latin word is not a prefix.
        if let first = text[index], NumeralScalars.isLatinLetter(first), let previous = text[index - 1],
            NumeralScalars.isLatinLetter(previous)
        {
            return nil
        }
        let numberStart = ScalarGap.skip(in: text, from: index + prefix.length)
        guard let number = NumberReader.read(text, at: numberStart), number.form != .chineseDigitSequence,
            !isMasked(after: number.end, in: text)
        else { return nil }
        let quantity = quantities.read(number, in: text)
        var currency = prefix.value
        var end = quantity.end
        let unitStart = ScalarGap.skip(in: text, from: quantity.end)
        if let suffix = lexicon.currencySuffixes.longestMatch(in: text, at: unitStart) {
            currency = suffix.value
            end = unitStart + suffix.length
        }
        return makeAmount(
            quantity, start: index, end: end, currency: currency, isBareScale: false, in: text)
    }

    /// An amount that starts with `quantity`, or nil; `moneyWordBefore` tells whether the clause has named
    /// money before it.
    func read(_ quantity: Quantity, moneyWordBefore: Bool, in text: ScalarText) -> Reading? {
        guard quantity.number.form != .chineseDigitSequence else { return nil }
        let unitStart = ScalarGap.skip(in: text, from: quantity.end)
        if let suffix = lexicon.currencySuffixes.longestMatch(in: text, at: unitStart) {
            return makeAmount(
                quantity, start: quantity.start, end: unitStart + suffix.length, currency: suffix.value,
                isBareScale: false, in: text)
        }
        guard quantity.endsWithLargeUnit else { return nil }
        // 万吨, 万平方米 are not money; 3万人, 2万家 are counts.
        if lexicon.nonMoneyUnits.longestMatch(in: text, at: unitStart) != nil
            || lexicon.measureWord(at: unitStart, in: text) != nil
        {
            return nil
        }
        guard moneyWordBefore || lexicon.moneyContextWords.longestMatch(in: text, at: unitStart) != nil else {
            return nil
        }
        return makeAmount(
            quantity, start: quantity.start, end: quantity.end, currency: lexicon.defaultCurrency, isBareScale: true,
            in: text)
    }

    private func makeAmount(
        _ quantity: Quantity, start: Int, end: Int, currency: String, isBareScale: Bool, in text: ScalarText
    ) -> Reading {
        var end = end
        var valueMax = quantity.valueMax
        if valueMax == nil, !isBareScale, let high = rangeEnd(after: end, currency: currency, in: text),
            high.value > quantity.value
        {
            valueMax = high.value
            end = high.end
        }
        let before = qualifiers.qualifier(before: start, in: text)?.qualifier
        let after = qualifiers.qualifier(after: end, in: text)?.qualifier
        return Reading(
            span: TextSpan(start: start, end: end), value: quantity.value,
            valueMax: valueMax, currency: currency,
            qualifier: before ?? (quantity.isApproximate ? .approx : nil) ?? after, isBareScale: isBareScale)
    }

    /// The second amount of a range written in full on both sides (300万元至500万元).
    private func rangeEnd(after end: Int, currency: String, in text: ScalarText) -> (value: ExactNumber, end: Int)? {
        let connector = ScalarGap.skip(in: text, from: end)
        guard let scalar = text[connector], QuantityReader.isRangeConnector(scalar) else { return nil }
        let start = ScalarGap.skip(in: text, from: connector + 1)
        guard let number = NumberReader.read(text, at: start), number.form != .chineseDigitSequence else { return nil }
        let quantity = quantities.read(number, in: text)
        guard quantity.valueMax == nil, !quantity.isApproximate else { return nil }
        let unitStart = ScalarGap.skip(in: text, from: quantity.end)
        guard let suffix = lexicon.currencySuffixes.longestMatch(in: text, at: unitStart), suffix.value == currency
        else { return nil }
        return (quantity.value, unitStart + suffix.length)
    }

    private func isMasked(after index: Int, in text: ScalarText) -> Bool {
        if let next = text[index], NumeralScalars.isLatinLetter(next) { return true }
        return lexicon.placeholdersAfter.longestMatch(in: text, at: index) != nil
    }
}
