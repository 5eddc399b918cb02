import ArgumentParser
import CommandLineSupport
import ExtractionPipeline
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The main job: one document in, one JSON object out, made by an ``ExtractionWorker`` (the calling thread reads
/// while the extractor is built, then extracts from what is read) with every core.
struct SingleReportJob: Equatable {
    /// The document to read.
    var path: String
    /// A rules file over the built-in rules (`--rules`).
    var rulesPath: String? = nil
    /// Where the JSON goes (`--output`); standard output when nil.
    var outputPath: String? = nil
    /// Whether the JSON is indented (`--pretty`).
    var pretty = false
    /// The reader's limits.
    var limits = DocxLimits()
    /// Whether the report carries the document's text (`--include text`).
    var includeText = false
    /// Whether the report carries the document model (`--include blocks`).
    var includeBlocks = false

    /// What a run leaves behind: the report and the worker that made it, whose thread holds the rest of the
    /// extraction until the worker is released.
    struct Written {
        /// The report written.
        let report: ExtractionReport
        /// The worker that made it.
        let worker: ExtractionWorker
    }

    /// Writes the report of the document at `path`, or its error record, and returns it with its worker: the command
    /// ends the process while it still holds them (``EntryPoint``), so their objects are never freed one by one.
    @discardableResult
    func run() throws -> Written {
        // A rules file is read (and any error in it reported) first, and its extractor made on the worker; the
        // built-in one is ``PreparedExtractor``'s, which the entry point started building.
        let customRules = try rulesPath.map { try RulesLoader.load($0) }
        let reader = DocxReader(limits: limits)
        let threads = Processors.online
        let sink = try OutputSink(path: outputPath)
        let worker = ExtractionWorker(threads: threads) {
            customRules.map { DocumentExtractor(rules: $0) } ?? PreparedExtractor.builtIn()
        }
        let report = try Failure.reporting(json: true) { () throws(DocxError) -> ExtractionReport in
            try worker.report(
                forFileAt: path, reader: reader, includeText: includeText, includeBlocks: includeBlocks)
        }
        try JSONOutput.write(report, pretty: pretty, threads: threads) { sink.write(chunk: $0) }
        sink.write("\n")
        sink.close()
        return Written(report: report, worker: worker)
    }
}

extension SingleReportJob {
    /// The job that `docx-extract FILE` with no options asks for, or nil when `arguments` need the argument parser.
    ///
    /// The bare form is the main job and the one run once per file by scripts; it means exactly what the parser
    /// makes of it (the extract command with every option at its default), so it skips the parser's reflection over
    /// every command's options, which costs more than reading a ten-page report.
    init?(bareArguments arguments: some Collection<String>) {
        guard arguments.count == 1, let argument = arguments.first, !argument.hasPrefix("-"),
            !CommandName.isReserved(argument), Self.isDocumentFile(argument)
        else { return nil }
        self.init(path: argument)
    }

    /// Whether `path` names one document rather than a folder or a .zip archive (a missing file counts as a
    /// document: reading it reports the error).
    static func isDocumentFile(_ path: String) -> Bool {
        var status = stat()
        let isDirectory = stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
        return !isDirectory && BatchInputs.fileExtension(of: path) != "zip"
    }
}
