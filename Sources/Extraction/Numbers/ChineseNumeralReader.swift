import Foundation

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

    /// The scalars after which a bare unit counts as one of it: 百余家 is over a hundred, 千多人 over a thousand.
    static let approximationMarks: Set<Unicode.Scalar> = ["余", "多"]

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

        var total = Decimal(0)
        var section = 0
        var pending: Int?
        var pendingFactor = Decimal(1)
        var lastSmallUnit = Int.max
        var previous = Token.none
        var hasLargeUnit = false
        var trailingScale = Decimal(1)
        var hasTrailingScale = false
        var fraction: Decimal?
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
                    case .small(let unit): pendingFactor = Decimal(unit / 10)
                    case .large(let exponent): pendingFactor = .powerOfTen(exponent - 1)
                    default: pendingFactor = 1
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
                    total += Decimal(add) * .powerOfTen(4)
                } else if add > 0 {
                    total = (total + Decimal(add)) * .powerOfTen(8)
                } else {
                    guard previous == .large(4) else { break scan }
                    total *= .powerOfTen(8)
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
                let whole = total + Decimal(section) + Decimal(pending ?? 0)
                fraction = whole + value
                i = end
                pending = nil
                if let next = text[i], let exponent = NumeralScalars.chineseLargeUnitExponent(next) {
                    fraction = (whole + value) * .powerOfTen(exponent)
                    trailingScale = .powerOfTen(exponent)
                    hasTrailingScale = true
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
        let value: Decimal
        if let fraction {
            value = fraction
        } else {
            value = total + Decimal(section) + Decimal(pending ?? 0) * pendingFactor
            if case .large(let exponent) = previous {
                trailingScale = .powerOfTen(exponent)
                hasTrailingScale = true
            }
            if previous == .large(8), i - start >= 2, text[i - 2] == "万" || text[i - 2] == "萬" {
                trailingScale = .powerOfTen(12)
            }
        }
        return ParsedNumber(
            value: value, start: start, end: i, form: .chinese, integerDigitCount: 0, isPlainDigits: false,
            hasLargeUnit: hasLargeUnit, trailingScale: trailingScale, hasTrailingScale: hasTrailingScale)
    }

    /// A unit with no digit before 余/多 (百余, 千多, 万余), read as one of that unit.
    private static func readBareUnit(_ text: ScalarText, at start: Int) -> ParsedNumber? {
        guard let scalar = text[start], let mark = text[start + 1], approximationMarks.contains(mark) else {
            return nil
        }
        let value: Decimal
        var isLarge = false
        if let unit = NumeralScalars.chineseSmallUnit(scalar), unit > 10 {
            value = Decimal(unit)
        } else if let exponent = NumeralScalars.chineseLargeUnitExponent(scalar) {
            value = .powerOfTen(exponent)
            isLarge = true
        } else {
            return nil
        }
        return ParsedNumber(
            value: value, start: start, end: start + 1, form: .chinese, integerDigitCount: 0, isPlainDigits: false,
            hasLargeUnit: isLarge, trailingScale: isLarge ? value : 1,
            hasTrailingScale: isLarge)
    }

    private enum SequenceReading {
        case none, number(ParsedNumber), estimate
    }

    /// Two or more digits and no unit, read place by place (二〇二四 is 2024).
    private static func readDigitSequence(_ text: ScalarText, at start: Int) -> SequenceReading {
        var digits: [Int] = []
        var i = start
        while i - start < maxLength, let scalar = text[i], let digit = NumeralScalars.chineseDigit(scalar) {
            digits.append(digit)
            i += 1
        }
        guard digits.count >= 2 else { return .none }
        // 三四十 (thirty or forty) and the like are estimates with no single value.
        if let next = text[i], NumeralScalars.isChineseNumeral(next) || next == "点" { return .estimate }
        return .number(
            ParsedNumber(
                value: Decimal(digits: digits, fractionDigits: 0), start: start, end: i,
                form: .chineseDigitSequence, integerDigitCount: digits.count, isPlainDigits: true,
                hasLargeUnit: false, trailingScale: 1,
                hasTrailingScale: false))
    }

    /// The digits after 点, read place by place, and the offset after them.
    private static func readFraction(_ text: ScalarText, at start: Int) -> (Decimal, Int)? {
        var digits: [Int] = []
        var i = start
        while i - start < maxLength, let scalar = text[i], let digit = NumeralScalars.chineseDigit(scalar) {
            digits.append(digit)
            i += 1
        }
        guard !digits.isEmpty else { return nil }
        return (Decimal(digits: digits, fractionDigits: digits.count), i)
    }
}
