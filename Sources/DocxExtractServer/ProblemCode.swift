/// The stable codes of the service's own problems; a document that cannot be read answers with its
/// `DocxError.Code` instead (`not_a_zip`, `limit_exceeded`, …).
public enum ProblemCode: String, Sendable, CaseIterable {
    /// The request's media type is not one the route accepts (415).
    case unsupportedMediaType = "unsupported_media_type"
    /// A multipart form holds no file part (400).
    case badMultipart = "bad_multipart"
    /// Every extraction slot is in use, or the uploads in flight have used up their budget (503, Retry-After).
    case busy
    /// The extraction took longer than the request timeout (503, Retry-After).
    case timeout
}
