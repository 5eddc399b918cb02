import ArgumentParser
import CommandLineSupport
import ExtractionPipeline

/// `docx-extract text FILE`: the plain text of the main story.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the plain text of a .docx: one paragraph per line, list labels in front.")

    @Argument(help: "The .docx file to read.")
    var file: String

    @Flag(help: "Append footnotes, endnotes, comments, headers and footers, each under a marker line.")
    var parts = false

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let document = try Failure.reporting(json: false) { try DocxReader(limits: limits.docxLimits).read(contentsOf: file) }
        StandardStreams.write(document.plainText(includingStories: parts))
    }
}
