// Stored optionals are spelled `Optional<…>`: a variable written `T?` starts as nil, so an initializer assigns it
// rather than initializes it, and then copies the whole value on its way out (a retain and a release of each of
// its strings and arrays).

#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// A count: a number with a measure word, such as "14家", "3个项目", "近600名", "1.2万人次".
public struct CountMention: Sendable, Equatable {
    /// The matched text, from the first numeral to the end of the measure word, as written.
    public var text: String
    /// Where ``text`` stands in the block, in Unicode scalar offsets.
    public var span: TextSpan
    /// The counted number (3万人 is 30000); the low end of a range.
    public var value: Decimal
    /// The high end of a range (3-5家 gives 5), else nil.
    public var valueMax: Optional<Decimal>
    /// The measure word ("家", "人次" …).
    public var unit: String
    /// The counted noun when the clause names it (高新技术企业 in "14家高新技术企业"), else nil.
    public var subject: Optional<String>
    /// The hedge around the count (近, 余, 以上 …), if any.
    public var qualifier: Optional<Qualifier>

    /// Creates a count.
    public init(
        text: String, span: TextSpan, value: Decimal, valueMax: Decimal? = nil, unit: String,
        subject: String? = nil, qualifier: Qualifier? = nil
    ) {
        self.text = text
        self.span = span
        self.value = value
        self.valueMax = valueMax
        self.unit = unit
        self.subject = subject
        self.qualifier = qualifier
    }
}
