import ArgumentParser
import CommandLineSupport
import ExtractionPipeline

/// `docx-extract blocks FILE`: the document model as JSON.
struct BlocksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: CommandName.blocks,
        abstract: "Print the document model (blocks with provenance, stories, properties, warnings) as JSON.")

    @Argument(help: "The .docx file to read.")
    var file: String

    @Flag(help: "Indent the JSON.")
    var pretty = false

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let document = try Failure.reporting(json: true) {
            try DocxReader(limits: limits.docxLimits).read(contentsOf: file)
        }
        let sink = try OutputSink(path: nil)
        try JSONOutput.write(document, pretty: pretty) { sink.write(chunk: $0) }
        sink.write("\n")
        sink.close()
    }
}
