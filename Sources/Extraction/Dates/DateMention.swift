// Stored optionals are spelled `Optional<…>`: a variable written `T?` starts as nil, so an initializer assigns it
// rather than initializes it, and then copies the whole value on its way out (a retain and a release of each of
// its strings and arrays).

/// A date or period such as "2023年11月30日", "11月底", "2024年上半年", "第三季度" or "年底".
public struct DateMention: Sendable, Equatable {
    /// The matched text, as written.
    public var text: String
    /// Where ``text`` stands in the block, in Unicode scalar offsets.
    public var span: TextSpan
    /// The year (19xx or 20xx), when written.
    public var year: Optional<Int>
    /// The month, 1…12, when written.
    public var month: Optional<Int>
    /// The day of the month, 1…31, when written.
    public var day: Optional<Int>
    /// The period as written (上半年, 下半年, 年底, 年初, 年末, 月底, 月初, 月末, 上旬, 中旬, 下旬, 一季度, 第三季度).
    public var period: Optional<String>

    /// Creates a date.
    public init(
        text: String, span: TextSpan, year: Int? = nil, month: Int? = nil, day: Int? = nil, period: String? = nil
    ) {
        self.text = text
        self.span = span
        self.year = year
        self.month = month
        self.day = day
        self.period = period
    }
}
