internal import ExtractionPipeline
internal import HTTPTypes
internal import Hummingbird
internal import Logging

/// The extraction routes: `POST /v1/extract` and `POST /v1/extract/batch`.
///
/// One .docx gives its report; a .zip gives one JSON line per document, streamed. Extraction goes through the same ``ReportBuilder`` as the command line.
struct ExtractionController: Sendable {
    let configuration: ServerConfiguration
    let builder: ReportBuilder
    let limiter: ExtractionLimiter
    let intake: UploadIntake

    private static let documentTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.ms-word.document.macroenabled.12",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
        "application/octet-stream", "application/zip",
    ]
    private static let archiveTypes: Set<String> = [
        "application/zip", "application/x-zip-compressed", "application/octet-stream",
    ]

    /// Adds the routes to `router`.
    func addRoutes(to router: Router<BasicRequestContext>) {
        router.post("/v1/extract") { request, context in try await extract(request, context: context) }
        router.post("/v1/extract/batch") { request, context in try await extractBatch(request, context: context) }
    }

    private func extract(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let upload = try await intake.upload(
            of: request, allowed: Self.documentTypes, defaultName: "upload.docx", sniffs: true)
        defer { intake.budget.release(upload.reservedBytes) }
        let include = Set((request.uri.queryParameters.get("include") ?? "").split(separator: ",").map(String.init))
        var builder = builder
        builder.includeText = include.contains("text")
        builder.includeBlocks = include.contains("blocks")
        let report: ExtractionReport = try await limited { [builder] in
            try builder.report(forBytes: upload.bytes, name: upload.name)
        }
        context.logger.info(
            "extracted",
            metadata: ["document": "\(upload.name)", "enterprises": "\(report.extraction.enterprises.count)"])
        return ResourceController.response(try JSONOutput.encode(report), contentType: "application/json")
    }

    private func extractBatch(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let upload = try await intake.upload(
            of: request, allowed: Self.archiveTypes, defaultName: "upload.zip", sniffs: false)
        guard upload.bytes.starts(with: [0x50, 0x4B]) else {
            intake.budget.release(upload.reservedBytes)
            throw ProblemDetails(DocxError(.notAZip, "\(upload.name): the body is not a zip archive"))
        }
        guard await limiter.tryAcquire() else {
            intake.budget.release(upload.reservedBytes)
            throw ProblemDetails.busy()
        }
        let batch = BatchExtractor(builder: builder, jobs: configuration.jobsPerBatch, retainsReports: false)
        let (limiter, budget) = (limiter, intake.budget)
        let body = ResponseBody { writer in
            await batch.run(BatchInputs(archiveBytes: upload.bytes, label: upload.name)) { record in
                record.jsonLine
            } emit: { _, line in
                try? await writer.write(ByteBuffer(string: line))
            }
            budget.release(upload.reservedBytes)
            await limiter.release()
            MemoryTrim.returnFreedMemoryIfIdle(busy: await limiter.busy)
            try await writer.finish(nil)
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/x-ndjson"
        return Response(status: .ok, headers: headers, body: body)
    }

    /// Runs an extraction in a free slot within the deadline, translating failures to problem details.
    private func limited<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        guard await limiter.tryAcquire() else { throw ProblemDetails.busy() }
        let limiter = limiter
        do {
            return try await withDeadline(
                configuration.requestTimeout,
                onFinish: {
                    await limiter.release()
                    MemoryTrim.returnFreedMemoryIfIdle(busy: await limiter.busy)
                }, work)
        } catch let error as DocxError {
            throw ProblemDetails(error)
        } catch is DeadlineExceeded {
            throw ProblemDetails(
                status: .serviceUnavailable, code: .timeout, title: "The extraction took too long",
                detail: "no result within \(configuration.requestTimeout)")
        }
    }
}

extension ProblemDetails {
    /// Every extraction slot is in use.
    static func busy() -> ProblemDetails {
        ProblemDetails(
            status: .serviceUnavailable, code: .busy, title: "The server is busy",
            detail: "every extraction slot is in use; retry shortly")
    }
}
