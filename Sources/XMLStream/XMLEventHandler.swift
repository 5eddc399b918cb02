/// Receives the events of a streaming parse.
///
/// Names are reported as the small integer codes of the parser's ``XMLVocabulary``, so that a hot loop switches over
/// integers rather than comparing strings.
public protocol XMLEventHandler: AnyObject {
    /// An element starts; `attributes` can be read only during the call.
    func startElement(_ code: Int, attributes: borrowing XMLAttributes)
    /// An element ends.
    func endElement(_ code: Int)
    /// Whether character data should be delivered now; when false it is skipped without copying.
    var wantsText: Bool { get }
    /// Character data as UTF-8 (entities already decoded), readable only during the call; may arrive in several pieces.
    func text(_ utf8: Span<UInt8>)
    /// Called before the first event with the parser that sends them (a handler that reports line numbers keeps it
    /// until ``didEndParse()``, and reads it only during its events); does nothing unless the handler implements it.
    func willParse(with parser: XMLStreamParser)
    /// Called when the document ends, cleanly or not: the parser may go on to other documents, so a handler that kept
    /// it lets it go; does nothing unless the handler implements it.
    func didEndParse()
}

extension XMLEventHandler {
    /// Does nothing: most handlers need no parser.
    public func willParse(with parser: XMLStreamParser) {}
    /// Does nothing: most handlers keep no parser.
    public func didEndParse() {}
}
