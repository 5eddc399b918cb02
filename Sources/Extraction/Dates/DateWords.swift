/// The structural words of dates and periods.
enum DateWords {
    /// Periods of a year written after 年, or on their own; the value is the period as reported.
    static let yearPeriods: [(word: String, period: String)] = [
        ("上半年", "上半年"), ("下半年", "下半年"), ("底", "年底"), ("初", "年初"), ("末", "年末"),
    ]
    /// Periods of a month written after 月; the value is the period as reported.
    static let monthPeriods: [(word: String, period: String)] = [
        ("上旬", "上旬"), ("中旬", "中旬"), ("下旬", "下旬"), ("底", "月底"), ("初", "月初"), ("末", "月末"),
    ]
    /// Periods written on their own, without a number.
    static let standalonePeriods = ["上半年", "下半年", "年底", "年初", "年末"]
    /// The word that ends a quarter (一季度, 第三季度).
    static let quarter = "季度"
    /// Words that may stand before a quarter's number (第三季度, 前三季度).
    static let quarterPrefixes: [Unicode.Scalar] = ["第", "前"]
    /// Separators of numeric dates (2023-04-15, 2023/4/15, 2023.04.15).
    static let numericSeparators: [Unicode.Scalar] = ["-", "/", "."]
}
