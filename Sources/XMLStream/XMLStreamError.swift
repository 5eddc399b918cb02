/// Why an XML part could not be parsed.
public struct XMLStreamError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable classification that callers may switch over.
    public enum Code: String, Sendable, Codable {
        /// The bytes are not well-formed XML.
        case malformed
        /// The part declares a DOCTYPE, which the packaging standard forbids (and which XXE and billion-laughs attacks need).
        case doctypeForbidden
        /// Elements are nested deeper than the limit.
        case tooDeep
    }

    /// The classification.
    public var code: Code
    /// What the parser said.
    public var message: String
    /// The 1-based line where it happened, when known.
    public var line: Int?

    /// Creates an error.
    public init(_ code: Code, _ message: String, line: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
    }

    /// `code: message (line N)`.
    public var description: String {
        "\(code.rawValue): \(message)" + (line.map { " (line \($0))" } ?? "")
    }
}
