// Stored optionals are spelled `Optional<…>`: a variable written `T?` starts as nil, so an initializer assigns it
// rather than initializes it, and then copies the whole value on its way out (a retain and a release of each of
// its strings and arrays).

#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// A money amount such as "1601.9万元", "人民币500万元", "300-500万元" or a bare "1200万" in a money context.
public struct MoneyAmount: Sendable, Equatable {
    /// The matched text, from the currency prefix or first numeral to the end of the unit, as written.
    public var text: String
    /// Where ``text`` stands in the block, in Unicode scalar offsets.
    public var span: TextSpan
    /// The exact amount in base units of the currency (7250.74万元 is 72507400); the low end of a range.
    public var value: Decimal
    /// The high end of a range (300-500万元 gives 5000000), else nil.
    public var valueMax: Optional<Decimal>
    /// The ISO 4217 code of the currency ("CNY", "USD" …).
    public var currency: String
    /// The hedge around the amount (约, 不超过, 以上, 多 …), if any.
    public var qualifier: Optional<Qualifier>
    /// Whether the amount is a bare 万/亿 with no currency word, accepted because the context is money.
    public var isBareScale: Bool

    /// Creates an amount.
    public init(
        text: String, span: TextSpan, value: Decimal, valueMax: Decimal? = nil, currency: String,
        qualifier: Qualifier? = nil, isBareScale: Bool = false
    ) {
        self.text = text
        self.span = span
        self.value = value
        self.valueMax = valueMax
        self.currency = currency
        self.qualifier = qualifier
        self.isBareScale = isBareScale
    }
}
