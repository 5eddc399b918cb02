internal import HTTPTypes
internal import Hummingbird

/// The routes that serve what is built into the program: the web page, the OpenAPI document, the schemas and the
/// health check.
struct ResourceController: Sendable {
    /// The extraction slots, whose use `/healthz` reports.
    let limiter: ExtractionLimiter

    /// Adds the routes to `router`.
    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in
            Self.response(EmbeddedResources.index_html, contentType: "text/html; charset=utf-8")
        }
        router.get("/healthz") { [limiter] _, _ in
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
    }

    /// A 200 response with `text` as its body.
    static func response(_ text: String, contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
