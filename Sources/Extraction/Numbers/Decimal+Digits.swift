import Foundation

extension Decimal {
    /// Ten to the power `exponent`, exactly.
    static func powerOfTen(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    /// The exact value of `digits` (each 0…9) with the last `fractionDigits` of them after the decimal point.
    init(digits: [Int], fractionDigits: Int) {
        // Up to 18 digits fit a UInt64 exactly; Decimal arithmetic per digit costs far more than integer steps.
        if digits.count <= 18 {
            var value: UInt64 = 0
            for digit in digits { value = value * 10 + UInt64(digit) }
            self.init(sign: .plus, exponent: -fractionDigits, significand: Decimal(value))
            return
        }
        var significand = Decimal(0)
        for digit in digits { significand = significand * 10 + Decimal(digit) }
        self.init(sign: .plus, exponent: -fractionDigits, significand: significand)
    }

    /// Whether the value has no fractional part.
    var isWhole: Bool {
        // A non-negative exponent means an integer; only a negative one needs rounding to tell.
        if exponent >= 0 { return true }
        var copy = self
        var rounded = Decimal()
        NSDecimalRound(&rounded, &copy, 0, .down)
        return rounded == self
    }

    /// The value as an `Int` when it is whole and small enough, else nil.
    var wholeInt: Int? {
        guard isWhole, self >= Decimal(Int.min), self <= Decimal(Int.max) else { return nil }
        return NSDecimalNumber(decimal: self).intValue
    }
}
