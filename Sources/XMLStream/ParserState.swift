internal import CLibxml2

/// The Swift side of one libxml2 push parser: the handler, the name-code cache and the failure, if any.
final class ParserState {
    // Owned by the XMLStreamParser that owns this state; not retained here, so an event costs no retain.
    unowned(unsafe) let handler: any XMLEventHandler
    let maxDepth: Int
    // The hot per-event properties skip the runtime's dynamic exclusivity checks (about a tenth of the
    // reader's instructions). That is sound because libxml2 calls back synchronously on the thread that
    // called `xmlParseChunk`, one callback at a time, and no callback re-enters the parser; the one
    // re-entrant path, a handler's `code(for:)` during `startElement`, touches only `codes` through
    // `code(local:uri:)`, never while another access to `codes` is open.
    @exclusivity(unchecked) var depth = 0
    /// The codes of the open elements, innermost last: an end reuses its start's code.
    @exclusivity(unchecked) var openCodes: [Int] = []
    var context: xmlParserCtxtPtr?
    var failure: XMLStreamError?
    // libxml2's SAX2 reports element and attribute names and namespace URIs as strings interned in the
    // parser's dictionary, which lives as long as the parser: equal names have equal pointers, and a pointer
    // is never reused for another name while this parser exists. That makes pointers sound cache keys.
    @exclusivity(unchecked) private var codes = NameCodeTable()

    init(handler: any XMLEventHandler, maxDepth: Int) {
        self.handler = handler
        self.maxDepth = maxDepth
    }

    func code(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?) -> Int {
        let localBits = UInt(bitPattern: local)
        let uriBits = UInt(bitPattern: uri)
        if let code = codes.code(uri: uriBits, local: localBits) { return code }
        let name = XMLName(namespace: uri.map { String(cString: $0) } ?? "", local: String(cString: local))
        let code = handler.code(for: name)
        codes.insert(uri: uriBits, local: localBits, code: code)
        return code
    }

    func fail(_ error: XMLStreamError) {
        if failure == nil { failure = error }
        if let context { xmlStopParser(context) }
    }

    var currentLine: Int? {
        guard let context else { return nil }
        return Int(xmlSAX2GetLineNumber(context))
    }
}
