/// A span of a block's text in Unicode scalar offsets: `start` inclusive, `end` exclusive.
public struct TextSpan: Sendable, Equatable, Hashable, Codable, Comparable {
    /// The first scalar's offset.
    public var start: Int
    /// The offset just past the last scalar.
    public var end: Int

    /// Creates a span.
    public init(start: Int, end: Int) {
        precondition(start <= end, "span start after end")
        self.start = start
        self.end = end
    }

    /// The number of scalars covered.
    public var length: Int { end - start }

    /// Orders spans by start, then by end.
    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
