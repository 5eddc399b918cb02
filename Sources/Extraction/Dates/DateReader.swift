/// Reads dates and periods: 2023年11月30日, 2023年11月, 2023年度, 11月底, 5月21日, 8月份, 2024年上半年,
/// 一季度, 第三季度, 上半年, 年底, 2023-04-15, 二〇二四年.
///
/// A year alone needs four digits, 19xx or 20xx (Arabic, or Chinese digits read place by place).
struct DateReader: Sendable {
    private let standalone: WordTrie<Bool>
    // The structural words split into scalars once, so matching them decodes no `String`.
    private let yearPeriods: [(word: [Unicode.Scalar], period: String)]
    private let monthPeriods: [(word: [Unicode.Scalar], period: String)]
    private let quarterWord: [Unicode.Scalar]

    /// Creates a reader.
    init() {
        standalone = WordTrie(DateWords.standalonePeriods.map { ($0, true) })
        yearPeriods = DateWords.yearPeriods.map { (Array($0.word.unicodeScalars), $0.period) }
        monthPeriods = DateWords.monthPeriods.map { (Array($0.word.unicodeScalars), $0.period) }
        quarterWord = Array(DateWords.quarter.unicodeScalars)
    }

    /// The date that starts at `index`, where `number` is the number read there (nil if none could be).
    func read(at index: Int, number: ParsedNumber?, in text: ScalarText) -> DateMention? {
        if let numeric = readNumeric(at: index, in: text) { return numeric }
        guard let number else { return nil }
        if let year = Self.year(of: number) {
            let mark = ScalarGap.skip(in: text, from: number.end)
            guard text[mark] == "年" else { return nil }
            var date = Fields(year: year, end: mark + 1)
            if text[date.end] == "度" {
                date.end += 1
            } else if let month = readMonth(at: ScalarGap.skip(in: text, from: date.end), in: text) {
                date.merge(month)
            } else if let period = readYearPeriod(at: date.end, in: text) {
                date.period = period.period
                date.end = period.end
            }
            return date.mention(start: index, in: text)
        }
        if let month = readMonth(number, in: text) {
            var date = Fields(end: index)
            date.merge(month)
            return date.mention(start: index, in: text)
        }
        if let quarter = readQuarter(at: index, in: text) {
            return Fields(period: quarter.period, end: quarter.end).mention(start: index, in: text)
        }
        return nil
    }

    /// The period word or ordinal quarter that starts at `index` (上半年, 年底, 第三季度, 前三季度).
    func readWord(at index: Int, in text: ScalarText) -> DateMention? {
        if let scalar = text[index], DateWords.quarterPrefixes.contains(scalar) {
            guard let quarter = readQuarter(at: index, in: text) else { return nil }
            return Fields(period: quarter.period, end: quarter.end).mention(start: index, in: text)
        }
        guard let match = standalone.longestMatch(in: text, at: index) else { return nil }
        let end = index + match.length
        if text[end - 1] == "初", text[end] == "步" { return nil }
        let word = text.string(from: index, to: end)
        return Fields(period: word, end: end).mention(start: index, in: text)
    }

    private struct Fields {
        var year: Int?
        var month: Int?
        var day: Int?
        var period: String?
        var end: Int

        mutating func merge(_ other: Fields) {
            month = other.month ?? month
            day = other.day ?? day
            period = other.period ?? period
            end = other.end
        }

        func mention(start: Int, in text: ScalarText) -> DateMention {
            DateMention(
                text: text.string(from: start, to: end), span: TextSpan(start: start, end: end), year: year,
                month: month, day: day, period: period)
        }
    }

    /// A month at `index` with its day or period: 11月, 11月30日, 11月底, 8月份, 十一月上旬.
    private func readMonth(at index: Int, in text: ScalarText) -> Fields? {
        readMonth(NumberReader.read(text, at: index), in: text)
    }

