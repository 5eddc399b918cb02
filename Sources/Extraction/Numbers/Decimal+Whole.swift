#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension Decimal {
    /// Whether the value has no fractional part.
    var isWhole: Bool {
        // A non-negative exponent means an integer; with a negative one, the exact decimal text tells (it has no
        // point when the digits after it would all be zeros).
        exponent >= 0 || !description.utf8.contains(UInt8(ascii: "."))
    }

    /// The value as an `Int` when it is whole and small enough, else nil.
    var wholeInt: Int? {
        isWhole ? Int(description) : nil
    }
}
