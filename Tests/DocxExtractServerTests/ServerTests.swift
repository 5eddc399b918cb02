import DocxExtractServer
import ExtractionPipeline
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import Logging
import Testing
import TestSupport

@Suite("HTTP service")
struct ServerTests {
    static let docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    static let samplePath = Fixtures.samplesDirectory + "/kejiban-2025.docx"

    func app(_ configuration: ServerConfiguration = ServerConfiguration(maxConcurrentExtractions: 2))
        -> some ApplicationProtocol
    {
        ExtractionServer.application(
            configuration: configuration, builder: ReportBuilder(), logger: Logger(label: "test"))
    }

    func sample() throws -> ByteBuffer {
        ByteBuffer(bytes: try Data(contentsOf: URL(fileURLWithPath: Self.samplePath)))
    }

    @Test("POST /v1/extract with a raw .docx returns the same report as the command line")
    func extractRaw() async throws {
        let body = try sample()
        let expected = try JSONOutput.encode(
            ReportBuilder().report(forBytes: Array(body.readableBytesView), name: "kejiban-2025.docx"))
        try await app().test(.router) { client in
            try await client.execute(
                uri: "/v1/extract?name=kejiban-2025.docx", method: .post, headers: [.contentType: Self.docxType],
                body: body
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                #expect(String(buffer: response.body) == expected)
            }
        }
    }

    @Test("POST /v1/extract accepts a multipart form upload and takes the file name from it")
    func extractMultipart() async throws {
        let boundary = "----docx-extract-test"
        var body = ByteBuffer()
        body.writeString(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"上传报告.docx\"\r\nContent-Type: \(Self.docxType)\r\n\r\n"
        )
        var file = try sample()
        body.writeBuffer(&file)
        body.writeString("\r\n--\(boundary)--\r\n")
        let form = body
        try await app().test(.router) { client in
            try await client.execute(
                uri: "/v1/extract?include=text", method: .post,
                headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: form
            ) { response in
                #expect(response.status == .ok)
                let json = try JSONValue.parse(String(buffer: response.body))
                #expect(json["source"]?["file_name"] == .string("上传报告.docx"))
                #expect(json["text"] != nil)
            }
        }
    }

