/// The names of `docx-extract`'s commands, known without building their configurations: the entry point reads the
/// arguments with them before anything is parsed, and building the argument parser's configurations costs a process
/// about as much as reading a few pages of a report.
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