    /// A month that starts with `number` (already read) with its day or period.
    private func readMonth(_ number: ParsedNumber?, in text: ScalarText) -> Fields? {
        guard let (month, numberEnd) = Self.smallNumber(number, in: 1...12) else { return nil }
        let mark = ScalarGap.skip(in: text, from: numberEnd)
        guard text[mark] == "月" else { return nil }
        var fields = Fields(month: month, end: mark + 1)
        if text[fields.end] == "份" {
            fields.end += 1
            return fields
        }
        let dayStart = ScalarGap.skip(in: text, from: fields.end)
        if let (day, dayEnd) = Self.smallNumber(at: dayStart, in: 1...31, in: text) {
            let dayMark = ScalarGap.skip(in: text, from: dayEnd)
            if text[dayMark] == "日" || text[dayMark] == "号" {
                fields.day = day
                fields.end = dayMark + 1
                return fields
            }
        }
        for (word, period) in monthPeriods where text.contains(word, at: fields.end) {
            let end = fields.end + word.count
            if word.count == 1, word[0] == "初", text[end] == "步" { break }
            fields.period = period
            fields.end = end
            break
        }
        return fields
    }

    /// A period written right after 年: 上半年, 底, 初, 末, or a quarter.
    private func readYearPeriod(at index: Int, in text: ScalarText) -> (period: String, end: Int)? {
        for (word, period) in yearPeriods where text.contains(word, at: index) {
            let end = index + word.count
            if word.count == 1, word[0] == "初", text[end] == "步" { return nil }
            return (period, end)
        }
        return readQuarter(at: index, in: text)
    }

    /// A quarter at `index`: 一季度, 3季度, 第三季度, 前三季度; the period is the text as written.
    private func readQuarter(at index: Int, in text: ScalarText) -> (period: String, end: Int)? {
        // Cheap test first: a quarter needs its 季 within a few scalars, and most positions have none.
        guard let quarterMark = quarterWord.first, (index..<(index + 6)).contains(where: { text[$0] == quarterMark })
        else { return nil }
        var numberStart = index
        if let scalar = text[index], DateWords.quarterPrefixes.contains(scalar) { numberStart += 1 }
        guard let (_, numberEnd) = Self.smallNumber(at: numberStart, in: 1...4, in: text),
            text.contains(quarterWord, at: numberEnd)
        else { return nil }
        let end = numberEnd + quarterWord.count
        return (text.string(from: index, to: end), end)
    }

    /// A numeric date at `index`: four-digit year, month and day joined by the same `-`, `/` or `.`.
    private func readNumeric(at index: Int, in text: ScalarText) -> DateMention? {
        func digits(from start: Int, max: Int) -> (value: Int, end: Int)? {
            var value = 0
            var i = start
            while i - start < max, let scalar = text[i], let digit = NumeralScalars.arabicDigit(scalar) {
                value = value * 10 + digit
                i += 1
            }
            guard i > start, text[i].flatMap(NumeralScalars.arabicDigit) == nil else { return nil }
            return (value, i)
        }
        // The separator four scalars on is the cheap test that fails for nearly every number.
        guard let separator = text[index + 4], DateWords.numericSeparators.contains(separator),
            let year = digits(from: index, max: 4), year.end - index == 4, (1900...2099).contains(year.value),
            let month = digits(from: year.end + 1, max: 2), (1...12).contains(month.value),
            text[month.end] == separator, let day = digits(from: month.end + 1, max: 2), (1...31).contains(day.value)
        else { return nil }
        return DateMention(
            text: text.string(from: index, to: day.end), span: TextSpan(start: index, end: day.end), year: year.value,
            month: month.value, day: day.value)
    }

    /// The year a number can be: four plain digits (or Chinese digits read place by place), 1900…2099.
    private static func year(of number: ParsedNumber) -> Int? {
        guard number.isPlainDigits, number.integerDigitCount == 4, let value = number.value.wholeInt,
            (1900...2099).contains(value)
        else { return nil }
        return value
    }

    /// A small whole number at `index` (a month, day or quarter): at most two plain digits, or a Chinese numeral.
    private static func smallNumber(at index: Int, in range: ClosedRange<Int>, in text: ScalarText) -> (Int, Int)? {
        smallNumber(NumberReader.read(text, at: index), in: range)
    }

    /// The value and end of `number` when it can be a month, day or quarter in `range`.
    private static func smallNumber(_ number: ParsedNumber?, in range: ClosedRange<Int>) -> (Int, Int)? {
        guard let number else { return nil }
        switch number.form {
        case .arabic: guard number.isPlainDigits, number.integerDigitCount <= 2 else { return nil }
        case .chinese: guard !number.hasLargeUnit else { return nil }
        case .chineseDigitSequence: return nil
        }
        guard let value = number.value.wholeInt, range.contains(value) else { return nil }
        return (value, number.end)
    }
}
