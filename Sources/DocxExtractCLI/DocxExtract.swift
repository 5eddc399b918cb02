import ArgumentParser
import CommandLineSupport
import ExtractionPipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `docx-extract` command: extraction by default, plus `text`, `blocks`, `rules`, `evaluate` and `serve`.
struct DocxExtract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docx-extract",
        abstract: "Turn Chinese work-summary reports (.docx) into data: enterprises, counts, amounts and facts.",
        discussion: """
            Examples:
              docx-extract report.docx                 print the extraction as one JSON object
              docx-extract report.docx --pretty        the same, indented
              docx-extract reports/ > out.jsonl        every .docx below a folder, one JSON line each
              docx-extract reports.zip --format csv -o findings.csv   one CSV row per finding (Excel-ready)
              find . -name '*.docx' | docx-extract -   paths from standard input
              docx-extract text report.docx            the plain text of the main story
              docx-extract text --parts report.docx    … followed by notes, comments, headers and footers
              docx-extract blocks report.docx          the document model as JSON
              docx-extract rules > my-rules.json       the built-in rules, to copy and extend
              docx-extract evaluate Samples            score extraction against gold annotations

            Exit status: 0 every document extracted, 1 some document failed, 2 usage or I/O error.
            """,
        version: versionLine,
        subcommands: [
            ExtractCommand.self, TextCommand.self, BlocksCommand.self, RulesCommand.self, EvaluateCommand.self,
            ServeCommand.self,
        ],
        defaultSubcommand: ExtractCommand.self
    )

    /// The line `--version` prints.
    static let versionLine = ToolVersion.line(program: "docx-extract")
}

/// The program's entry: `docx-extract serve …` becomes `docx-extract-server …` before any argument parsing, so
/// `serve --help` prints the server's own options; a bare `docx-extract FILE` runs the main job without the
/// argument parser (``SingleReportJob/init(bareArguments:)``), and so does `--version` alone, whose line is the one the
/// parser prints (the parser's reflection over every command's options costs more than the rest of start-up);
/// everything else is parsed as ``DocxExtract``.
///
/// When the arguments may ask for an extraction with the built-in rules, the extractor starts building on a thread
/// of its own before anything else is done with them (``PreparedExtractor``): building it costs about as much as
/// reading a ten-page report. The arguments are told apart by the command names alone (``CommandName``).
///
/// Parsing and every command but a batch run here, on the main thread: only a batch starts the concurrency
/// runtime's worker threads, so converting one document costs no thread hand-over.
@main
enum EntryPoint {
    static func main() async {
        TimeZoneSetting.nameDefaultZone()
        let arguments = CommandLine.arguments.dropFirst()
        if ExtractCommand.mayExtractWithBuiltInRules(arguments) { PreparedExtractor.start() }
        if arguments.first == CommandName.serve {
            do {
                try ServerHandover.run(arguments: Array(arguments.dropFirst()))
            } catch {
                DocxExtract.exit(withError: error)
            }
        }
        if arguments.count == 1, arguments.first == "--version" {
            print(DocxExtract.versionLine)
            return
        }
        do {
            if let job = SingleReportJob(bareArguments: arguments) {
                end(keeping: try job.run())
            }
            var command = try DocxExtract.parseAsRoot()
            switch command {
            case let extract as ExtractCommand where extract.isSingleReport:
                end(keeping: try extract.singleReportJob.run())
            case var batch as any AsyncParsableCommand:
                try await batch.run()
            default:
                try command.run()
            }
        } catch {
            DocxExtract.exit(withError: error)
        }
    }

    /// Ends the process (status 0) while the report, already written, and its worker are still held.
    ///
    /// The system takes back their memory with the process; freeing the report's findings, mentions and strings one
    /// by one cost a document dense with findings about 5% of its time.
    private static func end(keeping written: borrowing SingleReportJob.Written) -> Never {
        exit(0)
    }
}
