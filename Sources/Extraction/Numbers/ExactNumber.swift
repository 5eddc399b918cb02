#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// An exact non-negative decimal as the scan computes it: `significand × 10^exponent` with a 128-bit significand.
///
/// Foundation's `Decimal` allocates and spends thousands of instructions on every operation, while the numbers of
/// a report fit 128 bits; so the readers compute in integers and a finding converts its values to `Decimal` once
/// (``decimal``). `Decimal` is exact up to the same 128-bit significand, so both agree on every result that fits;
/// an operation whose result does not fit is done by `Decimal` itself (which rounds it, as it always did) and its
/// result stored back, so a value never depends on which arithmetic produced it. Values compare by value: 1.50
/// equals 1.5.
///
/// The type holds no reference (a boxed `Decimal`, or `Decimal` itself, whose size is known only at run time,
/// would make every reading that carries a number copy and destroy through runtime calls).
struct ExactNumber: Sendable {
    /// The significand.
    private var significand: UInt128
    /// The power of ten the significand is scaled by; ``notANumber`` after a `Decimal` operation failed.
    private var exponent: Int

    private static var notANumber: Int { .min }

    /// The exact value `significand × 10^exponent`.
    init(significand: UInt128, exponent: Int = 0) {
        self.significand = significand
        self.exponent = exponent
    }

    /// The exact value of a non-negative integer.
    init(_ value: Int) {
        precondition(value >= 0, "ExactNumber is never negative")
        self.init(significand: UInt128(value))
    }

    /// The value of a non-negative `Decimal` (a result of `Decimal` arithmetic, whose significand has 128 bits).
    init(_ value: Decimal) {
        guard value.isFinite, value >= 0 else {
            self.init(significand: 0, exponent: Self.notANumber)
            return
        }
        // The significand is an integer below 2^128; its digits are exact.
        var significand: UInt128 = 0
        for digit in value.significand.description.utf8 {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { continue }
            significand = significand &* 10 &+ UInt128(digit - UInt8(ascii: "0"))
        }
        self.init(significand: significand, exponent: value.exponent)
    }

    /// Ten to the power `exponent`.
    static func powerOfTen(_ exponent: Int) -> ExactNumber {
        ExactNumber(significand: 1, exponent: exponent)
    }

    /// Whether the value is a number (false only after a `Decimal` operation overflowed its exponent).
    private var isNumber: Bool { exponent != Self.notANumber }

    /// The value with `digit` (0…9) written after its last digit: `self × 10 + digit`.
    func appending(digit: Int) -> ExactNumber {
        if exponent == 0 {
            let (shifted, overflowShift) = significand.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = shifted.addingReportingOverflow(UInt128(digit))
            if !overflowShift, !overflowSum { return ExactNumber(significand: sum) }
        }
        return ExactNumber(decimal * 10 + Decimal(digit))
    }

    /// The value times ten to the power `exponent`: only the exponent moves.
    func scaled(byPowerOfTen exponent: Int) -> ExactNumber {
        guard exponent != 0, isNumber else { return self }
        return ExactNumber(significand: significand, exponent: self.exponent + exponent)
    }

    /// The exact sum, or `Decimal`'s sum when that does not fit 128 bits.
    static func + (lhs: ExactNumber, rhs: ExactNumber) -> ExactNumber {
        if lhs.isNumber, rhs.isNumber {
            // Bring both significands to the smaller exponent; a zero needs no alignment.
            let exponent =
                lhs.significand == 0
                ? rhs.exponent : rhs.significand == 0 ? lhs.exponent : min(lhs.exponent, rhs.exponent)
            if let left = aligned(lhs.significand, from: lhs.exponent, to: exponent),
                let right = aligned(rhs.significand, from: rhs.exponent, to: exponent)
            {
                let (sum, overflow) = left.addingReportingOverflow(right)
                if !overflow { return ExactNumber(significand: sum, exponent: exponent) }
            }
        }
        return ExactNumber(lhs.decimal + rhs.decimal)
    }

