internal import ExtractionPipeline
internal import Hummingbird
internal import HTTPTypes

/// An upload read into memory: the bytes, held once, and what they reserved of the ``UploadBudget``.
struct Upload: Sendable {
    /// The file name the client gave (query `name` or the form's file name), or the route's default.
    var name: String
    /// The file's bytes.
    var bytes: [UInt8]
    /// The bytes reserved for this upload; give them back with ``UploadBudget/release(_:)`` when done with it.
    var reservedBytes: Int
}

/// Reads an upload's body within the limits, answering before the whole body is read when it can: a declared
/// `Content-Length` over the limit is refused unread (413), uploads in flight past the ``UploadBudget`` are refused
/// (503), and a raw body whose first bytes rule out a .docx is refused after its first chunk (415).
struct UploadIntake: Sendable {
    /// The largest upload accepted, in bytes.
    let maxBytes: Int
    /// The bytes all uploads in flight may hold together.
    let budget: UploadBudget

    /// The upload of a request: a raw body, or the first file of a multipart form; `sniffs` says whether a raw
    /// body's first bytes are checked for a .docx (or legacy/encrypted Word) signature.
    func upload(
        of request: Request, allowed: Set<String>, defaultName: String, sniffs: Bool
    ) async throws -> Upload {
        let contentType = request.headers[.contentType] ?? ""
        let boundary = MultipartFile.boundary(ofContentType: contentType)
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingWhitespace.lowercased() } ?? ""
        if boundary == nil, !mediaType.isEmpty, !allowed.contains(mediaType) {
            throw ProblemDetails(
                status: .unsupportedMediaType, code: .unsupportedMediaType, title: "Unsupported media type",
                detail: "\(mediaType) is not accepted here")
        }
        let name = request.uri.queryParameters.get("name") ?? defaultName
        let declaredLength = request.headers[.contentLength].flatMap { Int($0) }
        var (bytes, reserved) = try await body(
            of: request.body, declaredLength: declaredLength, sniffingAs: boundary == nil && sniffs ? name : nil)
        guard let boundary else { return Upload(name: name, bytes: bytes, reservedBytes: reserved) }
        guard let file = MultipartFile.firstFileRange(in: bytes, boundary: boundary) else {
            budget.release(reserved)
            reserved = 0
            throw ProblemDetails(
                status: .badRequest, code: .badMultipart, title: "No file in the form",
                detail: "the multipart body holds no file part")
        }
        // Cut the form down to the file in place: the body stays the only copy.
        bytes.removeSubrange(file.range.upperBound...)
        bytes.removeSubrange(..<file.range.lowerBound)
        return Upload(name: file.fileName ?? name, bytes: bytes, reservedBytes: reserved)
    }

    /// The body's bytes in one array and the bytes reserved for them; on failure nothing stays reserved.
    private func body(
        of body: RequestBody, declaredLength: Int?, sniffingAs sniffName: String?
    ) async throws -> (bytes: [UInt8], reserved: Int) {
        if let declaredLength, declaredLength > maxBytes { throw tooLarge() }
        var reserved = 0
        do {
            var bytes: [UInt8] = []
            if let declaredLength {
                try reserve(declaredLength, into: &reserved)
                bytes.reserveCapacity(declaredLength)
            }
            var sniffed = sniffName == nil
            for try await chunk in body {
                let total = bytes.count + chunk.readableBytes
                guard total <= maxBytes else { throw tooLarge() }
                if total > reserved { try reserve(total - reserved, into: &reserved) }
                bytes.append(contentsOf: chunk.readableBytesView)
                if !sniffed, bytes.count >= 8, let sniffName {
                    sniffed = true
                    if let refusal = DocxReader.refusal(ofLeadingBytes: bytes.prefix(8), name: sniffName) {
                        throw ProblemDetails(refusal)
                    }
                }
            }
            if !sniffed, let sniffName, let refusal = DocxReader.refusal(ofLeadingBytes: bytes, name: sniffName) {
                throw ProblemDetails(refusal)
            }
            return (bytes, reserved)
        } catch {
            budget.release(reserved)
            throw error
        }
    }

    private func reserve(_ bytes: Int, into reserved: inout Int) throws {
        guard budget.tryReserve(bytes) else {
            throw ProblemDetails(
                status: .serviceUnavailable, code: .busy, title: "The server is busy",
                detail:
                    "the uploads in flight fill the server's upload budget of \(budget.capacity) bytes; retry shortly")
        }
        reserved += bytes
    }

    private func tooLarge() -> ProblemDetails {
        ProblemDetails(DocxError(.limitExceeded, "uploads are limited to \(maxBytes) bytes"))
    }
}
