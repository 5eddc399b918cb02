// Stored optionals are spelled `Optional<…>`: a variable written `T?` starts as nil, so an initializer assigns it
// rather than initializes it, and then copies the whole value on its way out (a retain and a release of each of
// its strings and arrays).

/// Something the reader skipped or did not understand, aggregated by kind and element.
public struct ReaderWarning: Sendable, Equatable, Codable {
    /// Stable kinds of warning.
    public enum Code: String, Sendable, Codable {
        /// An element the reader does not know; its content was read as if the element were not there.
        case unknownElement = "unknown_element"
        /// Content the reader deliberately does not turn into text (an embedded object, an altChunk import).
        case contentNotRead = "content_not_read"
        /// A relationship points to a part that is missing from the package.
        case missingPart = "missing_part"
        /// An optional part (styles, numbering, notes, properties) could not be parsed and was skipped.
        case unreadablePart = "unreadable_part"
        /// A list paragraph refers to numbering that does not exist.
        case missingNumbering = "missing_numbering"
    }

    /// The kind of warning.
    public var code: Code
    /// The element, as `prefix:local` or `{namespace}local`, when the warning concerns one.
    public var element: Optional<String>
    /// How many times it occurred.
    public var count: Int
    /// Where it first occurred: part and line.
    public var firstLocation: Optional<PartLocation>
    /// A human-readable explanation.
    public var message: String

    /// Creates a warning.
    public init(code: Code, element: String? = nil, count: Int = 1, firstLocation: PartLocation? = nil, message: String)
    {
        self.code = code
        self.element = element
        self.count = count
        self.firstLocation = firstLocation
        self.message = message
    }

    private enum CodingKeys: String, CodingKey {
        case code, element, count, message
        case firstLocation = "first_location"
    }
}

/// A position in a package part: the part's name and, when known, a 1-based line.
public struct PartLocation: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// The part's name inside the package, such as "word/document.xml".
    public var part: String
    /// The 1-based line, when known.
    public var line: Optional<Int>

    /// Creates a location.
    public init(part: String, line: Int? = nil) {
        self.part = part
        self.line = line
    }

    /// `part:line` or `part`.
    public var description: String { line.map { "\(part):\($0)" } ?? part }
}
