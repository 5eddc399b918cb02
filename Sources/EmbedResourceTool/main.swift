import Foundation

// Writes a Swift file that holds a text file as a static string: `EmbedResourceTool INPUT OUTPUT`.
// The string is `EmbeddedResources.NAME`, where NAME is the input's file name with every character that cannot
// stand in an identifier replaced by an underscore.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: EmbedResourceTool INPUT OUTPUT\n".utf8))
    exit(2)
}
let input = URL(fileURLWithPath: arguments[1])
let text = try String(contentsOf: input, encoding: .utf8)
let name = String(input.lastPathComponent.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
// Enough #s that no `"#…` run inside the text closes the raw string early.
var hashes = "#"
while text.contains("\"" + hashes) { hashes += "#" }
let source = """
    // Generated at build time from \(input.lastPathComponent) by EmbedResourceTool; not checked in.
    extension EmbeddedResources {
        /// The contents of `Resources/\(input.lastPathComponent)`.
        static let \(name): String = \(hashes)\"\"\"
    \(text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n"))
        \"\"\"\(hashes)
    }

    """
try source.write(to: URL(fileURLWithPath: arguments[2]), atomically: true, encoding: .utf8)
