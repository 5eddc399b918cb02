import ArgumentParser
import CommandLineSupport
import DocxExtractServer
import ExtractionPipeline
import Hummingbird
import Logging

/// `docx-extract-server` (also run as `docx-extract serve`): the HTTP service and the web page.
@main
struct ServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docx-extract-server",
        abstract: "Serve extraction over HTTP: POST /v1/extract, POST /v1/extract/batch, the web page at /.",
        discussion: """
            `docx-extract serve ARGUMENTS` runs this program with the same arguments.

            Examples:
              docx-extract serve                                  http://127.0.0.1:8080
              curl --data-binary @report.docx -H 'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document' \\
                   http://127.0.0.1:8080/v1/extract
              curl -F file=@report.docx http://127.0.0.1:8080/v1/extract
              curl --data-binary @reports.zip -H 'Content-Type: application/zip' http://127.0.0.1:8080/v1/extract/batch
            Stops gracefully on SIGTERM or SIGINT.
            """,
        version: ToolVersion.line(program: "docx-extract-server"))

    @Option(help: "The address to bind.")
    var host = "127.0.0.1"

    @Option(help: "The port to bind.")
    var port = 8080

    @Option(help: "The largest upload, in MiB.")
    var maxUploadMib = 64

    @Option(
        help: "The bytes all uploads being received or held may take together, in MiB; past it, 503 with Retry-After.")
    var maxUploadsInFlightMib = 128

    @Option(help: "Extractions at once; more requests get 503 with Retry-After (default: active processors).")
    var maxConcurrent: Int?

    @Option(help: "Seconds a request may take before it is answered 503.")
    var timeout = 60

    @Option(help: "A rules file (JSON) that extends the built-in rules.")
    var rules: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel = "info"

    @OptionGroup var limits: LimitOptions

    /// Names the default time zone before the concurrency runtime starts a thread, then parses and runs.
    static func main() async {
        TimeZoneSetting.nameDefaultZone()
        await main(nil)
    }

    func run() async throws {
        var logger = Logger(label: "docx-extract")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        var configuration = ServerConfiguration(
            host: host, port: port, maxUploadBytes: maxUploadMib << 20,
            maxUploadsInFlightBytes: maxUploadsInFlightMib << 20, requestTimeout: .seconds(timeout))
        if let maxConcurrent { configuration.maxConcurrentExtractions = maxConcurrent }
        let builder = ReportBuilder(
            reader: DocxReader(limits: limits.docxLimits),
            extractor: DocumentExtractor(rules: try RulesLoader.load(rules)))
        let app = ExtractionServer.application(configuration: configuration, builder: builder, logger: logger)
        try await app.runService()
    }
}
