internal import CLibxml2

/// The Swift side of one document parsed by a libxml2 push parser: its handler, the open elements' codes, the failure.
///
/// A parser makes one for each document it begins; the callbacks reach it through the context's user data.
final class ParserState {
    // Strong `let`s read through the state the callbacks borrow: an event calls the handler without retaining it.
    let handler: any XMLEventHandler
    let maxDepth: Int
    /// The parser's name codes, which outlive the document.
    let names: NameCodeCache
    let context: xmlParserCtxtPtr
    // The hot per-event properties skip the runtime's dynamic exclusivity checks (about a tenth of the
    // reader's instructions). That is sound because libxml2 calls back synchronously on the thread that
    // called `xmlParseChunk`, one callback at a time, and no callback re-enters the parser.
    @exclusivity(unchecked) private(set) var depth = 0
    // The codes of the open elements, outermost first: an end reuses its start's code. Owned by the state, with
    // room for `maxDepth + 1` codes (one past the limit, for the element that exceeds it); freed in deinit.
    private let openCodes: UnsafeMutablePointer<Int>
    private(set) var failure: XMLStreamError?

    init(handler: any XMLEventHandler, names: NameCodeCache, maxDepth: Int, context: xmlParserCtxtPtr) {
        self.handler = handler
        self.names = names
        self.maxDepth = maxDepth
        self.context = context
        openCodes = .allocate(capacity: max(maxDepth, 0) + 1)
    }

    deinit { openCodes.deallocate() }

    /// Records an element's start and returns its code; false in `withinDepth` once the nesting limit is passed.
    @inline(__always)
    func open(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?) -> (code: Int, withinDepth: Bool) {
        let code = names.code(local: local, uri: uri)
        let level = depth
        depth = level + 1
        if level <= maxDepth { openCodes[level] = code }
        return (code, level < maxDepth)
    }

    /// Records an element's end and returns the code its start was given.
    @inline(__always)
    func close(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?) -> Int {
        depth -= 1
        let level = depth
        if level >= 0 && level <= maxDepth { return openCodes[level] }
        return names.code(local: local, uri: uri)
    }

    func fail(_ error: XMLStreamError) {
        if failure == nil { failure = error }
        xmlStopParser(context)
    }

    var currentLine: Int? { Int(xmlSAX2GetLineNumber(context)) }
}

/// The codes of the names one libxml2 parser has met, kept for every document it parses.
///
/// libxml2's SAX2 reports element and attribute names and namespace URIs as strings interned in the parser's
/// dictionary, which lives as long as the parser, across the documents it parses: equal names have equal pointers,
/// and a pointer is never reused for another name while this parser exists. That makes pointers sound cache keys,
/// and the codes sound for every document, since they come from the parser's own vocabulary.
final class NameCodeCache {
    let vocabulary: any XMLVocabulary
    // Unchecked like the state's per-event properties; the one re-entrant path, an attribute lookup during
    // `startElement`, reaches `table` only through `code(local:uri:)`, never while another access to it is open.
    @exclusivity(unchecked) private var table = NameCodeTable()
    /// The number of names whose codes are cached.
    var count: Int { table.count }

    init(vocabulary: any XMLVocabulary) {
        self.vocabulary = vocabulary
    }

    @inline(__always)
    func code(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?) -> Int {
        if let code = table.code(uri: UInt(bitPattern: uri), local: UInt(bitPattern: local)) { return code }
        return codeForNewName(local: local, uri: uri)
    }

    /// The namespace URI a new name had last, as a pointer into the parser's dictionary and as text: most of a part's
    /// names share a few URIs, so the text is made once per run of them rather than once per name.
    private var lastURI: (pointer: UInt, text: String) = (0, "")

    /// Asks the vocabulary for the code of a name this parser has not seen yet, and caches it.
    @inline(never)
    private func codeForNewName(local: UnsafePointer<xmlChar>, uri: UnsafePointer<xmlChar>?) -> Int {
        if let uri, UInt(bitPattern: uri) != lastURI.pointer {
            lastURI = (UInt(bitPattern: uri), String(cString: uri))
        }
        let name = XMLName(namespace: uri == nil ? "" : lastURI.text, local: String(cString: local))
        let code = vocabulary.code(for: name)
        table.insert(uri: UInt(bitPattern: uri), local: UInt(bitPattern: local), code: code)
        return code
    }
}
