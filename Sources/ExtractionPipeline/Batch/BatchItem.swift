/// One thing a batch found among its inputs: a document to extract, an entry it skipped, or an input it
/// could not open.
public enum BatchItem: Sendable, Equatable {
    /// A document to extract.
    case document(DocumentSource)
    /// An entry that is not a document (an image, a .txt …), reported so nothing goes unaccounted.
    case skipped(path: String, reason: String)
    /// An input that could not be read at all (a missing file, a damaged archive).
    case failed(path: String, code: DocxError.Code, message: String)

    /// The path the item is reported under.
    public var path: String {
        switch self {
        case .document(let source): source.path
        case .skipped(let path, _), .failed(let path, _, _): path
        }
    }
}

/// Where a document's bytes come from.
public enum DocumentSource: Sendable, Equatable {
    /// A file on disk, read by the worker that extracts it.
    case file(path: String)
    /// An archive entry, already read into memory; `path` is `archive.zip!/folder/name.docx`.
    case entry(path: String, bytes: [UInt8])

    /// The path the document is reported under.
    public var path: String {
        switch self {
        case .file(let path), .entry(let path, _): path
        }
    }
}
