import ArgumentParser
import CommandLineSupport
import ExtractionPipeline

/// `docx-extract rules`: prints the built-in rules file.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: CommandName.rules,
        abstract: "Print the built-in rules (measure words, suffixes, organization markers …) as a rules file.")

    func run() throws {
        StandardStreams.write(ExtractionRules.builtInJSON)
    }
}
