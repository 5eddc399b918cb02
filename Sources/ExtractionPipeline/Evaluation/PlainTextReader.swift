public import DocumentModel

/// Reads a plain-text report into a document, as a person pasting it into Word would get it: paragraphs are
/// separated by blank lines, and a single line feed stays inside its paragraph as a line break (`w:br`).
public struct PlainTextReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// The document of `text`: one body paragraph per blank-line-separated block, in order.
    public func document(from text: String) -> Document {
        var blocks: [Block] = []
        var lines: [Substring] = []
        func flush() {
            guard !lines.isEmpty else { return }
            blocks.append(.paragraph(Paragraph(index: blocks.count, text: lines.joined(separator: "\n"))))
            lines.removeAll()
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.allSatisfy(\.isWhitespace) { flush() } else { lines.append(trimmed) }
        }
        flush()
        return Document(body: blocks)
    }
}
