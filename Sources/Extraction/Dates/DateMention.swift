/// A date or period such as "2023年11月30日", "11月底", "2024年上半年", "第三季度" or "年底".
public struct DateMention: Sendable, Equatable {
    /// The matched text, as written.
    public var text: String
    /// Where ``text`` stands in the block, in Unicode scalar offsets.
    public var span: TextSpan
    /// The year (19xx or 20xx), when written.
    public var year: Int?
    /// The month, 1…12, when written.
    public var month: Int?
    /// The day of the month, 1…31, when written.
    public var day: Int?
    /// The period as written (上半年, 下半年, 年底, 年初, 年末, 月底, 月初, 月末, 上旬, 中旬, 下旬, 一季度, 第三季度).
    public var period: String?

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
