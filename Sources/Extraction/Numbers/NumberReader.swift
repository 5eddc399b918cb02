/// Finds where numbers start and reads them, in Arabic digits or Chinese numerals.
enum NumberReader {
    /// Whether a number may start at `index`: a digit (or a leading 十, or 百/千/万 before 余/多) whose left
    /// neighbour does not make it the middle of a number, a code (G60, ID756522) or an estimate (几十, 数十).
    static func isNumberStart(_ text: ScalarText, at index: Int) -> Bool {
        guard let scalar = text[index] else { return false }
        let isArabic = NumeralScalars.arabicDigit(scalar) != nil
        // Digits, small units and large units are disjoint: classify the scalar once.
        var isTen = false
        var isApproximateUnit = false
        var isNonZeroDigit = false
        if !isArabic {
            if let digit = NumeralScalars.chineseDigit(scalar) {
                isNonZeroDigit = digit != 0
            } else {
                let unit = NumeralScalars.chineseSmallUnit(scalar)
                isTen = unit == 10
                let isBareUnit = (unit ?? 0) > 10 || NumeralScalars.chineseLargeUnitExponent(scalar) != nil
                isApproximateUnit =
                    isBareUnit && text[index + 1].map(ChineseNumeralReader.isApproximationMark) == true
            }
        }
        let isChinese = isTen || isApproximateUnit || isNonZeroDigit
        guard isArabic || isChinese else { return false }
        guard let previous = text[index - 1] else { return true }
        if NumeralScalars.arabicDigit(previous) != nil || NumeralScalars.isDecimalPoint(previous) { return false }
        // A letter before digits makes a code (G318, A3), but an acronym of capitals names a figure (GDP115.5亿元).
        if NumeralScalars.isLatinLetter(previous), !(isArabic && followsAcronym(text, at: index)) { return false }
        if isChinese {
            if NumeralScalars.isChineseNumeral(previous) { return false }
            if isTen || isApproximateUnit, previous == "几" || previous == "数" || previous == "上" { return false }
        }
        return true
    }

    /// Whether two or more capital letters, and no other letter, stand right before `index` (GDP, PPP).
    private static func followsAcronym(_ text: ScalarText, at index: Int) -> Bool {
        var start = index
        while let scalar = text[start - 1], NumeralScalars.isLatinLetter(scalar) {
            guard scalar.properties.isUppercase else { return false }
            start -= 1
        }
        return index - start >= 2
    }

    /// The number that starts at `index`, or nil.
    static func read(_ text: ScalarText, at index: Int) -> ParsedNumber? {
        ArabicNumberReader.read(text, at: index) ?? ChineseNumeralReader.read(text, at: index)
    }
}
