import ArgumentParser

/// The `docx-extract` command: extraction by default, plus `text`, `blocks`, `rules` and `evaluate`.
@main
struct DocxExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docx-extract",
        abstract: "Turn Chinese work-summary reports (.docx) into data: enterprises, counts, amounts and facts.",
        discussion: """
            Examples:
              docx-extract report.docx                 print the extraction as one JSON object
              docx-extract report.docx --pretty        the same, indented
              docx-extract text report.docx            the plain text of the main story
              docx-extract text --parts report.docx    … followed by notes, comments, headers and footers
              docx-extract blocks report.docx          the document model as JSON
              docx-extract rules > my-rules.json       the built-in rules, to copy and extend
              docx-extract evaluate Samples            score extraction against gold annotations

            Exit status: 0 success, 1 the document could not be read or extracted, 2 usage or I/O error.
            """,
        subcommands: [ExtractCommand.self, TextCommand.self, BlocksCommand.self, RulesCommand.self, EvaluateCommand.self],
        defaultSubcommand: ExtractCommand.self
    )
}
