/// Scale characters written after a number: 百, 千, 万, 亿 and rising combinations (千万, 百万, 万亿).
struct ScaleSuffix: Sendable, Equatable {
    /// The power of ten of the product of the scales (7 for 千万).
    var exponent: Int
    /// The offset just past the last scale character.
    var end: Int
    /// Whether the last character is 万 or 亿, the scales that may stand for money without 元.
    var endsWithLargeUnit: Bool

    /// Reads the scale characters at `index`, stopping before a unit of `blockingUnits` that starts with a scale
    /// character (千瓦, 千米).
    static func read(_ text: ScalarText, at index: Int, blockingUnits: WordTrie<String>) -> ScaleSuffix? {
        var i = index
        var total = 0
        var lastExponent = 0
        while i - index < 3, let scalar = text[i] {
            let exponent: Int
            if let unit = NumeralScalars.chineseSmallUnit(scalar), unit >= 100 {
                exponent = unit == 100 ? 2 : 3
            } else if let large = NumeralScalars.chineseLargeUnitExponent(scalar) {
                exponent = large
            } else {
                break
            }
            guard exponent > lastExponent, !(lastExponent == 2 && exponent == 3),
                blockingUnits.longestMatch(in: text, at: i) == nil
            else { break }
            total += exponent
            lastExponent = exponent
            i += 1
        }
        guard i > index else { return nil }
        return ScaleSuffix(exponent: total, end: i, endsWithLargeUnit: lastExponent >= 4)
    }
}
