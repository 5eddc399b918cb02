internal import ExtractionPipeline

/// The version both commands print for `--version`.
public enum ToolVersion {
    /// The release of docx-extract.
    public static let release = "1.0.0"

    /// The `--version` line of the program named `program`: its release and the report schema it writes.
    public static func line(program: String) -> String {
        "\(program) \(release) (report schema \(ExtractionReport.schemaVersion))"
    }
}
