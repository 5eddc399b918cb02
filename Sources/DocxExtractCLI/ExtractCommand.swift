import ArgumentParser
import CommandLineSupport
import ExtractionPipeline
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `docx-extract FILE…`: one JSON object for one document (the main job), JSON Lines for many.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: CommandName.extract,
        abstract: "Extract enterprises, organizations, amounts, counts, percentages, dates and facts.",
        discussion: """
            One .docx prints one JSON object. Several inputs, a folder (read recursively), a .zip archive \
            (nested archives too) or '-' (paths read from standard input) print one record per document: \
            {"path", "status": "ok"|"error"|"skipped", "report"|"error"|"reason"}.
            """)

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, jsonl, text, csv
    }

    @Argument(help: "Files, folders, .zip archives, or '-' to read paths from standard input.")
    var inputs: [String]

    @Option(
        help:
            "Output format: json (one document), jsonl, text or csv (UTF-8 with BOM). Default: json for one document, jsonl otherwise."
    )
    var format: Format?

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Flag(help: "Indent the JSON (json format only).")
    var pretty = false

    @Option(help: "Also include in each report, comma-separated: text, blocks.")
    var include: String = ""

    @Option(help: "A rules file (JSON) that extends the built-in rules, or replaces them with \"mode\": \"replace\".")
    var rules: String?

    @Option(help: "Documents extracted at once (default: the number of active processors).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Emit records as documents finish instead of in input order.")
    var unordered = false

    @Flag(help: "No progress and no summary on standard error.")
    var quiet = false

    @Option(help: "Handle only shard I of N (0-based, e.g. 2/8): documents are assigned by a hash of their path.")
    var shard: String?

    @Option(help: "Also write the batch's enterprises with the documents that name them to this CSV file.")
    var enterprisesCsv: String?

    @OptionGroup var limits: LimitOptions

    func validate() throws {
        let unknown = includedParts.subtracting(["text", "blocks"])
        if !unknown.isEmpty {
            throw ValidationError("--include takes text and blocks, not \(unknown.sorted().joined(separator: ", "))")
        }
        if inputs.isEmpty { throw ValidationError("give at least one file, folder, archive or '-'") }
        if let shard, Shard(shard) == nil { throw ValidationError("--shard takes I/N with 0 ≤ I < N, e.g. 0/4") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if format == .json, !isSingleDocument {
            throw ValidationError("--format json is for one document; use jsonl, text or csv for several")
        }
    }

    private var includedParts: Set<String> {
        Set(include.split(separator: ",").map(\.trimmingWhitespace).filter { !$0.isEmpty })
    }

    /// One plain document file: the single-report mode.
    private var isSingleDocument: Bool {
        guard inputs.count == 1, let input = inputs.first, input != "-" else { return false }
        return SingleReportJob.isDocumentFile(input)
    }

    /// Whether this is the main job (one document to one JSON object), which needs no concurrency.
    var isSingleReport: Bool {
        isSingleDocument && (format == nil || format == .json) && enterprisesCsv == nil && shard == nil
    }

    func run() async throws {
        if isSingleReport {
            try singleReportJob.run()
        } else {
            try await runBatch(
                builder: builder(reader: DocxReader(limits: limits.docxLimits), extractor: makeExtractor()))
        }
    }

    /// Whether `arguments` (without the program's name) may run this command with the built-in rules.
    ///
    /// They may when they name no other command and ask for no help, version or rules file: a guess made before
    /// parsing, to start building the extractor early, and wrong only in costing that work for nothing.
    static func mayExtractWithBuiltInRules(_ arguments: some Collection<String>) -> Bool {
        if let first = arguments.first, first != CommandName.extract, CommandName.isReserved(first) { return false }
        return !arguments.contains { argument in
            optionsBesideBuiltInExtraction.contains(argument) || argument.hasPrefix("--rules=")
                || argument.hasPrefix("--generate-completion-script")
        }
    }

    /// Options that ask for help, the version or a rules file, so no extraction with the built-in rules.
    private static let optionsBesideBuiltInExtraction = [
        "--help", "-h", "-help", "--help-hidden", "--version", "--rules", "--experimental-dump-help",
    ]

    /// The main job with this command's options.
    var singleReportJob: SingleReportJob {
        SingleReportJob(
            path: inputs[0], rulesPath: rules, outputPath: output, pretty: pretty, limits: limits.docxLimits,
            includeText: includedParts.contains("text"), includeBlocks: includedParts.contains("blocks"))
    }

    private func makeExtractor() throws -> DocumentExtractor {
        guard let rules else { return PreparedExtractor.builtIn() }
        return DocumentExtractor(rules: try RulesLoader.load(rules))
    }

    /// The report builder with this command's `--include` parts.
    private func builder(reader: DocxReader, extractor: DocumentExtractor) -> ReportBuilder {
        ReportBuilder(
            reader: reader, extractor: extractor, includeText: includedParts.contains("text"),
            includeBlocks: includedParts.contains("blocks"))
    }

    private func runBatch(builder: ReportBuilder) async throws {
        let started = Date()
        let sink = try OutputSink(path: output)
        let format = self.format ?? .jsonl
        var paths = inputs.filter { $0 != "-" }
        if inputs.contains("-") {
            while let line = readLine() {
                if !line.isEmpty { paths.append(line) }
            }
        }
        let items = BatchInputs(paths, limits: limits.docxLimits)
        let extractor = BatchExtractor(
            builder: builder, jobs: jobs, ordered: !unordered, shard: shard.flatMap(Shard.init) ?? .all,
            retainsReports: false)
        var summary = BatchSummary()
        var index = EnterpriseIndex()
        var ioFailure = false
        let progress = Progress(
            enabled: !quiet && StandardStreams.errorIsTerminal, total: quiet ? nil : Progress.estimate(items))
        if format == .csv { sink.write(FindingsCSV.byteOrderMark + FindingsCSV.header) }
        let render: @Sendable (BatchRecord) -> [UInt8] = { record in
            switch format {
            case .json, .jsonl: record.jsonLineBytes
            case .csv: Array(FindingsCSV.rows(for: record).utf8)
            case .text: Array(TextReport.lines(for: record).utf8)
            }
        }
        await extractor.run(items, render: render) { record, rendered in
            summary.add(record)
            if enterprisesCsv != nil { index.add(record) }
            if record.error?.code == .io { ioFailure = true }
            sink.write(rendered)
            progress.update(summary)
        }
        sink.close()
        progress.finish()
        if let enterprisesCsv {
            do {
                try index.csv.write(toFile: enterprisesCsv, atomically: true, encoding: .utf8)
            } catch {
                StandardStreams.error("docx-extract: io: \(enterprisesCsv): \(error)")
                throw ExitCode(2)
            }
        }
        if !quiet { StandardStreams.error(summary.text(elapsed: Date().timeIntervalSince(started))) }
        if ioFailure { throw ExitCode(2) }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
