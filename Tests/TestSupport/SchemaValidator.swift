internal import Foundation

/// Checks JSON against the JSON Schema (2020-12) keywords our schemas use: `type`, `properties`,
/// `required`, `additionalProperties: false`, `items`, `enum`, `const`, `$ref` to `#/$defs/…`,
/// `pattern`, `minimum`, `minLength`. Unknown keywords are ignored, like annotations.
public struct SchemaValidator: Sendable {
    private let root: JSONValue

    /// Loads a schema from `Schemas/NAME`.
    public init(schemaNamed name: String) throws {
        root = try JSONValue.parse(String(contentsOf: URL(fileURLWithPath: Fixtures.schemasDirectory + "/" + name), encoding: .utf8))
    }

    /// Creates a validator from a parsed schema.
    public init(schema: JSONValue) { root = schema }

    /// Every violation, as "path: problem"; empty when the instance is valid.
    public func violations(of instance: JSONValue) -> [String] {
        var problems: [String] = []
        check(instance, against: root, at: "$", into: &problems)
        return problems
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into problems: inout [String]) {
        guard case .object(let keywords) = schema else { return }
        if case .string(let reference)? = keywords["$ref"] {
            guard reference.hasPrefix("#/$defs/"), let target = root["$defs"]?[String(reference.dropFirst(8))] else {
                problems.append("\(path): unresolvable $ref \(reference)")
                return
            }
            check(value, against: target, at: path, into: &problems)
        }
        if let type = keywords["type"] {
            let allowed: [String]
            switch type {
            case .string(let single): allowed = [single]
            case .array(let many): allowed = many.compactMap { if case .string(let s) = $0 { s } else { nil } }
            default: allowed = []
            }
            if !allowed.contains(where: { Self.matches(value, type: $0) }) {
                problems.append("\(path): expected \(allowed.joined(separator: " or ")), found \(Self.typeName(value))")
                return
            }
        }
        if case .array(let options)? = keywords["enum"], !options.contains(value) {
            problems.append("\(path): \(value) is not one of the allowed values")
        }
        if let constant = keywords["const"], constant != value {
            problems.append("\(path): expected the constant \(constant)")
        }
        if case .string(let text) = value {
            if case .number(let minimum)? = keywords["minLength"], Decimal(text.count) < minimum {
                problems.append("\(path): shorter than \(minimum)")
            }
            if case .string(let pattern)? = keywords["pattern"],
                text.range(of: pattern, options: .regularExpression) == nil
            {
                problems.append("\(path): \"\(text)\" does not match \(pattern)")
            }
        }
        if case .number(let number) = value, case .number(let minimum)? = keywords["minimum"], number < minimum {
            problems.append("\(path): \(number) is below the minimum \(minimum)")
        }
        if case .object(let members) = value {
            if case .array(let required)? = keywords["required"] {
                for case .string(let key) in required where members[key] == nil {
                    problems.append("\(path): missing required \"\(key)\"")
                }
            }
            let properties: [String: JSONValue]
            if case .object(let declared)? = keywords["properties"] { properties = declared } else { properties = [:] }
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                if let propertySchema = properties[key] {
                    check(member, against: propertySchema, at: "\(path).\(key)", into: &problems)
                } else if keywords["additionalProperties"] == .bool(false) {
                    problems.append("\(path): unexpected property \"\(key)\"")
                }
            }
        }
        if case .array(let elements) = value, let itemSchema = keywords["items"] {
            for (index, element) in elements.enumerated() {
                check(element, against: itemSchema, at: "\(path)[\(index)]", into: &problems)
            }
        }
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array),
            ("object", .object):
            return true
        case ("integer", .number(let number)):
            var rounded = Decimal()
            var copy = number
            NSDecimalRound(&rounded, &copy, 0, .plain)
            return rounded == number
        default:
            return false
        }
    }

    private static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}
