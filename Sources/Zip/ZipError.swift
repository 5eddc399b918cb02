/// Why a zip archive or one of its entries could not be read.
public struct ZipError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable classification that callers may switch over.
    public enum Code: String, Sendable, Codable {
        /// The bytes are not a zip archive.
        case notAZip
        /// The archive is damaged: truncated, inconsistent, or its compressed data is invalid.
        case corrupt
        /// An entry's data does not match its CRC-32.
        case badCRC
        /// An entry is encrypted.
        case encrypted
        /// An entry uses a compression method libzip cannot read.
        case unsupportedCompression
        /// An entry inflated beyond the byte limit it was read with.
        case entryTooLarge
        /// An entry inflated beyond the compression ratio it was read with.
        case compressionRatioTooHigh
        /// The file could not be opened or read.
        case io
        /// No entry has that index.
        case noSuchEntry
        /// Two entries have the same name.
        case duplicateEntry
    }

    /// The classification.
    public var code: Code
    /// What happened, naming the entry when there is one.
    public var message: String
    /// The entry's name, when the error concerns one entry.
    public var entryName: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, entryName: String? = nil) {
        self.code = code
        self.message = message
        self.entryName = entryName
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}
