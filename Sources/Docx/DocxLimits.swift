/// Bounds on what a single document may cost to read; every field can be changed by the caller.
public struct DocxLimits: Sendable, Equatable, Codable {
    /// The most bytes all parts read may inflate to, together.
    public var maxTotalUncompressedBytes: UInt64
    /// The most bytes one part may inflate to.
    public var maxPartBytes: UInt64
    /// The most inflated bytes per compressed byte of a part (checked past 1 MiB inflated).
    public var maxCompressionRatio: UInt64
    /// The most entries the archive may have.
    public var maxEntryCount: Int
    /// The deepest element nesting any XML part may have.
    public var maxXMLDepth: Int
    /// The most bytes the file itself may have.
    public var maxFileBytes: UInt64

    /// Creates limits; the defaults suit real reports with a wide margin.
    public init(
        maxTotalUncompressedBytes: UInt64 = 1 << 30, maxPartBytes: UInt64 = 512 << 20,
        maxCompressionRatio: UInt64 = 200, maxEntryCount: Int = 10_000, maxXMLDepth: Int = 256,
        maxFileBytes: UInt64 = 1 << 30
    ) {
        self.maxTotalUncompressedBytes = maxTotalUncompressedBytes
        self.maxPartBytes = maxPartBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.maxEntryCount = maxEntryCount
        self.maxXMLDepth = maxXMLDepth
        self.maxFileBytes = maxFileBytes
    }

    private enum CodingKeys: String, CodingKey {
        case maxTotalUncompressedBytes = "max_total_uncompressed_bytes"
        case maxPartBytes = "max_part_bytes"
        case maxCompressionRatio = "max_compression_ratio"
        case maxEntryCount = "max_entry_count"
        case maxXMLDepth = "max_xml_depth"
        case maxFileBytes = "max_file_bytes"
    }
}
