/// What a batch says about one input item: exactly one record per document, error or skipped entry.
public struct BatchRecord: Sendable, Encodable {
    /// The outcome.
    public enum Status: String, Sendable, Encodable {
        /// The document was extracted; `report` holds the result.
        case ok
        /// The document or input could not be read; `error` says why.
        case error
        /// The entry is not a document.
        case skipped
    }

    /// The position of the item among the batch's items, from 0.
    public var sequence: Int
    /// The document's path (`archive.zip!/entry.docx` inside archives).
    public var path: String
    /// The outcome.
    public var status: Status
    /// The extraction report, for `ok`.
    public var report: ExtractionReport?
    /// The stable code and message, for `error`.
    public var error: ErrorRecord.Body?
    /// Why the entry was skipped, for `skipped`.
    public var reason: String?

    private enum CodingKeys: String, CodingKey {
        case path, status, report, error, reason
    }

    /// Encodes `path`, `status` and the one field the status calls for.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(report, forKey: .report)
        try container.encodeIfPresent(error, forKey: .error)
        try container.encodeIfPresent(reason, forKey: .reason)
    }
}
