internal import XMLStream

/// A handler of one kind of package part, with the parsers kept for that kind.
///
/// Each kind of part keeps parsers of its own: a parser then meets the names of one kind of part (stories, styles,
/// relationships …), and its dictionary stays as small as a new parser's would be for that part, which keeps libxml2's
/// name lookups as short.
protocol PartHandler: XMLEventHandler {
    /// The parsers kept between parts of this kind.
    static var parsers: XMLParserPool { get }
}

/// Makes the parser pools of the part handlers.
enum PartHandlerParsers {
    /// A pool for one kind of part: an idle parser for each thread that reads at a time, and a few more; each parser
    /// speaks the reader's vocabulary (``WordNames``).
    static func pool() -> XMLParserPool {
        XMLParserPool(capacity: 4) { WordNames() }
    }
}
