internal import XMLStream

/// `[Content_Types].xml`: the content type of each part, by override or by extension.
struct ContentTypes {
    var defaults: [String: String] = [:]
    var overrides: [String: String] = [:]

    /// The content type of a part name (without leading slash); extension defaults are case-insensitive.
    func type(of partName: String) -> String? {
        if let type = overrides[partName.lowercased()] { return type }
        guard let dot = partName.lastIndex(of: ".") else { return nil }
        return defaults[partName[partName.index(after: dot)...].lowercased()]
    }

    /// Main-part content types of WordprocessingML documents, templates and their macro-enabled forms.
    static let wordMainTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
    ]

    /// A readable name for another Office kind's main content type, if it is one.
    static func otherKind(_ type: String) -> String? {
        if type.contains("spreadsheetml") || type.contains("ms-excel") { return "a spreadsheet (.xlsx)" }
        if type.contains("presentationml") || type.contains("ms-powerpoint") { return "a presentation (.pptx)" }
        return nil
    }
}

/// Reads `[Content_Types].xml`.
final class ContentTypesHandler: PartHandler {
    static let parsers = PartHandlerParsers.pool()
    var result = ContentTypes()

    func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        switch Tag(code: code) {
        case .defaultType:
            if let ext = attributes.value(Tag.attrExtension.rawValue),
                let type = attributes.value(Tag.attrContentType.rawValue)
            {
                result.defaults[ext.lowercased()] = type
            }
        case .overrideType:
            if let name = attributes.value(Tag.attrPartName.rawValue),
                let type = attributes.value(Tag.attrContentType.rawValue)
            {
                result.overrides[PartName.normalize(name, relativeTo: "").lowercased()] = type
            }
        default: break
        }
    }

    func endElement(_ code: Int) {}
    var wantsText: Bool { false }
    func text(_ utf8: Span<UInt8>) {}
}
