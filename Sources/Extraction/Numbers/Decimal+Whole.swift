import Foundation

extension Decimal {
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
