/// Bounds applied while an entry is inflated, counted on the bytes actually produced.
///
/// Declared sizes in a zip are advisory (libzip 1.7 inflates past them without complaint), so these
/// limits are enforced on the running count of inflated bytes.
public struct ZipReadLimit: Sendable, Equatable {
    /// The most bytes the entry may inflate to.
    public var maxBytes: UInt64
    /// The most inflated bytes per compressed byte, checked once the entry has produced `ratioFloor` bytes.
    public var maxCompressionRatio: UInt64
    /// Below this many inflated bytes the ratio is not checked (small parts compress very well).
    public var ratioFloor: UInt64

    /// Creates a limit.
    public init(maxBytes: UInt64, maxCompressionRatio: UInt64, ratioFloor: UInt64 = 1 << 20) {
        self.maxBytes = maxBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioFloor = ratioFloor
    }

    /// No limit at all.
    public static let unlimited = ZipReadLimit(maxBytes: .max, maxCompressionRatio: .max)
}
