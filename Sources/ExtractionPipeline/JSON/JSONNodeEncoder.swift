internal import Foundation

/// The `Encoder` behind ``SortedJSONEncoder``: it turns one value into a ``JSONNode``.
///
/// Like `JSONEncoder`, a value that asks for a keyed container twice fills one object, `Decimal` is written as its
/// description, a URL as its absolute string, data as Base64, and a value that encodes nothing becomes an empty
/// object.
final class JSONNodeEncoder: Encoder {
    /// The path of the container the value is in; with ``key``, the value's path (joined only when asked for:
    /// most values never are, and a path array per value would cost an allocation each).
    fileprivate let parentPath: [any CodingKey]
    fileprivate let key: (any CodingKey)?
    var codingPath: [any CodingKey] { key.map { parentPath + [$0] } ?? parentPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What the value encoded so far.
    fileprivate(set) var node: JSONNode?

    init(parentPath: [any CodingKey], key: (any CodingKey)?) {
        self.parentPath = parentPath
        self.key = key
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let object)? = node {
            return KeyedEncodingContainer(KeyedContainer(object: object, codingPath: codingPath))
        }
        let object = JSONObjectBox()
        node = .object(object)
        return KeyedEncodingContainer(KeyedContainer(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let array)? = node { return UnkeyedContainer(array: array, codingPath: codingPath) }
        let array = JSONArrayBox()
        node = .array(array)
        return UnkeyedContainer(array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// The node of a value encoded on its own: as ``node(for:parentPath:key:)``, except that a value that encodes
    /// nothing is an error (`JSONEncoder`'s "did not encode any values"), not an empty object.
    static func topLevelNode<T: Encodable>(for value: T) throws -> JSONNode {
        let node = try node(for: value, parentPath: [], key: nil)
        if case .deferred(let encoder) = node, encoder.node == nil {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."))
        }
        return node
    }

    /// The node of `value`, found at `key` of the container at `parentPath`: strings, numbers and `Decimal`
    /// directly, anything else through its `encode(to:)`.
    static func node<T: Encodable>(for value: T, parentPath: [any CodingKey], key: (any CodingKey)?) throws -> JSONNode {
        // Type checks by metadata, not `as?` casts: a dynamic cast for every value costs more than the encoding.
        if T.self == String.self { return .string(value as! String) }
        if T.self == Int.self { return .literal(String(value as! Int)) }
        if T.self == Bool.self { return .literal((value as! Bool) ? "true" : "false") }
        if T.self == Decimal.self { return .literal((value as! Decimal).description) }
        // `JSONEncoder`'s defaults for these: a URL as its absolute string, data as Base64.
        if T.self == URL.self { return .string((value as! URL).absoluteString) }
        if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
        // A value that writes itself (the report inside a batch record) is written in place, at its depth.
        if let writable = value as? any JSONWritable { return .writable(writable) }
        if T.self == Double.self {
            return try literal(value as! Double, codingPath: key.map { parentPath + [$0] } ?? parentPath)
        }
        let encoder = JSONNodeEncoder(parentPath: parentPath, key: key)
        try value.encode(to: encoder)
        // A value that encoded nothing is an empty object inside another value (the top level checks for it).
        return encoder.node ?? .deferred(encoder)
    }

    /// A floating-point number as `JSONEncoder` writes it: its description without a trailing ".0".
    static func literal<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F, codingPath: [any CodingKey])
        throws -> JSONNode
    {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, EncodingError.Context(codingPath: codingPath, debugDescription: "\(value) is not valid JSON"))
        }
        let text = value.description
        return .literal(text.hasSuffix(".0") ? String(text.dropLast(2)) : text)
    }

    static func literal<I: FixedWidthInteger>(_ value: I) -> JSONNode {
        .literal(String(value))
    }
}

