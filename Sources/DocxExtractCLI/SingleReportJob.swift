import ArgumentParser
import CommandLineSupport
import ExtractionPipeline
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// The main job: one document in, one JSON object out.
///
/// The calling thread reads the document while a worker (``ExtractionWorker``) builds the extractor (its lexicons'
/// tries) and then extracts from each top-level block as the reader hands it on, so a machine with a core to spare
/// reads and extracts at once; once the document is read, extraction uses every core. A short document, read before
/// the worker has taken any of it, is extracted on the calling thread.
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

    /// Writes the report of the document at `path`, or its error record, and returns the report: the command ends the
    /// process while it still holds it (``EntryPoint``), so its objects are never freed one by one.
    @discardableResult
    func run() throws -> ExtractionReport {
        // A rules file is read (and any error in it reported) first; the built-in rules are made on the worker too.
        let customRules = try rulesPath.map { try RulesLoader.load($0) }
        let reader = DocxReader(limits: limits)
        let threads = Processors.online
        let sink = try OutputSink(path: outputPath)
        let worker = ExtractionWorker(rules: customRules, threads: threads)
        let report = try Failure.reporting(json: true) { () throws(DocxError) -> ExtractionReport in
            if includeText || includeBlocks {
                worker.blocks.abandon()
                return try wholeDocumentReport(reader: reader, extractor: worker, threads: threads)
            }
            return try reportExtractedWhileRead(reader: reader, worker: worker, threads: threads)
        }
        try JSONOutput.write(report, pretty: pretty, threads: threads) { sink.write(chunk: $0) }
        sink.write("\n")
        sink.close()
        return report
    }

    /// The report, its findings extracted by `worker` from the blocks the reader hands on; or, when the reading is
    /// done before the worker has taken any, extracted here with the worker's extractor.
    private func reportExtractedWhileRead(reader: DocxReader, worker: ExtractionWorker, threads: Int)
        throws(DocxError) -> ExtractionReport
    {
        let read: (document: Document, source: ExtractionReport.Source)
        do {
            read = try ReportBuilder.document(atPath: path, reader: reader, handingBlocksTo: { worker.blocks.send($0) })
        } catch {
            worker.blocks.abandon()
            throw error
        }
        let extraction: DocumentExtractor.Result
        if var blocks = worker.blocks.takeBackUnlessReceived() {
            DocumentExtractor.prepareSharedTables()
            var reading = worker.extractor.startExtraction(threads: threads, expectedParagraphs: blocks.count)
            reading.read(releasing: &blocks)
            extraction = reading.finish()
        } else {
            worker.blocks.close()
            extraction = worker.result
        }
        return ExtractionReport(source: read.source, document: read.document, extraction: extraction)
    }

    /// The report of a document read whole before extraction (its text or blocks go into the report), with the
    /// extractor `worker` builds meanwhile.
    private func wholeDocumentReport(reader: DocxReader, extractor worker: ExtractionWorker, threads: Int)
        throws(DocxError) -> ExtractionReport
    {
        let (document, source) = try ReportBuilder.document(atPath: path, reader: reader)
        DocumentExtractor.prepareSharedTables()
        let builder = ReportBuilder(
            reader: reader, extractor: worker.extractor, includeText: includeText, includeBlocks: includeBlocks,
            extractionThreads: threads)
        return builder.report(for: document, source: source)
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
            !Self.reservedWords.contains(argument), Self.isDocumentFile(argument)
        else { return nil }
        self.init(path: argument)
    }

    /// Words the parser reads as a command rather than as a file name.
    private static var reservedWords: Set<String> {
        var words: Set<String> = ["help"]
        for command in DocxExtract.configuration.subcommands {
            if let name = command.configuration.commandName { words.insert(name) }
        }
        return words
    }

    /// Whether `path` names one document rather than a folder or a .zip archive (a missing file counts as a
    /// document: reading it reports the error).
    static func isDocumentFile(_ path: String) -> Bool {
        var isDirectory = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        return !(exists && isDirectory) && BatchInputs.fileExtension(of: path) != "zip"
    }
}
