/// The names of `docx-extract`'s commands, known without building the argument parser's configurations: the entry
/// point tells the arguments apart with them before anything is parsed, and the configurations (every command's
/// options, help and subcommands) are built only when the parser runs.
enum CommandName {
    static let extract = "extract"
    static let text = "text"
    static let blocks = "blocks"
    static let rules = "rules"
    static let evaluate = "evaluate"
    static let serve = "serve"

    /// The words the parser reads as a command rather than as a file name: every command's name, and `help`.
    static let reserved = [extract, text, blocks, rules, evaluate, serve, "help"]

    /// Whether `argument` is one of the ``reserved`` words.
    static func isReserved(_ argument: String) -> Bool {
        reserved.contains(argument)
    }
}
