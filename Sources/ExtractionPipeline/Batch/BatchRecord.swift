// Stored optionals are spelled `Optional<…>`: a variable written `T?` starts as nil, so an initializer assigns it
// rather than initializes it, and then copies the whole value on its way out (a retain and a release of each of
// its strings and arrays).

internal import Extraction

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
    public var report: Optional<ExtractionReport>
    /// The stable code and message, for `error`.
    public var error: Optional<ErrorRecord.Body>
    /// Why the entry was skipped, for `skipped`.
    public var reason: Optional<String>
    /// What the summary and the enterprise index need, kept when the report itself is dropped.
    public var digest: Optional<Digest>

    /// The few figures of a report that outlive it in a batch.
    public struct Digest: Sendable {
        /// Each enterprise's name, aliases and number of mentions.
        public var enterprises: [(name: String, aliases: [String], mentions: Int)]
        /// How many money amounts the report holds.
        public var amountCount: Int
    }

    /// Creates a record; an `ok` record's digest is taken from its report.
    init(
        sequence: Int, path: String, status: Status, report: ExtractionReport? = nil, error: ErrorRecord.Body? = nil,
        reason: String? = nil
    ) {
        self.sequence = sequence
        self.path = path
        self.status = status
        self.report = report
        self.error = error
        self.reason = reason
        digest = report.map { report in
            Digest(
                enterprises: report.extraction.enterprises.map { ($0.name, $0.aliases, $0.mentions.count) },
                amountCount: report.extraction.amounts.count)
        }
    }

    enum CodingKeys: String, CodingKey {
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

extension BatchRecord {
    /// The record as one line of JSON Lines (with its line feed).
    ///
    /// A record that cannot be encoded becomes an error record for the same path, so every input still yields exactly one valid record.
    public var jsonLine: String {
        jsonLineBytes.withUnsafeBufferPointer(JSONOutput.string(written:))
    }

    /// The UTF-8 of ``jsonLine``, for a writer of bytes: no `String` is made.
    public var jsonLineBytes: [UInt8] {
        var line: [UInt8] = []
        do {
            try JSONOutput.write(self, into: &line)
        } catch {
            let failure = BatchRecord(
                sequence: sequence, path: path, status: .error,
                error: ErrorRecord.Body(code: .io, message: "\(path): the record could not be encoded: \(error)"))
            line.removeAll()
            do {
                try JSONOutput.write(failure, into: &line)
            } catch {
                line.removeAll()
            }
        }
        line.append(UInt8(ascii: "\n"))
        return line
    }
}
