/// Recognises what a file is from its first bytes, before any zip parsing.
enum FormatSniffer {
    enum Format: Equatable { case empty, zip, legacyDoc, encryptedOOXML, unknown }

    private static let ole2Magic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    private static let zipMagics: [[UInt8]] = [
        [0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0x50, 0x4B, 0x07, 0x08],
    ]
    // "EncryptedPackage" as UTF-16LE, the stream name of an encrypted OOXML file inside its OLE2 container.
    private static let encryptedPackageName: [UInt8] = Array(
        "EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })

    /// Classifies a file from its bytes (the whole file for OLE2, whose directory may be anywhere).
    static func format(of bytes: [UInt8]) -> Format {
        if bytes.isEmpty { return .empty }
        if bytes.starts(with: ole2Magic) {
            return contains(bytes, encryptedPackageName) ? .encryptedOOXML : .legacyDoc
        }
        if zipMagics.contains(where: { bytes.starts(with: $0) }) { return .zip }
        return .unknown
    }

    /// Whether the first bytes of a file (any number of them) already rule out a zip and an OLE2 container.
    static func rulesOutZipAndOLE2(leadingBytes bytes: some Collection<UInt8>) -> Bool {
        guard !bytes.isEmpty else { return false }
        let head = Array(bytes.prefix(ole2Magic.count))
        let candidates = zipMagics + [ole2Magic]
        return !candidates.contains { magic in head.starts(with: magic.prefix(head.count)) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
