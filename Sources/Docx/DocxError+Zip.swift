public import Zip

extension DocxError.Code {
    /// The stable code of a failure of the zip layer: the one mapping from `ZipError.Code`.
    public init(_ code: ZipError.Code) {
        switch code {
        case .entryTooLarge, .compressionRatioTooHigh: self = .limitExceeded
        case .duplicateEntry: self = .duplicateEntry
        case .encrypted: self = .encrypted
        case .io: self = .io
        case .notAZip: self = .notAZip
        case .badCRC, .corrupt, .unsupportedCompression, .noSuchEntry: self = .corruptArchive
        }
    }
}

extension DocxError {
    /// The error for a failure of the zip layer, with its stable code and `message` (the zip layer's own by default).
    public init(_ error: ZipError, message: String? = nil) {
        self.init(Code(error.code), message ?? error.message)
    }
}
