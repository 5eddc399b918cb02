import Foundation

/// Scale characters written after a number: 百, 千, 万, 亿 and rising combinations (千万, 百万, 万亿).
struct ScaleSuffix: Sendable, Equatable {
    /// The product of the scales (10⁷ for 千万).
    var multiplier: Decimal
    /// The offset just past the last scale character.
    var end: Int
    /// Whether the last character is 万 or 亿, the scales that may stand for money without 元.
    var endsWithLargeUnit: Bool

    /// Reads the scale characters at `index`; `isBlocked(i)` stops before a unit that starts with a scale
    /// character (千瓦, 千米).
    static func read(_ text: ScalarText, at index: Int, isBlocked: (Int) -> Bool) -> ScaleSuffix? {
        var i = index
        var multiplier = Decimal(1)
        var lastExponent = 0
        while i - index < 3, let scalar = text[i], !isBlocked(i) {
            let exponent: Int
            if let unit = NumeralScalars.chineseSmallUnit(scalar), unit >= 100 {
                exponent = unit == 100 ? 2 : 3
            } else if let large = NumeralScalars.chineseLargeUnitExponent(scalar) {
                exponent = large
            } else {
                break
            }
            guard exponent > lastExponent, !(lastExponent == 2 && exponent == 3) else { break }
            multiplier *= .powerOfTen(exponent)
            lastExponent = exponent
            i += 1
        }
        guard i > index else { return nil }
        return ScaleSuffix(multiplier: multiplier, end: i, endsWithLargeUnit: lastExponent >= 4)
    }
}
