import ArgumentParser
import CommandLineSupport
import ExtractionPipeline

/// `docx-extract text FILE`: the plain text of the main story, written block by block as the reader finishes each,
/// so memory follows the largest block rather than the document.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: CommandName.text,
        abstract: "Print the plain text of a .docx: one paragraph per line, list labels in front.",
        discussion: """
            The text is written as the document is read; when the document turns out to be unreadable part-way, \
            what was printed stays and the error follows on standard error with exit status 1.
            """)

    @Argument(help: "The .docx file to read.")
    var file: String

    @Flag(help: "Append footnotes, endnotes, comments, headers and footers, each under a marker line.")
    var parts = false

    @OptionGroup var limits: LimitOptions

    func run() throws {
        let output = StandardOutputBuffer()
        defer { output.flush() }
        let document = try Failure.reporting(json: false) {
            try DocxReader(limits: limits.docxLimits, keepsRuns: false).read(contentsOf: file) { block in
                output.append { Document.appendLines(of: block, to: &$0) }
            }
        }
        if parts { output.append { $0 += document.storiesPlainText() } }
    }
}
