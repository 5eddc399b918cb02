/// A JSON value as ``SortedJSONEncoder`` builds it: scalars are final, arrays and objects are shared boxes so the
/// containers that `Encodable` types ask for can fill them in place.
enum JSONNode {
    case null
    /// A number or a boolean, already formatted.
    case literal(String)
    case string(String)
    case array(JSONArrayBox)
    case object(JSONObjectBox)
    /// The value a `superEncoder()` produces, known only once its caller has encoded into it.
    case deferred(JSONNodeEncoder)
    /// A value that writes its own JSON.
    case writable(any JSONWritable)

    /// The node, with deferred values resolved (an encoder that received nothing is an empty object).
    var resolved: JSONNode {
        guard case .deferred(let encoder) = self else { return self }
        return encoder.node?.resolved ?? .object(JSONObjectBox())
    }
}

/// The elements of an array under construction.
final class JSONArrayBox {
    var elements: [JSONNode] = []
}

/// The members of an object under construction, in the order they were first set.
final class JSONObjectBox {
    private(set) var keys: [String] = []
    private(set) var values: [JSONNode] = []

    /// The value set for `key`, if any.
    func value(for key: String) -> JSONNode? {
        keys.firstIndex { $0 == key }.map { values[$0] }
    }

    /// Sets `key` to `value`; a key set twice keeps its last value, as in `JSONEncoder`'s dictionary.
    func set(_ key: String, _ value: JSONNode) {
        if let index = keys.firstIndex(where: { $0 == key }) {
            values[index] = value
        } else {
            keys.append(key)
            values.append(value)
        }
    }

    /// The positions of the members in the order of their keys' UTF-8 bytes (the order of `.sortedKeys`).
    var sortedIndices: [Int] {
        var order = Array(keys.indices)
        // Insertion sort: objects have a handful of members, often already in order.
        for position in order.indices.dropFirst() {
            let index = order[position]
            var slot = position
            while slot > 0, Self.precedes(keys[index], keys[order[slot - 1]]) {
                order[slot] = order[slot - 1]
                slot -= 1
            }
            order[slot] = index
        }
        return order
    }

    /// Whether `a`'s UTF-8 bytes sort before `b`'s.
    private static func precedes(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in
                for index in 0..<min(a.count, b.count) where a[index] != b[index] { return a[index] < b[index] }
                return a.count < b.count
            }
        }
    }
}
