public import DocumentModel

/// Why a `.docx` could not be read.
public struct DocxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable classification that callers may switch over; the raw values appear in JSON and CLI output.
    public enum Code: String, Sendable, Codable, CaseIterable {
        /// The file is empty.
        case emptyFile = "empty_file"
        /// The bytes are not a zip archive (nor a recognised legacy format).
        case notAZip = "not_a_zip"
        /// A legacy binary Word document (OLE2 compound file), not Office Open XML.
        case legacyDoc = "legacy_doc"
        /// A password-encrypted Office Open XML file (an OLE2 container holding `EncryptedPackage`).
        case encrypted
        /// Another Office Open XML kind (spreadsheet, presentation).
        case notWordDocument = "not_word_document"
        /// The archive is truncated, inconsistent, or an entry fails its CRC check.
        case corruptArchive = "corrupt_archive"
        /// Two entries have the same name.
        case duplicateEntry = "duplicate_entry"
        /// The main document part (or the package relationships that lead to it) is missing.
        case missingPart = "missing_part"
        /// A required part is not well-formed XML, or declares a DOCTYPE.
        case malformedXML = "malformed_xml"
        /// A limit was exceeded: size, compression ratio, entry count or nesting depth.
        case limitExceeded = "limit_exceeded"
        /// The file could not be read from disk.
        case io
    }

    /// The classification.
    public var code: Code
    /// What happened, naming the part or entry, such as "word/document.xml: unexpected end of element".
    public var message: String
    /// The part and line, when known.
    public var location: PartLocation?

    /// Creates an error.
    public init(_ code: Code, _ message: String, location: PartLocation? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// `code: message`.
    public var description: String { "\(code.rawValue): \(message)" }
}
