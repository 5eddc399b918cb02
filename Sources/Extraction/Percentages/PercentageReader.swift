/// Reads percentages: 82%, ８２％, 48.5%, 百分之四十八, 百分之12, and points: 3个百分点, 提高3.2个百分点.
struct PercentageReader: Sendable {
    private let qualifiers: QualifierReader

    /// The words after a number that make it a change in points.
    static let pointWords = ["个百分点", "百分点"]
    /// The words before a number that make it a percentage.
    static let spelledPrefix = "百分之"

    private let pointWordScalars = pointWords.map { Array($0.unicodeScalars) }
    private let spelledPrefixScalars = Array(spelledPrefix.unicodeScalars)

    /// A percentage as the scan holds it until it is kept; the value stays exact and the text a span until
    /// ``percentage(in:)`` makes the public finding (see ``AmountReader/Reading`` for why).
    struct Reading: Sendable {
        var span: TextSpan
        var value: ExactNumber
        var isPoints: Bool
        var qualifier: Qualifier?

        /// The percentage read in `text`.
        func percentage(in text: ScalarText) -> PercentageMention {
            PercentageMention(
                text: text.string(span), span: span, value: value.decimal, isPoints: isPoints, qualifier: qualifier)
        }
    }

    /// Creates a reader.
    init(qualifiers: QualifierReader) {
        self.qualifiers = qualifiers
    }

    /// The percentage that starts with `number` (82%, 3个百分点), or nil.
    func read(_ number: ParsedNumber, in text: ScalarText) -> Reading? {
        guard number.form != .chineseDigitSequence else { return nil }
        let signStart = ScalarGap.skip(in: text, from: number.end)
        if let sign = text[signStart], sign == "%" || sign == "％" {
            return make(number.value, start: number.start, end: signStart + 1, isPoints: false, in: text)
        }
        for word in pointWordScalars where text.contains(word, at: signStart) {
            let end = signStart + word.count
            return make(number.value, start: number.start, end: end, isPoints: true, in: text)
        }
        return nil
    }

    /// The percentage written out with 百分之 at `index` (百分之四十八, 百分之12, 百分之百), or nil.
    func readSpelledOut(at index: Int, in text: ScalarText) -> Reading? {
        guard text.contains(spelledPrefixScalars, at: index) else { return nil }
        let numberStart = index + spelledPrefixScalars.count
        if text[numberStart] == "百", text[numberStart + 1].map(NumeralScalars.isChineseNumeral) != true {
            return make(100, start: index, end: numberStart + 1, isPoints: false, in: text)
        }
        guard let number = NumberReader.read(text, at: numberStart), number.form != .chineseDigitSequence else {
            return nil
        }
        return make(number.value, start: index, end: number.end, isPoints: false, in: text)
    }

    private func make(_ value: ExactNumber, start: Int, end: Int, isPoints: Bool, in text: ScalarText)
        -> Reading
    {
        let qualifier =
            qualifiers.qualifier(before: start, in: text)?.qualifier
            ?? qualifiers.qualifier(after: end, in: text)?.qualifier
        return Reading(
            span: TextSpan(start: start, end: end), value: value,
            isPoints: isPoints, qualifier: qualifier)
    }
}
