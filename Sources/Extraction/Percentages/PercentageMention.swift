// Stored optionals are spelled `Optional<…>`: a variable written `T?` starts as nil, so an initializer assigns it
// rather than initializes it, and then copies the whole value on its way out (a retain and a release of each of
// its strings and arrays).

#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// A percentage such as "82%", "百分之四十八", or a change in points such as "3.2个百分点".
public struct PercentageMention: Sendable, Equatable {
    /// The matched text, as written.
    public var text: String
    /// Where ``text`` stands in the block, in Unicode scalar offsets.
    public var span: TextSpan
    /// The number of percent (82% is 82).
    public var value: Decimal
    /// Whether the figure is a change in percentage points (个百分点).
    public var isPoints: Bool
    /// The hedge around the percentage (约, 以上 …), if any.
    public var qualifier: Optional<Qualifier>

    /// Creates a percentage.
    public init(text: String, span: TextSpan, value: Decimal, isPoints: Bool = false, qualifier: Qualifier? = nil) {
        self.text = text
        self.span = span
        self.value = value
        self.isPoints = isPoints
        self.qualifier = qualifier
    }
}
