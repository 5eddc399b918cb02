internal import DocumentModel
internal import XMLStream

/// Reads `docProps/core.xml` and `docProps/app.xml` into ``DocumentProperties``.
final class PropertiesHandler: XMLEventHandler {
    private let names = WordNames()
    private var field: Tag?
    private var buffer: [UInt8] = []
    private var depth = 0
    private var fieldDepth = 0
    var result: DocumentProperties

    init(into properties: DocumentProperties) { result = properties }

    func code(for name: XMLName) -> Int { names.code(for: name) }

    func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        depth += 1
        let tag = names.tag(code)
        // Properties are direct children of the root; nested elements (HeadingPairs …) are not read.
        if depth == 2, Self.fields.contains(tag) {
            field = tag
            fieldDepth = depth
            buffer = []
        }
    }

    func endElement(_ code: Int) {
        defer { depth -= 1 }
        guard let field, depth == fieldDepth else { return }
        self.field = nil
        let value = String(decoding: buffer, as: UTF8.self).trimmingWhitespace
        guard !value.isEmpty else { return }
        switch field {
        case .title: result.title = value
        case .subject: result.subject = value
        case .creator: result.creator = value
        case .keywords: result.keywords = value
        case .descriptionElement: result.description = value
        case .lastModifiedBy: result.lastModifiedBy = value
        case .revision: result.revision = value
        case .created: result.created = value
        case .modified: result.modified = value
        case .application: result.application = value
        case .appVersion: result.applicationVersion = value
        case .company: result.company = value
        case .template: result.template = value
        case .pages: result.pages = Int(value)
        case .words: result.words = Int(value)
        case .characters: result.characters = Int(value)
        default: break
        }
    }

    var wantsText: Bool { field != nil }
    func text(_ utf8: Span<UInt8>) { utf8.withUnsafeBufferPointer { buffer.append(contentsOf: $0) } }

    private static let fields: Set<Tag> = [
        .title, .subject, .creator, .keywords, .descriptionElement, .lastModifiedBy, .revision, .created, .modified,
        .application, .appVersion, .company, .template, .pages, .words, .characters,
    ]
}

extension String {
    /// The string without leading and trailing white space and line breaks.
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
