/// A number read from text, before any unit: its exact value, where it stands and how it was written.
struct ParsedNumber: Sendable, Equatable {
    /// How the number is written.
    enum Form: Sendable, Equatable {
        /// Arabic or full-width digits, possibly with separators, a decimal point or PDF gaps.
        case arabic
        /// A Chinese numeral with units (十四, 一千二百, 三千五百万, 两).
        case chinese
        /// Two or more Chinese digits read place by place (二〇二四).
        case chineseDigitSequence
    }

    /// The exact value.
    var value: ExactNumber
    /// The offset of the first scalar.
    var start: Int
    /// The offset just past the last scalar.
    var end: Int
    /// How the number is written.
    var form: Form
    /// The number of digits before the decimal point (Arabic numbers and digit sequences).
    var integerDigitCount: Int
    /// Written as bare digits: no separator, decimal point or gap (as years, months and days are).
    var isPlainDigits: Bool
    /// A Chinese numeral that contains 万 or 亿, so it carries its own scale.
    var hasLargeUnit: Bool
    /// The power of ten of the large unit a Chinese numeral ends with (4 for 三千五百万, 12 for 三万亿), else 0.
    var trailingScaleExponent: Int

    /// Whether the numeral ends with a large unit.
    var hasTrailingScale: Bool { trailingScaleExponent != 0 }
}
