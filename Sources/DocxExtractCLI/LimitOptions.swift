import ArgumentParser
import Docx

/// Command-line options for the reader's limits.
struct LimitOptions: ParsableArguments {
    @Option(help: "Largest total uncompressed size of the parts read, in MiB.")
    var maxTotalMib: UInt64 = 1024

    @Option(help: "Largest uncompressed size of one part, in MiB.")
    var maxPartMib: UInt64 = 512

    @Option(help: "Largest compression ratio of a part (inflated bytes per compressed byte).")
    var maxRatio: UInt64 = 200

    @Option(help: "Most entries in the archive.")
    var maxEntries: Int = 10_000

    @Option(help: "Deepest XML element nesting.")
    var maxDepth: Int = 256

    /// The limits these options describe.
    var docxLimits: DocxLimits {
        DocxLimits(
            maxTotalUncompressedBytes: maxTotalMib << 20, maxPartBytes: maxPartMib << 20,
            maxCompressionRatio: maxRatio, maxEntryCount: maxEntries, maxXMLDepth: maxDepth)
    }
}
