internal import Foundation
public import ExtractionPipeline
public import Hummingbird
public import HTTPTypes

/// An error response as RFC 9457 problem details (`application/problem+json`), carrying the stable code.
public struct ProblemDetails: HTTPResponseError, Codable, Sendable, Equatable {
    /// A URI naming the kind of problem: `urn:docx-extract:problem:CODE`.
    public var type: String
    /// A short summary of the kind of problem.
    public var title: String
    /// The HTTP status code.
    public var statusCode: Int
    /// What went wrong with this request.
    public var detail: String
    /// The stable error code, the same as the command line's.
    public var code: String

    /// Creates the details of one of the service's own problems.
    public init(status: HTTPResponse.Status, code: ProblemCode, title: String, detail: String) {
        self.init(status: status, code: code.rawValue, title: title, detail: detail)
    }

    private init(status: HTTPResponse.Status, code: String, title: String, detail: String) {
        type = "urn:docx-extract:problem:\(code)"
        self.title = title
        statusCode = status.code
        self.detail = detail
        self.code = code
    }

    /// The HTTP status.
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: statusCode) }

    private enum CodingKeys: String, CodingKey {
        case type, title, detail, code
        case statusCode = "status"
    }

    /// The problem as an `application/problem+json` response.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var headers = HTTPFields()
        headers[.contentType] = "application/problem+json"
        if statusCode == 503, let retryAfter = HTTPField.Name("Retry-After") { headers[retryAfter] = "1" }
        return Response(
            status: status, headers: headers,
            body: .init(byteBuffer: ByteBuffer(bytes: Array(try encoder.encode(self)))))
    }

    /// The problem for a document that could not be read: 415 for what is not a .docx at all, 413 for limits,
    /// 422 for a .docx that is damaged or unreadable.
    public init(_ error: DocxError) {
        let status: HTTPResponse.Status =
            switch error.code {
            case .notAZip, .legacyDoc, .notWordDocument: .unsupportedMediaType
            case .limitExceeded: .contentTooLarge
            case .emptyFile: .badRequest
            case .io: .internalServerError
            case .encrypted, .corruptArchive, .duplicateEntry, .missingPart, .malformedXML: .unprocessableContent
            }
        self.init(status: status, code: error.code.rawValue, title: Self.title(error.code), detail: error.message)
    }

    private static func title(_ code: DocxError.Code) -> String {
        switch code {
        case .emptyFile: "The file is empty"
        case .notAZip: "Not a .docx file"
        case .legacyDoc: "A legacy Word 97–2003 document"
        case .encrypted: "The document is password-protected"
        case .notWordDocument: "Not a Word document"
        case .corruptArchive: "The document is damaged"
        case .duplicateEntry: "The document's archive is inconsistent"
        case .missingPart: "The document is incomplete"
        case .malformedXML: "The document's XML is malformed"
        case .limitExceeded: "The document exceeds a limit"
        case .io: "The document could not be read"
        }
    }
}
