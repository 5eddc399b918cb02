import Foundation

// Compiles a rules file (JSON) to Swift: `RulesCompilerTool INPUT OUTPUT` writes `RulesFile.compiled`, the file as
// a value built from literals, so the built-in rules cost no JSON decoding when a process starts. Keys are turned
// into the Swift names of `WordList`, `RulesFile.PartialQualifiers` and `OrganizationKind` (snake case to camel
// case): a key the types do not have fails the build. The extraction tests check that the value equals the file
// decoded at run time.

/// Stops with a message on standard error.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("RulesCompilerTool: \(message)\n".utf8))
    exit(1)
}

/// `measure_words` → `measureWords`.
func camelCase(_ key: String) -> String {
    let parts = key.split(separator: "_")
    guard let first = parts.first else { fail("empty key") }
    return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
}

/// A Swift string literal of `text`.
func literal(_ text: String) -> String {
    var escaped = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": escaped += "\\\\"
        case "\"": escaped += "\\\""
        case "\n": escaped += "\\n"
        case "\t": escaped += "\\t"
        case "\r": escaped += "\\r"
        default:
            if scalar.value < 0x20 {
                escaped += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
    }
    return escaped + "\""
}

/// A Swift array literal of the strings of `value`, one per line at `indent`.
func stringArray(_ value: Any?, _ context: String, indent: String) -> String {
    guard let strings = value as? [String] else { fail("\(context) must be a list of strings") }
    if strings.isEmpty { return "[]" }
    return "[\n" + strings.map { indent + "    " + literal($0) + ",\n" }.joined() + indent + "]"
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: RulesCompilerTool INPUT OUTPUT") }
let input = URL(fileURLWithPath: arguments[1])
guard let data = try? Data(contentsOf: input),
    let file = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
else { fail("\(input.path) is not a JSON object") }

let fixedKeys: Set<String> = ["version", "mode", "currencies", "qualifiers", "organization_markers"]
guard let version = file["version"] as? Int else { fail("version must be an integer") }
let mode = (file["mode"] as? String).map { ".\($0)" } ?? "nil"

var source = """
    // Generated at build time from \(input.lastPathComponent) by RulesCompilerTool; not checked in.
    extension RulesFile {
        /// `Resources/\(input.lastPathComponent)` as a value.
        static let compiled = RulesFile(
            version: \(version),
            mode: \(mode),
            words: [

    """
for key in file.keys.sorted() where !fixedKeys.contains(key) {
    source += "            .\(camelCase(key)): \(stringArray(file[key], key, indent: "            ")),\n"
}
source += "        ],\n"

if let currencies = file["currencies"] {
    guard let list = currencies as? [[String: Any]] else { fail("currencies must be a list of objects") }
    source += "        currencies: [\n"
    for currency in list {
        guard let code = currency["code"] as? String else { fail("a currency has no code") }
        source += """
                        CurrencyRule(
                            code: \(literal(code)),
                            prefixes: \(stringArray(currency["prefixes"], "prefixes", indent: "                ")),
                            suffixes: \(stringArray(currency["suffixes"], "suffixes", indent: "                "))
                        ),

            """
    }
    source += "        ],\n"
} else {
    source += "        currencies: nil,\n"
}

if let qualifiers = file["qualifiers"] {
    guard let lists = qualifiers as? [String: Any] else { fail("qualifiers must be an object") }
    let order = ["approx_before", "approx_after", "max_before", "max_after", "min_before", "min_after"]
    if let unknown = lists.keys.first(where: { !order.contains($0) }) { fail("unknown qualifier list \(unknown)") }
    let members = order.map { key in
        "            \(camelCase(key)): "
            + (lists[key].map { stringArray($0, key, indent: "            ") } ?? "nil")
    }
    source += "        qualifiers: PartialQualifiers(\n" + members.joined(separator: ",\n") + "\n        ),\n"
} else {
    source += "        qualifiers: nil,\n"
}

if let markers = file["organization_markers"] {
    guard let list = markers as? [[String: Any]] else { fail("organization_markers must be a list of objects") }
    source += "        organizationMarkers: [\n"
    for marker in list {
        guard let suffix = marker["suffix"] as? String, let kind = marker["kind"] as? String else {
            fail("an organization marker needs a suffix and a kind")
        }
        source += "            OrganizationMarker(suffix: \(literal(suffix)), kind: .\(camelCase(kind))),\n"
    }
    source += "        ]\n"
} else {
    source += "        organizationMarkers: nil\n"
}
source += "    )\n}\n"

do {
    try source.write(to: URL(fileURLWithPath: arguments[2]), atomically: true, encoding: .utf8)
} catch {
    fail("cannot write \(arguments[2]): \(error)")
}