    /// `significand × 10^from` written with exponent `to` (≤ `from`), or nil when that overflows.
    private static func aligned(_ significand: UInt128, from: Int, to: Int) -> UInt128? {
        guard from != to, significand != 0 else { return significand }
        guard let factor = UInt128.powerOfTen(from - to) else { return nil }
        let (product, overflow) = significand.multipliedReportingOverflow(by: factor)
        return overflow ? nil : product
    }
}

extension ExactNumber: Comparable {
    static func == (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        compare(lhs, rhs) == 0
    }

    static func < (lhs: ExactNumber, rhs: ExactNumber) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// -1, 0 or 1 as `lhs` is less than, equal to or greater than `rhs`.
    private static func compare(_ lhs: ExactNumber, _ rhs: ExactNumber) -> Int {
        guard lhs.isNumber, rhs.isNumber else {
            let left = lhs.decimal
            let right = rhs.decimal
            return left < right ? -1 : left == right ? 0 : 1
        }
        var left = lhs.significand
        var right = rhs.significand
        if left != 0, right != 0, lhs.exponent != rhs.exponent {
            // Scale the side with the larger exponent down to the other's; if that overflows, it is the larger.
            if lhs.exponent > rhs.exponent {
                guard let scaled = aligned(left, from: lhs.exponent, to: rhs.exponent) else { return 1 }
                left = scaled
            } else {
                guard let scaled = aligned(right, from: rhs.exponent, to: lhs.exponent) else { return -1 }
                right = scaled
            }
        }
        return left < right ? -1 : left == right ? 0 : 1
    }
}

extension ExactNumber: ExpressibleByIntegerLiteral {
    init(integerLiteral value: Int) {
        self.init(value)
    }
}

extension ExactNumber {
    /// Whether the value has no fractional part.
    var isWhole: Bool {
        guard isNumber else { return decimal.isWhole }
        guard exponent < 0, significand != 0 else { return true }
        // A non-zero significand below 2^128 is never a multiple of 10^39 or more.
        guard let divisor = UInt128.powerOfTen(-exponent) else { return false }
        return significand % divisor == 0
    }

    /// The value as an `Int` when it is whole and fits, else nil.
    var wholeInt: Int? {
        guard isNumber, isWhole else { return nil }
        var whole = significand
        if exponent > 0, significand != 0 {
            guard let factor = UInt128.powerOfTen(exponent) else { return nil }
            let (product, overflow) = significand.multipliedReportingOverflow(by: factor)
            guard !overflow else { return nil }
            whole = product
        } else if exponent < 0 {
            whole = UInt128.powerOfTen(-exponent).map { significand / $0 } ?? 0
        }
        return whole <= UInt128(Int.max) ? Int(whole) : nil
    }

    /// The value as a `Decimal`, in its compact form (trailing zeros of the significand moved to the exponent),
    /// as Foundation's own arithmetic leaves it.
    var decimal: Decimal {
        guard isNumber else { return .nan }
        guard significand != 0 else { return Decimal() }
        var significand = significand
        var exponent = exponent
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        let digits: Decimal
        if let small = UInt64(exactly: significand) {
            // Most values of a report are integers with no trailing zero: those need no exponent.
            if exponent == 0 { return Decimal(small) }
            digits = Decimal(small)
        } else {
            // Exact: both parts and the result fit `Decimal`'s 128-bit significand.
            let high = Decimal(UInt64(truncatingIfNeeded: significand >> 64))
            digits =
                high * Decimal(sign: .plus, exponent: 0, significand: Self.twoToThe64)
                + Decimal(UInt64(truncatingIfNeeded: significand))
        }
        return Decimal(sign: .plus, exponent: exponent, significand: digits)
    }

    /// 2^64, for building a `Decimal` from the two halves of a significand.
    private static var twoToThe64: Decimal { Decimal(UInt64.max) + 1 }
}

extension ExactNumber: CustomStringConvertible {
    var description: String { decimal.description }
}

extension UInt128 {
    /// Ten to the power `exponent` (0…38), or nil when it does not fit 128 bits.
    static func powerOfTen(_ exponent: Int) -> UInt128? {
        // A loop, not a table: the exponents are small, and a global table costs a lazy-initialisation check.
        guard exponent >= 0, exponent <= 38 else { return nil }
        var power: UInt128 = 1
        for _ in 0..<exponent { power &*= 10 }
        return power
    }
}
