import ArgumentParser

/// `docx-extract serve`: hands over to `docx-extract-server`, so the command that converts files does not load
/// the HTTP stack.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: CommandName.serve,
        abstract:
            "Serve extraction over HTTP (runs docx-extract-server; `docx-extract serve --help` lists its options).")

    @Argument(parsing: .allUnrecognized, help: "Options for docx-extract-server.")
    var arguments: [String] = []

    func run() throws {
        try ServerHandover.run(arguments: arguments)
    }
}
