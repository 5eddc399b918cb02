internal import Foundation

/// The one JSON encoding every output uses: sorted keys (byte-identical output for the same input),
/// unescaped slashes and UTF-8 text, optionally indented; the bytes of Foundation's `JSONEncoder` with those
/// options, written by ``SortedJSONEncoder``.
public enum JSONOutput {
    /// Encodes `value` as JSON, UTF-8 bytes.
    public static func bytes<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        try SortedJSONEncoder(pretty: pretty).encode(value)
    }

    /// Encodes `value` as a JSON string.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> String {
        let bytes = try bytes(value, pretty: pretty)
        // The bytes are the UTF-8 of Swift strings and ASCII punctuation: valid, so not validated again where
        // `UTF8Span` is available (always on Linux; macOS 26 on Apple platforms).
        guard #available(macOS 26, *) else { return String(decoding: bytes, as: UTF8.self) }
        return bytes.withUnsafeBufferPointer { String(copying: UTF8Span(unchecked: $0.span)) }
    }
}

/// The JSON printed in place of a result when a document fails: `{"error": {"code": …, "message": …}}`.
public struct ErrorRecord: Sendable, Equatable, Codable {
    /// The error's stable code and message.
    public struct Body: Sendable, Equatable, Codable {
        /// The stable code, e.g. "not_a_zip".
        public var code: String
        /// The human-readable message.
        public var message: String
    }

    /// The error.
    public var error: Body

    /// Creates a record.
    public init(code: String, message: String) {
        error = Body(code: code, message: message)
    }

    /// The record as one line of JSON.
    public var json: String {
        (try? JSONOutput.encode(self)) ?? #"{"error":{"code":"internal","message":"unencodable error"}}"#
    }
}
