/// Reads a number in Arabic or full-width digits: `2,000`, `2，000`, `48.5`, `１４`, `７２５０．７４`, `24. 3`.
///
/// A thousands separator counts only when exactly three digits follow it. PDF gaps (``ScalarGap``) are
/// bridged after the decimal point and between digits (a blank within a line only before a group of three), except after a one- or two-digit number at the start
/// of a line, which is an outline label (`1. 2023年…`).
enum ArabicNumberReader {
    /// The most digits a number may have; longer runs are codes, not quantities.
    static let maxDigits = 30
    /// The most scalars a number may span with its separators and gaps; longer chains are not one number.
    static let maxLength = 48

    /// The number that starts at `start`, or nil when no digit is there.
    static func read(_ text: ScalarText, at start: Int) -> ParsedNumber? {
        guard isDigit(text, start) else { return nil }
        // The digits accumulate into the value as they are read: no array of them.
        var value = ExactNumber(0)
        var digitCount = 0
        var fractionDigits = 0
        var integerDigits = 0
        var isPlain = true
        var isGrouped = false
        var i = start
        let isLabelPosition = startsLine(text, at: start)

        func readRun() -> Int {
            var count = 0
            while digitCount <= maxDigits, let scalar = text[i], let digit = NumeralScalars.arabicDigit(scalar) {
                value = value.appending(digit: digit)
                digitCount += 1
                count += 1
                i += 1
            }
            return count
        }

        let firstGroup = readRun()
        integerDigits = firstGroup
        while i - start <= maxLength, let scalar = text[i] {
            if NumeralScalars.isThousandsSeparator(scalar), isGrouped || firstGroup <= 3,
                isDigit(text, i + 1), isDigit(text, i + 2), isDigit(text, i + 3), !isDigit(text, i + 4)
            {
                i += 1
                integerDigits += readRun()
                isGrouped = true
                isPlain = false
                continue
            }
            if NumeralScalars.isDecimalPoint(scalar) {
                let after = ScalarGap.skip(in: text, from: i + 1)
                guard isDigit(text, after), after == i + 1 || !(isLabelPosition && integerDigits <= 2) else { break }
                i = after
                isPlain = false
                fractionDigits = readRun()
                // 1.2.3 is a section number, not a quantity.
                if let next = text[i], NumeralScalars.isDecimalPoint(next), isDigit(text, i + 1) { return nil }
                break
            }
            if !isGrouped, ScalarGap.isBlank(scalar) || ScalarGap.isLineBreak(scalar) {
                let after = ScalarGap.skip(in: text, from: i)
                guard after > i, isDigit(text, after), !(isLabelPosition && integerDigits <= 2) else { break }
                // Within a line, a blank splits a number only as a thousands separator (2 100万); two figures side
                // by side in a table row (16 16%) stay two.
                let crossesLine = (i..<after).contains { text[$0].map(ScalarGap.isLineBreak) ?? false }
                if !crossesLine {
                    guard integerDigits <= 3, isDigit(text, after + 1), isDigit(text, after + 2),
                        !isDigit(text, after + 3)
                    else { break }
                }
                i = after
                isPlain = false
                integerDigits += readRun()
                continue
            }
            break
        }
        guard digitCount <= maxDigits, i - start <= maxLength else { return nil }
        return ParsedNumber(
            value: value.scaled(byPowerOfTen: -fractionDigits), start: start, end: i, form: .arabic,
            integerDigitCount: integerDigits, isPlainDigits: isPlain, hasLargeUnit: false, trailingScaleExponent: 0)
    }

    private static func isDigit(_ text: ScalarText, _ index: Int) -> Bool {
        text[index].flatMap(NumeralScalars.arabicDigit) != nil
    }

    /// Whether only blanks stand between `index` and the start of its line.
    private static func startsLine(_ text: ScalarText, at index: Int) -> Bool {
        var i = index - 1
        while let scalar = text[i], ScalarGap.isBlank(scalar) { i -= 1 }
        guard let scalar = text[i] else { return true }
        return ScalarGap.isLineBreak(scalar)
    }
}
