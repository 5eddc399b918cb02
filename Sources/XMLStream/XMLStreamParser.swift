internal import CLibxml2

/// libxml2 is initialised once per process; nobody calls `xmlCleanupParser()`.
private let libxml2Initialized: Void = CLibxml2_initialize()

/// A streaming XML parser on libxml2's SAX2 push interface: feed it chunks, it calls the handler.
///
/// Hardened for untrusted input: no network, no external entities or DTDs (a denying entity loader is
/// installed), a DOCTYPE is refused outright, entities are never substituted, and nesting is bounded.
/// Not `Sendable`: use it in the task that created it.
public final class XMLStreamParser {
    private let state: ParserState
    private let context: xmlParserCtxtPtr
    private var finished = false

    /// Creates a parser that reports to `handler`; `label` names the part in messages.
    public init(handler: any XMLEventHandler, maxDepth: Int = 256, label: String = "") {
        _ = libxml2Initialized
        state = ParserState(handler: handler, maxDepth: maxDepth)
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        // The hot callbacks borrow the state without retaining it: the parser owns it for the whole parse.
        sax.startElementNs = { ctx, localname, _, uri, _, _, attributeCount, _, attributes in
            guard let ctx, let localname else { return }
            Unmanaged<ParserState>.fromOpaque(ctx)._withUnsafeGuaranteedRef { state in
                let (code, withinDepth) = state.open(local: localname, uri: uri)
                guard withinDepth else {
                    state.fail(
                        XMLStreamError(
                            .tooDeep, "elements nested deeper than \(state.maxDepth)", line: state.currentLine))
                    return
                }
                let attributes = XMLAttributes(array: attributes, attributeCount: Int(attributeCount), state: state)
                state.handler.startElement(code, attributes: attributes)
            }
        }
        sax.endElementNs = { ctx, localname, _, uri in
            guard let ctx, let localname else { return }
            Unmanaged<ParserState>.fromOpaque(ctx)._withUnsafeGuaranteedRef { state in
                // The element that ends is the one that started last: its code needs no second lookup.
                state.handler.endElement(state.close(local: localname, uri: uri))
            }
        }
        let characters: charactersSAXFunc = { ctx, bytes, length in
            guard let ctx, let bytes, length > 0 else { return }
            Unmanaged<ParserState>.fromOpaque(ctx)._withUnsafeGuaranteedRef { state in
                guard state.handler.wantsText else { return }
                state.handler.text(UnsafeBufferPointer(start: bytes, count: Int(length)).span)
            }
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        sax.internalSubset = { ctx, _, _, _ in
            guard let ctx else { return }
            let state = Unmanaged<ParserState>.fromOpaque(ctx).takeUnretainedValue()
            state.fail(
                XMLStreamError(
                    .doctypeForbidden, "a DOCTYPE is not allowed in an Office Open XML part", line: state.currentLine))
        }
        sax.entityDecl = { ctx, _, _, _, _, _ in
            guard let ctx else { return }
            let state = Unmanaged<ParserState>.fromOpaque(ctx).takeUnretainedValue()
            state.fail(
                XMLStreamError(.doctypeForbidden, "entity declarations are not allowed", line: state.currentLine))
        }
        // Errors are read from the context after each chunk; this keeps libxml2 from printing them.
        sax.serror = { _, _ in }
        let userData = Unmanaged.passUnretained(state).toOpaque()
        // xmlCreatePushParserCtxt copies the handler struct, so `sax` may go out of scope.
        context = label.withCString { xmlCreatePushParserCtxt(&sax, userData, nil, 0, $0) }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
        state.context = context
    }

    deinit {
        xmlFreeParserCtxt(context)
    }

    /// The 1-based line the parser has reached, for locating events during a callback.
    public var currentLine: Int? { state.currentLine }

    /// Parses the next chunk of the document.
    public func feed(_ chunk: Span<UInt8>) throws(XMLStreamError) {
        precondition(!finished, "feed after finish")
        let status = chunk.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlParseChunk(context, $0.baseAddress, Int32(buffer.count), 0) }
        }
        try check(status)
    }

    /// Parses the whole document from a byte array.
    public func parse(_ bytes: [UInt8]) throws(XMLStreamError) {
        try feed(bytes.span)
        try finish()
    }

    /// Signals the end of the document and reports any error in it.
    public func finish() throws(XMLStreamError) {
        guard !finished else { return }
        finished = true
        let status = xmlParseChunk(context, nil, 0, 1)
        try check(status)
    }

    private func check(_ status: Int32) throws(XMLStreamError) {
        if let failure = state.failure { throw failure }
        if status != 0 || context.pointee.wellFormed == 0 {
            if let error = xmlCtxtGetLastError(context) {
                let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
                throw XMLStreamError(
                    .malformed, message.trimmingTrailingNewlines,
                    line: error.pointee.line > 0 ? Int(error.pointee.line) : nil)
            }
            throw XMLStreamError(.malformed, "malformed XML", line: state.currentLine)
        }
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
