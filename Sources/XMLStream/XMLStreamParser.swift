internal import CLibxml2

/// libxml2 is initialised once per process; nobody calls `xmlCleanupParser()`.
private let libxml2Initialized: Void = CLibxml2_initialize()

/// A streaming XML parser on libxml2's SAX2 push interface: begin a document, feed it chunks, finish it; the handler
/// receives the events.
///
/// A parser that finished a document without error can begin another (``isReusable``): it keeps its libxml2 context,
/// the names interned in it and their codes, so the next document costs no new context and no new name lookups.
///
/// Hardened for untrusted input: no network, no external entities or DTDs (a denying entity loader is
/// installed), a DOCTYPE is refused outright, entities are never substituted, and nesting is bounded.
/// Not `Sendable`: use it in one task at a time.
public final class XMLStreamParser {
    private let context: xmlParserCtxtPtr
    private let names: NameCodeCache
    /// The document being parsed, from `begin` to its end; the context's user data points to it meanwhile.
    private var state: ParserState?
    private var phase = Phase.new
    /// The error the document being parsed ended with, thrown again by a later `finish`.
    private var error: XMLStreamError?

    private enum Phase {
        /// Made, no document begun: the context is ready as created.
        case new
        /// A document begun and not finished.
        case parsing
        /// The last document finished without error.
        case finished
        /// The last document failed; the context is not used again.
        case failed
    }

    /// The most names a parser may have interned (or cached codes for) and still begin another document: a parser
    /// keeps every name it has seen, so one that has met many (a hostile part can declare thousands) is freed rather
    /// than kept.
    public static let maxReusableNames = 2_048
    /// The most bytes a parser's interned names may take and still begin another document: a few names can be long
    /// (a namespace URI of megabytes), and libxml2 caps a dictionary's bytes, past which a later document's new
    /// names would be refused.
    public static let maxReusableNameBytes = 256 << 10

    /// The codes of the names this parser reports.
    public var vocabulary: any XMLVocabulary { names.vocabulary }

    /// Creates a parser with no document begun; its events carry `vocabulary`'s codes.
    public init(vocabulary: any XMLVocabulary) {
        _ = libxml2Initialized
        names = NameCodeCache(vocabulary: vocabulary)
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        // The hot callbacks borrow the document's state without retaining it: the parser owns it for the whole parse.
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
        // xmlCreatePushParserCtxt copies the handler struct, so `sax` may go out of scope. The user data, which the
        // callbacks get, is set when a document begins.
        context = xmlCreatePushParserCtxt(&sax, nil, nil, 0, nil)
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue))
    }

    /// Creates a parser and begins a document reported to `handler`.
    public convenience init(handler: any XMLEventHandler, vocabulary: any XMLVocabulary, maxDepth: Int = 256) {
        self.init(vocabulary: vocabulary)
        begin(handler: handler, maxDepth: maxDepth)
    }

    deinit {
        xmlFreeParserCtxt(context)
    }

    /// Whether the parser can begin a document: it is new, or finished its last one without error and holds no
    /// more than ``maxReusableNames`` names (interned or cached) in no more than ``maxReusableNameBytes``.
    public var isReusable: Bool {
        switch phase {
        case .new: true
        case .finished:
            Int(xmlDictSize(context.pointee.dict)) <= Self.maxReusableNames
                && names.count <= Self.maxReusableNames
                && xmlDictGetUsage(context.pointee.dict) <= Self.maxReusableNameBytes
        case .parsing, .failed: false
        }
    }

    /// Begins a document whose events go to `handler`, nested at most `maxDepth` deep.
    ///
    /// The parser must be reusable (``isReusable``).
    public func begin(handler: any XMLEventHandler, maxDepth: Int = 256) {
        precondition(isReusable, "begin on a parser that is parsing, failed or holds too many names")
        // A finished context is reset for a new input; it keeps its dictionary, so interned names keep their pointers
        // and the cached codes stay valid. Only a context that ended cleanly is reset, so no namespace or element of
        // the last document is left on its stacks.
        if phase == .finished {
            guard xmlCtxtResetPush(context, nil, 0, nil, nil) == 0 else {
                preconditionFailure("libxml2 could not reset a parser context (out of memory)")
            }
            // As a context made with no first chunk has it: the encoding (a byte-order mark, UTF-16) is then detected
            // from the document's first bytes. The reset alone leaves it UTF-8.
            context.pointee.charset = Int32(XML_CHAR_ENCODING_NONE.rawValue)
            // libxml2 2.9's reset leaves the namespace stack's count; a document that ended cleanly popped every
            // namespace it declared, so this only states what holds.
            context.pointee.nsNr = 0
        }
        let state = ParserState(handler: handler, names: names, maxDepth: maxDepth, context: context)
        context.pointee.userData = Unmanaged.passUnretained(state).toOpaque()
        self.state = state
        error = nil
        phase = .parsing
        handler.willParse(with: self)
    }

    /// The 1-based line the parser has reached, for locating events during a callback.
    public var currentLine: Int? { Int(xmlSAX2GetLineNumber(context)) }

    /// Parses the next chunk of the document.
    public func feed(_ chunk: Span<UInt8>) throws(XMLStreamError) {
        if phase == .failed, let error { throw error }
        precondition(phase == .parsing, "feed with no document begun, or after finish")
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

    /// Signals the end of the document and reports any error in it; once finished, further calls do nothing, or
    /// throw the document's error again.
    public func finish() throws(XMLStreamError) {
        switch phase {
        case .new, .finished: return
        case .failed: if let error { throw error } else { return }
        case .parsing: break
        }
        let status = xmlParseChunk(context, nil, 0, 1)
        try check(status)
        phase = .finished
        end()
    }

    private func check(_ status: Int32) throws(XMLStreamError) {
        guard let failure = failure(status) else { return }
        phase = .failed
        error = failure
        end()
        throw failure
    }

    private func failure(_ status: Int32) -> XMLStreamError? {
        if let failure = state?.failure { return failure }
        guard status != 0 || context.pointee.wellFormed == 0 else { return nil }
        if let error = xmlCtxtGetLastError(context) {
            let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            return XMLStreamError(
                .malformed, message.trimmingTrailingNewlines,
                line: error.pointee.line > 0 ? Int(error.pointee.line) : nil)
        }
        return XMLStreamError(.malformed, "malformed XML", line: currentLine)
    }

    /// Ends the document: the handler is told, and the parser keeps nothing of it (the handler is let go).
    private func end() {
        state?.handler.didEndParse()
        context.pointee.userData = nil
        state = nil
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
