/// A number with its scale, inner approximation and range, ready for a unit: 300-500万, 1700多万, 1.2万, 三千五百万.
struct Quantity: Sendable, Equatable {
    /// The offset of the first numeral.
    var start: Int
    /// The offset just past the last numeral, scale or inner approximation word.
    var end: Int
    /// The exact value; the low end of a range.
    var value: ExactNumber
    /// The high end of a range.
    var valueMax: ExactNumber?
    /// Whether 多/余 stands between the number and its unit.
    var isApproximate: Bool
    /// Whether the quantity ends with 万 or 亿 (a bare scale that may be money).
    var endsWithLargeUnit: Bool
    /// The first number as read.
    var number: ParsedNumber

    /// Whether the value and the range's high end are whole numbers.
    var isWhole: Bool { value.isWhole && (valueMax?.isWhole ?? true) }
}
