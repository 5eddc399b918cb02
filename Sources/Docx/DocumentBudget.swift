/// What one document's model may hold in memory, charged as the reader builds it and checked between chunks of a
/// part, so that a hostile document is refused once its model outgrows the budget, whatever its parts declare.
///
/// Charges estimate the model's heap: a block's and a run's fixed cost plus their text, which is held twice (each
/// run's text and the paragraph's joined text). Blocks handed on while streaming are released.
final class DocumentBudget {
    /// The fixed cost of a run (`Run` in its array, its string's heap header).
    static let runCost = 64
    /// The fixed cost of a paragraph or table (the block, its location and section path).
    static let blockCost = 320
    /// The most bytes the model may hold.
    let limit: UInt64
    /// The bytes charged and not yet released.
    private(set) var held: UInt64 = 0

    /// Creates a budget of `limit` bytes.
    init(limit: UInt64) {
        self.limit = limit
    }

    /// Charges `bytes` to the model.
    func charge(_ bytes: Int) {
        held &+= UInt64(truncatingIfNeeded: bytes)
    }

    /// Charges the text of a run: held once in the run and once in its paragraph's text.
    func chargeText(byteCount: Int) {
        charge(2 &* byteCount)
    }

    /// Releases everything charged after `mark` (the blocks charged since have been handed on).
    func release(downTo mark: UInt64) {
        held = min(held, mark)
    }

    /// Whether the model has outgrown the budget.
    var isExceeded: Bool { held > limit }

    /// The error that refuses the document, naming the budget.
    func exceededError(part: String) -> DocxError {
        DocxError(
            .limitExceeded,
            "\(part): the document needs more than its memory budget of \(Self.mebibytes(limit)) "
                + "(max_document_bytes, --max-document-mib) to hold")
    }

    private static func mebibytes(_ bytes: UInt64) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
