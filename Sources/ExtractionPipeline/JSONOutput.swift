/// The one JSON encoding every output uses: sorted keys (byte-identical output for the same input), unescaped
/// slashes and UTF-8 text, optionally indented; the bytes of Foundation's `JSONEncoder` with those options, written
/// by ``JSONByteWriter``.
public enum JSONOutput {
    /// The most bytes ``write(_:pretty:threads:to:)`` hands its sink at a time.
    public static let chunkSize = 1 << 16

    /// Encodes `value` as JSON, UTF-8 bytes, writing long arrays on up to `threads` threads (the same bytes for any
    /// number).
    public static func bytes(_ value: some JSONWritable, pretty: Bool = false, threads: Int = 1) throws -> [UInt8] {
        var writer = JSONByteWriter(pretty: pretty)
        writer.threads = threads
        try value.writeJSON(to: &writer)
        return writer.withBytes { Array($0) }
    }

    /// Encodes `value` as a JSON string.
    public static func encode(_ value: some JSONWritable, pretty: Bool = false) throws -> String {
        var writer = JSONByteWriter(pretty: pretty)
        try value.writeJSON(to: &writer)
        return writer.withBytes { string(written: $0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// The text of bytes a ``JSONByteWriter`` wrote.
    ///
    /// They are the UTF-8 of Swift strings and ASCII punctuation: valid, so not validated again where `UTF8Span` is
    /// available (always on Linux; macOS 26 on Apple platforms).
    static func string(written bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard #available(macOS 26, *) else { return String(decoding: bytes, as: UTF8.self) }
        return String(copying: UTF8Span(unchecked: bytes.span))
    }

    /// Appends the JSON of `value` to `buffer`, which a caller may reuse from one value to the next.
    public static func write(_ value: some JSONWritable, pretty: Bool = false, into buffer: inout [UInt8]) throws {
        try write(value, pretty: pretty) { buffer.append(contentsOf: $0.assumingMemoryBound(to: UInt8.self)) }
    }

    /// Writes the JSON of `value` to `sink` in chunks of at most ``chunkSize`` bytes, so the whole text is never held
    /// at once; long arrays are written on up to `threads` threads (the same bytes for any number).
    ///
    /// A long array is written in pieces of 1,024 consecutive elements, at most 8 of them held at a time; only the
    /// calling thread calls `sink`.
    ///
    /// - Throws: What `value` or `sink` throws; after the sink throws, nothing more is handed to it.
    public static func write(
        _ value: some JSONWritable, pretty: Bool = false, threads: Int = 1,
        to sink: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        try withoutActuallyEscaping(sink) { sink in
            var writer = JSONByteWriter(pretty: pretty, chunkSize: chunkSize, sink: sink)
            writer.threads = threads
            try value.writeJSON(to: &writer)
            try writer.finish()
        }
    }
}

/// The JSON printed in place of a result when a document fails: `{"error": {"code": …, "message": …}}`.
public struct ErrorRecord: Sendable, Equatable, Codable, JSONWritable {
    /// The error's stable code and message.
    public struct Body: Sendable, Equatable, Codable {
        /// The stable code, such as `not_a_zip`.
        public var code: DocxError.Code
        /// The human-readable message.
        public var message: String

        enum CodingKeys: String, CodingKey { case code, message }
    }

    /// The error.
    public var error: Body

    enum CodingKeys: String, CodingKey { case error }

    /// Creates a record.
    public init(code: DocxError.Code, message: String) {
        error = Body(code: code, message: message)
    }

    /// The record of a reader's error.
    public init(_ error: DocxError) {
        self.init(code: error.code, message: error.message)
    }

    /// The record as one line of JSON.
    public var json: String {
        (try? JSONOutput.encode(self)) ?? #"{"error":{"code":"io","message":"the error could not be encoded"}}"#
    }

    /// Writes `{"error":{"code":…,"message":…}}`.
    public func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key(CodingKeys.error)
        error.writeJSON(to: &writer)
        writer.endObject()
    }
}

extension ErrorRecord.Body {
    /// Writes `{"code":…,"message":…}`.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key(CodingKeys.code)
        writer.string(code.rawValue)
        writer.key(CodingKeys.message)
        writer.string(message)
        writer.endObject()
    }
}
