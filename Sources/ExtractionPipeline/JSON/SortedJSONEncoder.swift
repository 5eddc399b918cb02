/// Encodes `Encodable` values as JSON with sorted keys, unescaped slashes and raw UTF-8 text: byte for byte what
/// Foundation's `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]` (and `.prettyPrinted` when
/// asked), in a fraction of its time.
///
/// `JSONEncoder` keeps a dictionary per object, casts every value dynamically to find dates and decimals, and
/// boxes its containers; for a report of tens of thousands of findings that cost more than reading and extracting
/// the document. A ``JSONWritable`` value (the report) writes itself straight into the buffer; any other value is
/// turned into a light tree (``JSONNode``) by ``JSONNodeEncoder`` and written from it. Only the default strategies
/// are supported, as `JSONEncoder` applies them: dates through their own `Encodable` conformance, data as Base64,
/// URLs as strings, an error for NaN and infinities.
struct SortedJSONEncoder {
    /// Whether to indent as `JSONEncoder`'s `.prettyPrinted` does (two spaces, `"key" : value`).
    var pretty = false

    /// The JSON of `value`, as UTF-8 bytes.
    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        var writer = JSONByteWriter(pretty: pretty)
        // A `JSONWritable` value comes back as a node that writes itself, at the top level as anywhere else.
        try writer.node(JSONNodeEncoder.topLevelNode(for: value))
        return writer.bytes
    }
}