    @Test(
        "Bad uploads get problem+json with the stable code and the right status",
        arguments: [
            ("plain text, not a zip", ServerTests.docxType, 415, "not_a_zip"),
            ("", ServerTests.docxType, 400, "empty_file"),
            ("PK\u{03}\u{04}truncated", ServerTests.docxType, 422, "corrupt_archive"),
            ("hello", "text/plain", 415, "unsupported_media_type"),
        ])
    func badUploads(body: String, contentType: String, status: Int, code: String) async throws {
        try await app().test(.router) { client in
            try await client.execute(
                uri: "/v1/extract", method: .post, headers: [.contentType: contentType], body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status.code == status)
                #expect(response.headers[.contentType] == "application/problem+json")
                let problem = try JSONValue.parse(String(buffer: response.body))
                #expect(problem["code"] == .string(code))
                #expect(problem["status"] == .number(Decimal(status)))
                #expect(problem["type"] == .string("urn:docx-extract:problem:\(code)"))
            }
        }
    }

    @Test("An upload over the size limit gets 413")
    func uploadTooLarge() async throws {
        try await app(ServerConfiguration(maxUploadBytes: 1000)).test(.router) { client in
            let body = try sample()
            try await client.execute(
                uri: "/v1/extract", method: .post, headers: [.contentType: Self.docxType], body: body
            ) { response in
                #expect(response.status == .contentTooLarge)
                let problem = try? JSONValue.parse(String(buffer: response.body))
                #expect(problem?["code"] == .string("limit_exceeded"))
            }
        }
    }

    @Test("With every slot busy the service answers 503 with Retry-After")
    func busyGets503() async throws {
        try await app(ServerConfiguration(maxConcurrentExtractions: 0)).test(.router) { client in
            let body = try sample()
            try await client.execute(
                uri: "/v1/extract", method: .post, headers: [.contentType: Self.docxType], body: body
            ) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[HTTPField.Name("Retry-After")!] == "1")
                let problem = try? JSONValue.parse(String(buffer: response.body))
                #expect(problem?["code"] == .string("busy"))
            }
        }
    }

    @Test("POST /v1/extract/batch streams one JSON line per archive entry")
    func batchStreamsRecords() async throws {
        let archive = try Data(contentsOf: URL(fileURLWithPath: Fixtures.samplesDirectory + "/reports-gbk.zip"))
        try await app().test(.router) { client in
            try await client.execute(
                uri: "/v1/extract/batch?name=reports.zip", method: .post, headers: [.contentType: "application/zip"],
                body: ByteBuffer(bytes: archive)
            ) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/x-ndjson")
                let lines = String(buffer: response.body).split(separator: "\n").map(String.init)
                let statuses = try lines.map { try JSONValue.parse($0)["status"] }
                #expect(
                    statuses == [.string("ok"), .string("error"), .string("skipped"), .string("ok"), .string("ok")])
                #expect(try JSONValue.parse(lines[1])["path"] == .string("reports.zip!/损坏的报告.docx"))
            }
        }
    }

    @Test("A batch body that is not a zip gets 415")
    func batchNeedsAZip() async throws {
        try await app().test(.router) { client in
            try await client.execute(
                uri: "/v1/extract/batch", method: .post, headers: [.contentType: "application/zip"],
                body: ByteBuffer(string: "nope")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
            }
        }
    }

    @Test("GET /healthz reports the service up")
    func health() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                let health = try JSONValue.parse(String(buffer: response.body))
                #expect(health["status"] == .string("ok"))
            }
        }
    }

    @Test(
        "The OpenAPI document and the schemas it references are served exactly as they are in Schemas/",
        arguments: [
            ("/openapi.yaml", "openapi.yaml"),
            ("/schemas/extraction-report.schema.json", "extraction-report.schema.json"),
            ("/extraction-report.schema.json", "extraction-report.schema.json"),
            ("/schemas/batch-record.schema.json", "batch-record.schema.json"),
            ("/batch-record.schema.json", "batch-record.schema.json"),
            ("/schemas/problem.schema.json", "problem.schema.json"),
            ("/problem.schema.json", "problem.schema.json"), ("/schemas/document.schema.json", "document.schema.json"),
            ("/document.schema.json", "document.schema.json"),
        ])
    func schemasAreServed(uri: String, file: String) async throws {
        let expected = try String(contentsOfFile: Fixtures.schemasDirectory + "/" + file, encoding: .utf8)
        try await app().test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == expected)
            }
        }
    }

    @Test("The web page is served at / by the binary itself, with no external resources")
    func webPage() async throws {
        try await app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let html = String(buffer: response.body)
                #expect(html.contains("<html") || html.contains("<!doctype html"))
                #expect(!html.contains("http://") && !html.contains("https://"))
            }
        }
    }

    @Test("The page served at / is Web/index.html as it is")
    func webPageIsTheFile() async throws {
        let page = try String(contentsOfFile: Fixtures.repositoryRoot + "/Web/index.html", encoding: .utf8)
        try await app().test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(String(buffer: response.body) == page)
            }
        }
    }
}

@Suite("Multipart bodies")
struct MultipartTests {
    @Test(
        "The boundary is read from the content type, quoted or not",
        arguments: [
            ("multipart/form-data; boundary=abc", "abc"), ("multipart/form-data; boundary=\"a b\"", "a b"),
            ("Multipart/Form-Data;boundary=x", "x"),
        ])
    func boundary(contentType: String, expected: String) {
        #expect(MultipartFile.boundary(ofContentType: contentType) == expected)
    }

    @Test("Other content types have no boundary")
    func noBoundary() {
        #expect(MultipartFile.boundary(ofContentType: "application/zip") == nil)
    }

    @Test("The file part is found among other fields")
    func filePartIsFound() {
        let body =
            "--b\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\nPK\u{03}\u{04}data\r\n--b--\r\n"
        let file = MultipartFile.first(in: Array(body.utf8), boundary: "b")
        #expect(file?.fileName == "a.docx")
        #expect(file?.bytes == Array("PK\u{03}\u{04}data".utf8))
    }
}
