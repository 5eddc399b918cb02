/// Reads a Chinese numeral: 十四, 一千二百, 两, 一百零五, 贰拾, 二十万, 三千五百万, 三万亿, 十二点五, 二〇二四.
///
/// A numeral that runs on into more numeral characters it cannot absorb (十二五, 十四五) is a term, not a
/// number, and reads as nil; so does one that starts with a zero. Colloquial tails count as in speech:
/// 一万五 is 15000, 一千二 is 1200.
enum ChineseNumeralReader {
    /// The most scalars one numeral may span.
    static let maxLength = 24

    private enum Token: Equatable {
        case none, digit, zero, small(Int), large(Int)

        var isSmallUnit: Bool {
            if case .small = self { return true }
            return false
        }
    }

    /// Whether a bare unit before the scalar counts as one of it: 百余家 is over a hundred, 千多人 over a thousand.
    static func isApproximationMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "余" || scalar == "多"
    }

    /// The numeral that starts at `start`, or nil.
    static func read(_ text: ScalarText, at start: Int) -> ParsedNumber? {
        guard let first = text[start], NumeralScalars.isChineseNumeral(first), !NumeralScalars.isChineseZero(first)
        else { return nil }
        if let bare = readBareUnit(text, at: start) { return bare }
        switch readDigitSequence(text, at: start) {
        case .number(let number): return number
        case .estimate: return nil
        case .none: break
        }

        var total = ExactNumber(0)
        var section = 0
        var pending: Int?
        // The power of ten a lone digit after a unit stands for: 一万五 is 1.5 万, so the 五 counts 10³.
        var pendingExponent = 0
        var lastSmallUnit = Int.max
        var previous = Token.none
        var hasLargeUnit = false
        var trailingScaleExponent = 0
        var fraction: ExactNumber?
        var i = start

        scan: while i - start < maxLength, let scalar = text[i] {
            if let digit = NumeralScalars.chineseDigit(scalar) {
                if NumeralScalars.isChineseZero(scalar) {
                    guard pending == nil, previous != .none, previous != .zero else { break scan }
                    previous = .zero
                } else {
                    guard pending == nil else { break scan }
                    pending = digit
                    switch previous {
                    case .small(let unit): pendingExponent = unit == 1000 ? 2 : unit == 100 ? 1 : 0
                    case .large(let exponent): pendingExponent = exponent - 1
                    default: pendingExponent = 0
                    }
                    previous = .digit
                }
                i += 1
            } else if let unit = NumeralScalars.chineseSmallUnit(scalar) {
                let digit: Int
                if let pending {
                    digit = pending
                } else if unit == 10, previous == .none {
                    digit = 1
                } else {
                    break scan
                }
                guard unit < lastSmallUnit else { break scan }
                section += digit * unit
                pending = nil
                lastSmallUnit = unit
                previous = .small(unit)
                i += 1
            } else if let exponent = NumeralScalars.chineseLargeUnitExponent(scalar) {
                let add = section + (pending ?? 0)
                if exponent == 4 {
                    guard add > 0 else { break scan }
                    total = total + ExactNumber(add).scaled(byPowerOfTen: 4)
                } else if add > 0 {
                    total = (total + ExactNumber(add)).scaled(byPowerOfTen: 8)
                } else {
                    guard previous == .large(4) else { break scan }
                    total = total.scaled(byPowerOfTen: 8)
                }
                section = 0
                pending = nil
                lastSmallUnit = Int.max
                previous = .large(exponent)
                hasLargeUnit = true
                i += 1
            } else if scalar == "点", previous == .digit || previous.isSmallUnit,
                let (value, end) = readFraction(text, at: i + 1)
            {
                let whole = total + ExactNumber(section) + ExactNumber(pending ?? 0)
                fraction = whole + value
                i = end
                pending = nil
                if let next = text[i], let exponent = NumeralScalars.chineseLargeUnitExponent(next) {
                    fraction = (whole + value).scaled(byPowerOfTen: exponent)
                    trailingScaleExponent = exponent
                    hasLargeUnit = true
                    i += 1
                }
                previous = .digit
                break scan
            } else {
                break scan
            }
        }

        guard i > start, previous != .zero else { return nil }
        if let next = text[i], NumeralScalars.isChineseNumeral(next) { return nil }
        let value: ExactNumber
        if let fraction {
            value = fraction
        } else {
            value = total + ExactNumber(section) + ExactNumber(pending ?? 0).scaled(byPowerOfTen: pendingExponent)
            if case .large(let exponent) = previous {
                trailingScaleExponent = exponent
            }
            if previous == .large(8), i - start >= 2, text[i - 2] == "万" || text[i - 2] == "萬" {
                trailingScaleExponent = 12
            }
        }
        return ParsedNumber(
            value: value, start: start, end: i, form: .chinese, integerDigitCount: 0, isPlainDigits: false,
            hasLargeUnit: hasLargeUnit, trailingScaleExponent: trailingScaleExponent)
    }

    /// A unit with no digit before 余/多 (百余, 千多, 万余), read as one of that unit.
    private static func readBareUnit(_ text: ScalarText, at start: Int) -> ParsedNumber? {
        guard let scalar = text[start], let mark = text[start + 1], isApproximationMark(mark) else {
            return nil
        }
        let value: ExactNumber
        var largeExponent = 0
        if let unit = NumeralScalars.chineseSmallUnit(scalar), unit > 10 {
            value = ExactNumber(unit)
        } else if let exponent = NumeralScalars.chineseLargeUnitExponent(scalar) {
            value = .powerOfTen(exponent)
            largeExponent = exponent
        } else {
            return nil
        }
        return ParsedNumber(
            value: value, start: start, end: start + 1, form: .chinese, integerDigitCount: 0, isPlainDigits: false,
            hasLargeUnit: largeExponent != 0, trailingScaleExponent: largeExponent)
    }

    private enum SequenceReading {
        case none, number(ParsedNumber), estimate
    }

    /// Two or more digits and no unit, read place by place (二〇二四 is 2024).
    private static func readDigitSequence(_ text: ScalarText, at start: Int) -> SequenceReading {
        var value = ExactNumber(0)
        var i = start
        while i - start < maxLength, let scalar = text[i], let digit = NumeralScalars.chineseDigit(scalar) {
            value = value.appending(digit: digit)
            i += 1
        }
        let count = i - start
        guard count >= 2 else { return .none }
        // 三四十 (thirty or forty) and the like are estimates with no single value.
        if let next = text[i], NumeralScalars.isChineseNumeral(next) || next == "点" { return .estimate }
        return .number(
            ParsedNumber(
                value: value, start: start, end: i, form: .chineseDigitSequence, integerDigitCount: count,
                isPlainDigits: true, hasLargeUnit: false, trailingScaleExponent: 0))
    }

    /// The digits after 点, read place by place, and the offset after them.
    private static func readFraction(_ text: ScalarText, at start: Int) -> (ExactNumber, Int)? {
        var value = ExactNumber(0)
        var i = start
        while i - start < maxLength, let scalar = text[i], let digit = NumeralScalars.chineseDigit(scalar) {
            value = value.appending(digit: digit)
            i += 1
        }
        guard i > start else { return nil }
        return (value.scaled(byPowerOfTen: -(i - start)), i)
    }
}
