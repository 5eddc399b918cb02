internal import Foundation

/// Writes JSON into a byte buffer, compact or indented the way `JSONEncoder`'s `.prettyPrinted` indents (two
/// spaces, `"key" : value`, an empty container as an empty line). Callers write an object's keys in sorted order.
struct JSONByteWriter {
    /// Whether to indent.
    let pretty: Bool
    /// The JSON written so far.
    private(set) var bytes: [UInt8] = []
    /// How many containers are open.
    private var depth = 0
    /// Whether the innermost open container has no member yet.
    private var isEmpty = true

    init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(1 << 16)
    }

    // MARK: Structure

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts the member `key` of the open object; its value comes next.
    mutating func key(_ key: String) {
        startMember()
        string(key)
        if pretty {
            bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
        } else {
            bytes.append(UInt8(ascii: ":"))
        }
    }

    /// Starts the next element of the open array; its value comes next.
    mutating func element() {
        startMember()
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        isEmpty = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty {
            if isEmpty { bytes.append(UInt8(ascii: "\n")) }
            newline()
        }
        bytes.append(bracket)
        isEmpty = false
    }

    private mutating func startMember() {
        if !isEmpty { bytes.append(UInt8(ascii: ",")) }
        if pretty { newline() }
        isEmpty = false
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<depth { bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
    }

    // MARK: Values

    mutating func null() { ascii("null") }
    mutating func bool(_ value: Bool) { ascii(value ? "true" : "false") }

    mutating func int(_ value: Int) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            ascii(String(value))
        }
    }

    /// A `Decimal` as `JSONEncoder` writes it: its description.
    mutating func decimal(_ value: Decimal) { ascii(value.description) }

    /// A number or literal already formatted.
    mutating func ascii(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A string literal: quotes, backslashes and control characters escaped as `JSONEncoder` escapes them; every
    /// other byte (slashes, DEL, non-ASCII text) as is.
    mutating func string(_ string: String) {
        var string = string
        bytes.append(UInt8(ascii: "\""))
        string.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
                case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
                case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: [
                        UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hexDigits[Int(byte >> 4)],
                        Self.hexDigits[Int(byte & 0x0F)],
                    ])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// An array of strings.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values {
            element()
            string(value)
        }
        endArray()
    }

    /// A tree built by ``JSONNodeEncoder``, its objects' keys sorted by their UTF-8 bytes.
    mutating func node(_ node: JSONNode) throws {
        switch node.resolved {
        case .null: null()
        case .literal(let text): ascii(text)
        case .string(let text): string(text)
        case .array(let array):
            beginArray()
            for element in array.elements {
                self.element()
                try self.node(element)
            }
            endArray()
        case .object(let object):
            beginObject()
            for index in object.sortedIndices {
                key(object.keys[index])
                try self.node(object.values[index])
            }
            endObject()
        case .writable(let value): try value.writeJSON(to: &self)
        case .deferred: preconditionFailure("a resolved node is never deferred")
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

/// A value that writes its own JSON instead of going through `Encodable`.
protocol JSONWritable {
    /// Writes what the value's `encode(to:)` would give, keys in sorted order.
    func writeJSON(to writer: inout JSONByteWriter) throws
}
