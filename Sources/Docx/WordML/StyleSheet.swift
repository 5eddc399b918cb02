internal import XMLStream

/// The styles of `styles.xml` that matter for reading: names, inheritance, outline levels, numbering, hidden text.
struct StyleSheet {
    struct Style {
        var id: String
        var type: String = "paragraph"
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var numberingID: String?
        var numberingLevel: Int?
        var isDefault = false
        /// Whether the style's run properties hide text (`w:vanish`), nil when they do not say.
        var hidesText: Bool?
    }

    var styles: [String: Style] = [:] {
        didSet { resolvedHiddenText = nil }
    }
    /// The default paragraph style, applied to paragraphs without `w:pStyle`.
    var defaultParagraphStyle: String?

    /// Heading levels resolved once per style when the style sheet is complete.
    private(set) var resolvedHeadingLevels: [String: Int] = [:]
    /// Whether each style hides text, for the styles whose chain says, resolved with the heading levels; nil until
    /// then and whenever `styles` changes after.
    private var resolvedHiddenText: [String: Bool]?

    /// Resolves every style's heading level and hidden text, so that paragraphs and runs look them up instead of
    /// walking `w:basedOn`.
    mutating func resolve() {
        var hidden: [String: Bool] = [:]
        for id in styles.keys {
            if let level = computeHeadingLevel(of: id) { resolvedHeadingLevels[id] = level }
            if let hides = computeHidesText(of: id) { hidden[id] = hides }
        }
        resolvedHiddenText = hidden
    }

    /// The heading level (1–9) a style gives, from its name or its `w:outlineLvl`, following `w:basedOn`.
    func headingLevel(of styleID: String) -> Int? { resolvedHeadingLevels[styleID] }

    // The walks along `w:basedOn` take at most one step per style: a chain that revisits a style has gone round a
    // loop whose styles all said nothing, so stopping there or after the last step gives the same answer.
    private func computeHeadingLevel(of styleID: String) -> Int? {
        var steps = styles.count
        var current: String? = styleID
        while let id = current, let style = styles[id], steps > 0 {
            steps -= 1
            if let level = style.outlineLevel { return level < 9 ? level + 1 : nil }
            if let name = style.name, let level = Self.headingLevel(fromName: name) { return level }
            current = style.basedOn
        }
        return nil
    }

    /// The numbering (numId, ilvl) a style gives, following `w:basedOn`.
    func numbering(of styleID: String) -> (id: String, level: Int?)? {
        var steps = styles.count
        var current: String? = styleID
        while let id = current, let style = styles[id], steps > 0 {
            steps -= 1
            if let numberingID = style.numberingID { return (numberingID, style.numberingLevel) }
            current = style.basedOn
        }
        return nil
    }

    /// Whether a run is hidden by styles alone: its character style (`w:rStyle`), else its paragraph's style, each
    /// followed through `w:basedOn` to the first that says.
    ///
    /// Direct formatting, read by the caller, wins over both.
    func hidesText(characterStyle: String?, paragraphStyle: String?) -> Bool {
        hidesText(of: characterStyle) ?? hidesText(of: paragraphStyle) ?? false
    }

    private func hidesText(of styleID: String?) -> Bool? {
        guard let styleID else { return nil }
        if let resolvedHiddenText { return resolvedHiddenText[styleID] }
        return computeHidesText(of: styleID)
    }

    private func computeHidesText(of styleID: String) -> Bool? {
        var steps = styles.count
        var current: String? = styleID
        while let id = current, let style = styles[id], steps > 0 {
            steps -= 1
            if let hides = style.hidesText { return hides }
            current = style.basedOn
        }
        return nil
    }

    /// Recognises "heading 1", "Heading1", "标题 1", "标题1" (Word's built-in names and their Chinese forms).
    static func headingLevel(fromName name: String) -> Int? {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return headingLevel(fromASCIIName: name.utf8) }
        let lowered = String(name.lowercased().filter { $0 != " " })
        for prefix in ["heading", "标题"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            if rest.count == 1, let digit = Int(rest), (1...9).contains(digit) { return digit }
        }
        return nil
    }

    /// `headingLevel(fromName:)` over the bytes of an ASCII name, where each byte is a character.
    private static func headingLevel(fromASCIIName name: String.UTF8View) -> Int? {
        let heading = "heading".utf8
        var matched = heading.startIndex
        var level: Int?
        for byte in name where byte != UInt8(ascii: " ") {
            if level != nil { return nil }
            if matched < heading.endIndex {
                let lowered = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
                guard lowered == heading[matched] else { return nil }
                matched = heading.index(after: matched)
            } else {
                guard (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(byte) else { return nil }
                level = Int(byte - UInt8(ascii: "0"))
            }
        }
        return level
    }
}

/// Reads `styles.xml`.
final class StylesHandler: PartHandler {
    static let parsers = PartHandlerParsers.pool()
    private var filter = AlternateContentFilter()
    private var skipDepth = 0
    private var current: StyleSheet.Style?
    private var inParagraphProperties = false
    private var inRunProperties = false
    var result = StyleSheet()

    func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        if skipDepth > 0 { skipDepth += 1; return }
        let tag = Tag(code: code)
        if filter.decide(tag, attributes: attributes) == .skipSubtree { skipDepth = 1; return }
        switch tag {
        case .style:
            let id = attributes.value(Tag.attrStyleID.rawValue) ?? ""
            var style = StyleSheet.Style(id: id)
            style.type = attributes.value(Tag.attrType.rawValue) ?? "paragraph"
            let isDefault = attributes.value(Tag.attrDefault.rawValue)
            style.isDefault = isDefault == "1" || isDefault == "true" || isDefault == "on"
            current = style
        case .name: current?.name = attributes.value(Tag.attrVal.rawValue)
        case .basedOn: current?.basedOn = attributes.value(Tag.attrVal.rawValue)
        case .pPr: inParagraphProperties = current != nil
        case .outlineLvl where inParagraphProperties:
            current?.outlineLevel = attributes.value(Tag.attrVal.rawValue).flatMap { Int($0) }
        case .numId where inParagraphProperties: current?.numberingID = attributes.value(Tag.attrVal.rawValue)
        case .ilvl where inParagraphProperties:
            current?.numberingLevel = attributes.value(Tag.attrVal.rawValue).flatMap { Int($0) }
        case .rPr where current != nil && !inParagraphProperties: inRunProperties = true
        case .vanish where inRunProperties:
            let value = attributes.value(Tag.attrVal.rawValue)
            current?.hidesText = value == nil || !["0", "false", "off"].contains(value ?? "")
        case .rPr, .pPrChange, .rPrChange, .latentStyles: skipDepth = 1
        default: break
        }
    }

    func endElement(_ code: Int) {
        if skipDepth > 0 { skipDepth -= 1; return }
        let tag = Tag(code: code)
        filter.end(tag)
        switch tag {
        case .style:
            if let style = current {
                result.styles[style.id] = style
                if style.isDefault, style.type == "paragraph" { result.defaultParagraphStyle = style.id }
            }
            current = nil
        case .styles:
            result.resolve()
        case .pPr: inParagraphProperties = false
        case .rPr: inRunProperties = false
        default: break
        }
    }

    var wantsText: Bool { false }
    func text(_ utf8: Span<UInt8>) {}
}