/// A keyed container that sets members of one object.
private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: JSONObjectBox
    let codingPath: [any CodingKey]

    private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    mutating func encodeNil(forKey key: Key) throws { object.set(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        object.set(key.stringValue, .literal(value ? "true" : "false"))
    }
    mutating func encode(_ value: String, forKey key: Key) throws { object.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        object.set(key.stringValue, try JSONNodeEncoder.literal(value, codingPath: path(key)))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        object.set(key.stringValue, try JSONNodeEncoder.literal(value, codingPath: path(key)))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { object.set(key.stringValue, JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { object.set(key.stringValue, JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { object.set(key.stringValue, JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { object.set(key.stringValue, JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { object.set(key.stringValue, JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { object.set(key.stringValue, JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { object.set(key.stringValue, JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { object.set(key.stringValue, JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { object.set(key.stringValue, JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { object.set(key.stringValue, JSONNodeEncoder.literal(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.set(key.stringValue, try JSONNodeEncoder.node(for: value, parentPath: codingPath, key: key))
    }

    /// A nested object; asked for twice under one key, the same object (as `JSONEncoder` does).
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested: JSONObjectBox
        if case .object(let existing)? = object.value(for: key.stringValue) {
            nested = existing
        } else {
            nested = JSONObjectBox()
            object.set(key.stringValue, .object(nested))
        }
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: path(key)))
    }

    /// A nested array; asked for twice under one key, the same array (as `JSONEncoder` does).
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested: JSONArrayBox
        if case .array(let existing)? = object.value(for: key.stringValue) {
            nested = existing
        } else {
            nested = JSONArrayBox()
            object.set(key.stringValue, .array(nested))
        }
        return UnkeyedContainer(array: nested, codingPath: path(key))
    }

    mutating func superEncoder() -> any Encoder {
        superEncoder(named: "super")
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        superEncoder(named: key.stringValue)
    }

    private func superEncoder(named name: String) -> any Encoder {
        let encoder = JSONNodeEncoder(parentPath: codingPath, key: JSONKey(name))
        object.set(name, .deferred(encoder))
        return encoder
    }
}

/// An unkeyed container that appends to one array.
private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let array: JSONArrayBox
    let codingPath: [any CodingKey]
    var count: Int { array.elements.count }

    private var nextKey: JSONKey { JSONKey(index: count) }
    private var nextPath: [any CodingKey] { codingPath + [nextKey] }

    mutating func encodeNil() throws { array.elements.append(.null) }
    mutating func encode(_ value: Bool) throws { array.elements.append(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { array.elements.append(.string(value)) }
    mutating func encode(_ value: Double) throws {
        array.elements.append(try JSONNodeEncoder.literal(value, codingPath: nextPath))
    }
    mutating func encode(_ value: Float) throws {
        array.elements.append(try JSONNodeEncoder.literal(value, codingPath: nextPath))
    }
    mutating func encode(_ value: Int) throws { array.elements.append(JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: Int8) throws { array.elements.append(JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: Int16) throws { array.elements.append(JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: Int32) throws { array.elements.append(JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: Int64) throws { array.elements.append(JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: UInt) throws { array.elements.append(JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: UInt8) throws { array.elements.append(JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: UInt16) throws { array.elements.append(JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: UInt32) throws { array.elements.append(JSONNodeEncoder.literal(value)) }
    mutating func encode(_ value: UInt64) throws { array.elements.append(JSONNodeEncoder.literal(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        array.elements.append(try JSONNodeEncoder.node(for: value, parentPath: codingPath, key: nextKey))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let path = nextPath
        let nested = JSONObjectBox()
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        let nested = JSONArrayBox()
        array.elements.append(.array(nested))
        return UnkeyedContainer(array: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = JSONNodeEncoder(parentPath: codingPath, key: nextKey)
        array.elements.append(.deferred(encoder))
        return encoder
    }
}

/// The container of a single value: it sets the encoder's node.
private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONNodeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node = .null }
    mutating func encode(_ value: Bool) throws { encoder.node = .literal(value ? "true" : "false") }
    mutating func encode(_ value: String) throws { encoder.node = .string(value) }
    mutating func encode(_ value: Double) throws { encoder.node = try JSONNodeEncoder.literal(value, codingPath: codingPath) }
    mutating func encode(_ value: Float) throws { encoder.node = try JSONNodeEncoder.literal(value, codingPath: codingPath) }
    mutating func encode(_ value: Int) throws { encoder.node = JSONNodeEncoder.literal(value) }
    mutating func encode(_ value: Int8) throws { encoder.node = JSONNodeEncoder.literal(value) }
    mutating func encode(_ value: Int16) throws { encoder.node = JSONNodeEncoder.literal(value) }
    mutating func encode(_ value: Int32) throws { encoder.node = JSONNodeEncoder.literal(value) }
    mutating func encode(_ value: Int64) throws { encoder.node = JSONNodeEncoder.literal(value) }
    mutating func encode(_ value: UInt) throws { encoder.node = JSONNodeEncoder.literal(value) }
    mutating func encode(_ value: UInt8) throws { encoder.node = JSONNodeEncoder.literal(value) }
    mutating func encode(_ value: UInt16) throws { encoder.node = JSONNodeEncoder.literal(value) }
    mutating func encode(_ value: UInt32) throws { encoder.node = JSONNodeEncoder.literal(value) }
    mutating func encode(_ value: UInt64) throws { encoder.node = JSONNodeEncoder.literal(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try JSONNodeEncoder.node(for: value, parentPath: encoder.parentPath, key: encoder.key)
    }
}

/// A coding key for paths: an array position or a super-encoder's key.
private struct JSONKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(index: intValue) }
}
