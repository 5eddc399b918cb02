public import ExtractionPipeline
internal import HTTPTypes
internal import Foundation
public import Hummingbird
public import Logging

/// The HTTP service: `POST /v1/extract`, `POST /v1/extract/batch`, `GET /healthz`, `GET /openapi.yaml`,
/// the result schema, and the web page at `/`. Extraction goes through the same ``ReportBuilder`` as the
/// command line, so the JSON is the same; errors are problem+json with the same stable codes.
public enum ExtractionServer {
    /// The router with every route, over the given builder and limiter.
    public static func router(
        configuration: ServerConfiguration, builder: ReportBuilder, limiter: ExtractionLimiter
    ) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: LogRequestsMiddleware(.info))
        router.get("/") { _, _ in
            Self.response(EmbeddedResources.index_html, contentType: "text/html; charset=utf-8")
        }
        router.get("/healthz") { _, _ in
            Self.response(#"{"status":"ok","busy":\#(await limiter.busy)}"#, contentType: "application/json")
        }
        router.get("/openapi.yaml") { _, _ in
            Self.response(EmbeddedResources.openapi_yaml, contentType: "application/yaml")
        }
        // The OpenAPI document references its schemas by file name, so they are served beside it as well as under
        // /schemas/.
        let schemas = [
            "extraction-report.schema.json": EmbeddedResources.extraction_report_schema_json,
            "batch-record.schema.json": EmbeddedResources.batch_record_schema_json,
            "problem.schema.json": EmbeddedResources.problem_schema_json,
            "document.schema.json": EmbeddedResources.document_schema_json,
        ]
        for (file, schema) in schemas {
            for path in ["/schemas/\(file)", "/\(file)"] {
                router.get(RouterPath(path)) { _, _ in Self.response(schema, contentType: "application/schema+json") }
            }
        }
        router.post("/v1/extract") { request, context in
            try await extract(request, context: context, configuration: configuration, builder: builder, limiter: limiter)
        }
        router.post("/v1/extract/batch") { request, context in
            try await extractBatch(request, context: context, configuration: configuration, builder: builder, limiter: limiter)
        }
        return router
    }

    /// The application: the router served on the configured address, shut down gracefully on SIGTERM/SIGINT
    /// when run with `runService()`.
    public static func application(
        configuration: ServerConfiguration, builder: ReportBuilder, logger: Logger,
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let limiter = ExtractionLimiter(capacity: configuration.maxConcurrentExtractions)
        return Application(
            router: router(configuration: configuration, builder: builder, limiter: limiter),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "docx-extract"),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }

    // MARK: Handlers

    private static let documentTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-word.document.macroenabled.12",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
        "application/octet-stream", "application/zip",
    ]

    private static func extract(
        _ request: Request, context: BasicRequestContext, configuration: ServerConfiguration, builder: ReportBuilder,
        limiter: ExtractionLimiter
    ) async throws -> Response {
        var request = request
        let (name, bytes) = try await upload(&request, configuration: configuration, allowed: documentTypes, defaultName: "upload.docx")
        let include = Set((request.uri.queryParameters.get("include") ?? "").split(separator: ",").map(String.init))
        var builder = builder
        builder.includeText = include.contains("text")
        builder.includeBlocks = include.contains("blocks")
        let finalBuilder = builder
        let report: ExtractionReport = try await limited(limiter, configuration: configuration) {
            try finalBuilder.report(forBytes: bytes, name: name)
        }
        context.logger.info("extracted", metadata: ["document": "\(name)", "enterprises": "\(report.extraction.enterprises.count)"])
        return response(try JSONOutput.encode(report), contentType: "application/json")
    }

    private static func extractBatch(
        _ request: Request, context: BasicRequestContext, configuration: ServerConfiguration, builder: ReportBuilder,
        limiter: ExtractionLimiter
    ) async throws -> Response {
        var request = request
        let (name, bytes) = try await upload(
            &request, configuration: configuration,
            allowed: ["application/zip", "application/x-zip-compressed", "application/octet-stream"], defaultName: "upload.zip")
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw ProblemDetails(status: .unsupportedMediaType, code: "not_a_zip", title: "Not a .zip archive", detail: "\(name): the body is not a zip archive")
        }
        guard await limiter.tryAcquire() else { throw busy() }
        let batch = BatchExtractor(builder: builder, jobs: configuration.jobsPerBatch, retainsReports: false)
        let body = ResponseBody { writer in
            await batch.run(BatchInputs(archiveBytes: bytes, label: name)) { record in
                record.jsonLine
            } emit: { _, line in
                try? await writer.write(ByteBuffer(string: line))
            }
            await limiter.release()
            try await writer.finish(nil)
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/x-ndjson"
        return Response(status: .ok, headers: headers, body: body)
    }

    /// The uploaded file: a raw body, or the first file of a multipart form.
    private static func upload(
        _ request: inout Request, configuration: ServerConfiguration, allowed: Set<String>, defaultName: String
    ) async throws -> (name: String, bytes: [UInt8]) {
        let contentType = request.headers[.contentType] ?? ""
        let boundary = MultipartFile.boundary(ofContentType: contentType)
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if boundary == nil, !mediaType.isEmpty, !allowed.contains(mediaType) {
            throw ProblemDetails(status: .unsupportedMediaType, code: "unsupported_media_type", title: "Unsupported media type", detail: "\(mediaType) is not accepted here")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: configuration.maxUploadBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ProblemDetails(status: .contentTooLarge, code: DocxError.Code.limitExceeded.rawValue, title: "The upload is too large", detail: "uploads are limited to \(configuration.maxUploadBytes) bytes")
        }
        let body = Array(buffer.readableBytesView)
        let name = request.uri.queryParameters.get("name") ?? defaultName
        guard let boundary else { return (name, body) }
        guard let file = MultipartFile.first(in: body, boundary: boundary) else {
            throw ProblemDetails(status: .badRequest, code: "bad_multipart", title: "No file in the form", detail: "the multipart body holds no file part")
        }
        return (file.fileName ?? name, file.bytes)
    }

    /// Runs an extraction in a free slot within the deadline, translating failures to problem details.
    private static func limited<T: Sendable>(
        _ limiter: ExtractionLimiter, configuration: ServerConfiguration, _ work: @escaping @Sendable () throws -> T
    ) async throws -> T {
        guard await limiter.tryAcquire() else { throw busy() }
        do {
            return try await withDeadline(configuration.requestTimeout, onFinish: { await limiter.release() }, work)
        } catch let error as DocxError {
            throw ProblemDetails(error)
        } catch is DeadlineExceeded {
            throw ProblemDetails(status: .serviceUnavailable, code: "timeout", title: "The extraction took too long", detail: "no result within \(configuration.requestTimeout)")
        }
    }

    private static func busy() -> ProblemDetails {
        ProblemDetails(status: .serviceUnavailable, code: "busy", title: "The server is busy", detail: "every extraction slot is in use; retry shortly")
    }

    private static func response(_ text: String, contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
