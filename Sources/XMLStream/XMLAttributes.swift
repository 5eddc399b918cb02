internal import CLibxml2

/// The attributes of the element being started; readable only during ``XMLEventHandler/startElement(_:attributes:)``.
///
/// It is non-copyable and lent as `borrowing`, so a handler cannot keep it past the callback: it points
/// into libxml2's buffers, which are reused afterwards.
public struct XMLAttributes: ~Copyable {
    // libxml2's SAX2 attribute array: 5 pointers per attribute (localname, prefix, URI, value begin, value end).
    let array: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let attributeCount: Int
    // Lent for one callback, during which the parser keeps the state alive.
    unowned(unsafe) let state: ParserState

    /// The number of attributes.
    public var count: Int { attributeCount }

    /// The value of the attribute whose name has `code` (see ``XMLVocabulary/code(for:)``), if present.
    public func value(_ code: Int) -> String? {
        guard let array else { return nil }
        for index in 0..<attributeCount {
            let base = index * 5
            guard let local = array[base] else { continue }
            if state.names.code(local: local, uri: array[base + 2]) == code {
                return Self.decode(begin: array[base + 3], end: array[base + 4])
            }
        }
        return nil
    }

    /// Whether an attribute whose name has `code` is present.
    public func contains(_ code: Int) -> Bool {
        guard let array else { return false }
        for index in 0..<attributeCount {
            let base = index * 5
            if let local = array[base], state.names.code(local: local, uri: array[base + 2]) == code { return true }
        }
        return false
    }

    /// The namespace URI bound to `prefix` where the element starts ("" asks for the default namespace).
    public func namespaceURI(forPrefix prefix: String) -> String? {
        let context = state.context
        let uri =
            prefix.isEmpty
            ? CLibxml2_namespaceURI(context, nil)
            : prefix.withCString {
                CLibxml2_namespaceURI(context, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self))
            }
        return uri.map { String(cString: $0) }
    }

    private static func decode(begin: UnsafePointer<xmlChar>?, end: UnsafePointer<xmlChar>?) -> String {
        guard let begin, let end, end > begin else { return "" }
        let bytes = UnsafeBufferPointer(start: begin, count: end - begin)
        let text = String(decoding: bytes, as: UTF8.self)
        // Without entity substitution libxml2 keeps "&" in attribute values as the character reference "&#38;".
        guard bytes.contains(UInt8(ascii: "&")) else { return text }
        return text.replacing("&#38;", with: "&")
    }
}
