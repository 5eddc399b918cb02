internal import Foundation
internal import ExtractionPipeline

/// The first file of a `multipart/form-data` body (RFC 7578): what a browser's upload form sends.
public struct MultipartFile: Sendable, Equatable {
    /// The file name the client gave, if any.
    public var fileName: String?
    /// The file's bytes.
    public var bytes: [UInt8]

    /// The boundary of a `multipart/form-data` content type, if it is one.
    public static func boundary(ofContentType contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingWhitespace }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for part in parts.dropFirst() where part.lowercased().hasPrefix("boundary=") {
            var value = String(part.dropFirst("boundary=".count))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The first part with a `filename` (or else the first part) of a body delimited by `boundary`.
    public static func first(in body: [UInt8], boundary: String) -> MultipartFile? {
        firstFileRange(in: body, boundary: boundary).map {
            MultipartFile(fileName: $0.fileName, bytes: Array(body[$0.range]))
        }
    }

    /// Where the first part with a `filename` (or else the first part) lies in a body delimited by `boundary`, and
    /// its file name: the part can be cut out of the body in place.
    public static func firstFileRange(in body: [UInt8], boundary: String) -> (fileName: String?, range: Range<Int>)? {
        let delimiter = Array(("--" + boundary).utf8)
        var parts: [(fileName: String?, range: Range<Int>)] = []
        var position = indexOf(delimiter, in: body, from: 0)
        while let start = position {
            var cursor = start + delimiter.count
            // "--" after a delimiter closes the body.
            if cursor + 1 < body.count, body[cursor] == UInt8(ascii: "-"), body[cursor + 1] == UInt8(ascii: "-") {
                break
            }
            guard let headersEnd = indexOf(Array("\r\n\r\n".utf8), in: body, from: cursor) else { break }
            let headers = String(decoding: body[cursor..<headersEnd], as: UTF8.self)
            cursor = headersEnd + 4
            guard let next = indexOf(Array("\r\n".utf8) + delimiter, in: body, from: cursor) else { break }
            parts.append((fileName(in: headers), cursor..<next))
            position = next + 2
        }
        return parts.first { $0.fileName != nil } ?? parts.first
    }

    private static func fileName(in headers: String) -> String? {
        for line in headers.split(separator: "\r\n") where line.lowercased().hasPrefix("content-disposition:") {
            guard let range = line.range(of: "filename=\"") else { continue }
            let rest = line[range.upperBound...]
            return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
        return nil
    }

    private static func indexOf(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
