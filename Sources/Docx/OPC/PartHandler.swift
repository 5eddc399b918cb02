internal import XMLStream

/// A handler of one kind of package part, with the parsers kept for that kind.
///
/// Each kind of part keeps parsers of its own: a parser then meets the names of one kind of part (stories, styles,
/// relationships …), so its dictionary stays near the size a new parser's reaches on such parts, which keeps libxml2's
/// name lookups short.
protocol PartHandler: XMLEventHandler {
    /// The parsers kept between parts of this kind.
    static var parsers: XMLParserPool { get }
}

/// Makes the parser pools of the part handlers.
enum PartHandlerParsers {
    /// A pool for one kind of part, keeping at most 4 idle parsers (more threads reading at once make new ones); each
    /// parser speaks the reader's vocabulary (``WordNames``).
    static func pool() -> XMLParserPool {
        XMLParserPool(capacity: 4) { WordNames() }
    }
}
