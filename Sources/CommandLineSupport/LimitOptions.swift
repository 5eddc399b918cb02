public import ArgumentParser
public import ExtractionPipeline

/// Command-line options for the reader's limits.
public struct LimitOptions: ParsableArguments {
    @Option(help: "Largest total uncompressed size of the parts read, in MiB.")
    public var maxTotalMib: UInt64 = 1024

    @Option(help: "Largest uncompressed size of one part, in MiB.")
    public var maxPartMib: UInt64 = 512

    @Option(help: "Largest compression ratio of a part (inflated bytes per compressed byte).")
    public var maxRatio: UInt64 = 200

    @Option(help: "Most entries in the archive.")
    public var maxEntries: Int = 10_000

    @Option(help: "Deepest XML element nesting.")
    public var maxDepth: Int = 256

    /// Options at their defaults.
    public init() {}

    /// The limits these options describe.
    public var docxLimits: DocxLimits {
        DocxLimits(
            maxTotalUncompressedBytes: maxTotalMib << 20, maxPartBytes: maxPartMib << 20,
            maxCompressionRatio: maxRatio, maxEntryCount: maxEntries, maxXMLDepth: maxDepth)
    }
}
