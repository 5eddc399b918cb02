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
    /// The most memory one document's model may take (text, runs and blocks, estimated as they are read).
    public var maxDocumentBytes: UInt64

    /// Creates limits.
    ///
    /// The defaults suit the genre with a wide margin: a real report is a few MB of XML and holds
    /// well under 10 MB of model; a 40 MB `document.xml` dense with text stays within them.
    public init(
        maxTotalUncompressedBytes: UInt64 = 256 << 20, maxPartBytes: UInt64 = 128 << 20,
        maxCompressionRatio: UInt64 = 200, maxEntryCount: Int = 10_000, maxXMLDepth: Int = 256,
        maxFileBytes: UInt64 = 1 << 30, maxDocumentBytes: UInt64 = 128 << 20
    ) {
        self.maxTotalUncompressedBytes = maxTotalUncompressedBytes
        self.maxPartBytes = maxPartBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.maxEntryCount = maxEntryCount
        self.maxXMLDepth = maxXMLDepth
        self.maxFileBytes = maxFileBytes
        self.maxDocumentBytes = maxDocumentBytes
    }

    private enum CodingKeys: String, CodingKey {
        case maxTotalUncompressedBytes = "max_total_uncompressed_bytes"
        case maxPartBytes = "max_part_bytes"
        case maxCompressionRatio = "max_compression_ratio"
        case maxEntryCount = "max_entry_count"
        case maxXMLDepth = "max_xml_depth"
        case maxFileBytes = "max_file_bytes"
        case maxDocumentBytes = "max_document_bytes"
    }
}
