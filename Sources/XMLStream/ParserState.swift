internal import CLibxml2

/// The Swift side of one libxml2 push parser: the handler, the name-code cache and the failure, if any.
final class ParserState {
    struct NameKey: Hashable {
        let uri: UnsafeRawPointer?
        let local: UnsafeRawPointer
    }

    let handler: any XMLEventHandler
    let maxDepth: Int
    var depth = 0
    var context: xmlParserCtxtPtr?
    var failure: XMLStreamError?
    // libxml2's SAX2 reports element and attribute names and namespace URIs as strings interned in the
    // parser's dictionary, which lives as long as the parser: equal names have equal pointers, and a pointer
    // is never reused for another name while this parser exists. That makes pointers sound cache keys.
    private var codes: [NameKey: Int] = [:]

    init(handler: any XMLEventHandler, maxDepth: Int) {
        self.handler = handler
        self.maxDepth = maxDepth
    }

    func code(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?) -> Int {
        let key = NameKey(uri: uri.map(UnsafeRawPointer.init), local: UnsafeRawPointer(local))
        if let code = codes[key] { return code }
        let name = XMLName(namespace: uri.map { String(cString: $0) } ?? "", local: String(cString: local))
        let code = handler.code(for: name)
        codes[key] = code
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
