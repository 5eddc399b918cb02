internal import DocumentModel
internal import XMLStream

/// Reads `docProps/core.xml` and `docProps/app.xml`: the properties each sets, for ``DocumentProperties/apply(_:)``.
final class PropertiesHandler: PartHandler {
    static let parsers = PartHandlerParsers.pool()
    private var field: Tag?
    private var buffer: [UInt8] = []
    private var depth = 0
    private var fieldDepth = 0
    /// The properties the part sets with a value, in document order.
    private(set) var fields: [PropertyField] = []

    func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        depth += 1
        let tag = Tag(code: code)
        // Properties are direct children of the root; nested elements (HeadingPairs …) are not read.
        if depth == 2, Self.isProperty(tag) {
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
        fields.append(PropertyField(tag: field, value: value))
    }

    var wantsText: Bool { field != nil }
    func text(_ utf8: Span<UInt8>) { utf8.withUnsafeBufferPointer { buffer.append(contentsOf: $0) } }

    /// Whether the element is a property the report keeps (a switch: a `Set<Tag>` makes the runtime scan every
    /// conformance record for `Tag: Hashable` on its first use).
    private static func isProperty(_ tag: Tag) -> Bool {
        switch tag {
        case .title, .subject, .creator, .keywords, .descriptionElement, .lastModifiedBy, .revision, .created,
            .modified, .application, .appVersion, .company, .template, .pages, .words, .characters:
            true
        default: false
        }
    }
}

/// One property a properties part sets: its element and its trimmed, non-empty text.
struct PropertyField: Sendable {
    let tag: Tag
    let value: String
}

extension DocumentProperties {
    /// Sets the properties a part sets, in order; a count that is not a number is cleared.
    mutating func apply(_ fields: [PropertyField]) {
        for field in fields {
            let value = field.value
            switch field.tag {
            case .title: title = value
            case .subject: subject = value
            case .creator: creator = value
            case .keywords: keywords = value
            case .descriptionElement: description = value
            case .lastModifiedBy: lastModifiedBy = value
            case .revision: revision = value
            case .created: created = value
            case .modified: modified = value
            case .application: application = value
            case .appVersion: applicationVersion = value
            case .company: company = value
            case .template: template = value
            case .pages: pages = Int(value)
            case .words: words = Int(value)
            case .characters: characters = Int(value)
            default: break
            }
        }
    }
}
