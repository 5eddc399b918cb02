public import ArgumentParser
public import ExtractionPipeline

/// Command-line options for the reader's limits; each defaults to ``DocxLimits``' default.
public struct LimitOptions: ParsableArguments {
    /// Largest total uncompressed size of the parts read, in MiB.
    @Option(help: "Largest total uncompressed size of the parts read, in MiB.")
    public var maxTotalMib: UInt64 = DocxLimits().maxTotalUncompressedBytes >> 20

    /// Largest uncompressed size of one part, in MiB.
    @Option(help: "Largest uncompressed size of one part, in MiB.")
    public var maxPartMib: UInt64 = DocxLimits().maxPartBytes >> 20

    /// Largest compression ratio of a part (inflated bytes per compressed byte).
    @Option(help: "Largest compression ratio of a part (inflated bytes per compressed byte).")
    public var maxRatio: UInt64 = DocxLimits().maxCompressionRatio

    /// Most memory one document's model may take (text, runs and blocks, estimated while reading), in MiB.
    @Option(help: "Most memory one document's model may take (text, runs and blocks, estimated while reading), in MiB.")
    public var maxDocumentMib: UInt64 = DocxLimits().maxDocumentBytes >> 20

    /// Most entries in the archive.
    @Option(help: "Most entries in the archive.")
    public var maxEntries: Int = DocxLimits().maxEntryCount

    /// Deepest XML element nesting.
    @Option(help: "Deepest XML element nesting.")
    public var maxDepth: Int = DocxLimits().maxXMLDepth

    /// Options at their defaults.
    public init() {}

    /// The limits these options describe.
    public var docxLimits: DocxLimits {
        DocxLimits(
            maxTotalUncompressedBytes: maxTotalMib << 20, maxPartBytes: maxPartMib << 20,
            maxCompressionRatio: maxRatio, maxEntryCount: maxEntries, maxXMLDepth: maxDepth,
            maxDocumentBytes: maxDocumentMib << 20)
    }
}
