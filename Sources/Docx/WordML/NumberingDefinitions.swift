internal import XMLStream

/// The list definitions of `numbering.xml`: abstract definitions, their levels, and the instances (`w:num`) that use them.
struct NumberingDefinitions {
    /// One list level (`w:lvl`).
    struct Level {
        var start = 0
        var format = "decimal"
        /// For `w:numFmt w:val="custom"`, the `w:format` sample such as "001, 002, 003, ...".
        var customFormat: String?
        var text: String?
        var suffix = "\t"
        var restart: Int?
        var paragraphStyle: String?
        var isLegal = false
    }

    /// An abstract definition (`w:abstractNum`).
    struct Abstract {
        var id: String
        var levels: [Int: Level] = [:]
        var numStyleLink: String?
        var styleLink: String?
    }

    /// A numbering instance (`w:num`) with its overrides.
    struct Instance {
        var id: String
        var abstractID: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    var abstracts: [String: Abstract] = [:]
    var instances: [String: Instance] = [:]

    /// The abstract definition an instance uses, following `w:numStyleLink` through the style sheet.
    func abstract(for instance: Instance, styles: StyleSheet) -> Abstract? {
        var abstract = abstracts[instance.abstractID]
        var hops = 0
        while let link = abstract?.numStyleLink, hops < 4 {
            hops += 1
            guard let linkedNum = styles.styles[link]?.numberingID, let linked = instances[linkedNum],
                let target = abstracts[linked.abstractID]
            else { break }
            abstract = target
        }
        return abstract
    }
}

/// Reads `numbering.xml`.
final class NumberingHandler: PartHandler {
    static let parsers = PartHandlerParsers.pool()
    private var filter = AlternateContentFilter()
    private var skipDepth = 0
    private var abstract: NumberingDefinitions.Abstract?
    private var instance: NumberingDefinitions.Instance?
    private var level: NumberingDefinitions.Level?
    private var levelIndex = 0
    private var overrideLevel: Int?
    var result = NumberingDefinitions()

    func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        if skipDepth > 0 { skipDepth += 1; return }
        let tag = Tag(code: code)
        if filter.decide(tag, attributes: attributes) == .skipSubtree { skipDepth = 1; return }
        let value = attributes.value(Tag.attrVal.rawValue)
        switch tag {
        case .abstractNum:
            abstract = .init(id: attributes.value(Tag.abstractNumIdElement.rawValue) ?? "")
        case .num:
            instance = .init(id: attributes.value(Tag.numId.rawValue) ?? "", abstractID: "")
        case .abstractNumIdElement: instance?.abstractID = value ?? ""
        case .lvlOverride: overrideLevel = attributes.value(Tag.ilvl.rawValue).flatMap { Int($0) }
        case .startOverride:
            if let overrideLevel, let start = value.flatMap({ Int($0) }) {
                instance?.startOverrides[overrideLevel] = start
            }
        case .lvl:
            levelIndex = attributes.value(Tag.ilvl.rawValue).flatMap { Int($0) } ?? 0
            level = .init()
        case .start: if let start = value.flatMap({ Int($0) }) { level?.start = start }
        case .numFmt:
            level?.format = value ?? "decimal"
            level?.customFormat = attributes.value(Tag.attrFormat.rawValue)
        case .lvlText: level?.text = value
        case .suff:
            switch value {
            case "space": level?.suffix = " "
            case "nothing": level?.suffix = ""
            default: level?.suffix = "\t"
            }
        case .lvlRestart: level?.restart = value.flatMap { Int($0) }
        case .pStyle: if level != nil { level?.paragraphStyle = value }
        case .isLgl: level?.isLegal = value != "0" && value != "false"
        case .numStyleLink: abstract?.numStyleLink = value
        case .styleLink: abstract?.styleLink = value
        case .pPr, .rPr: skipDepth = 1
        default: break
        }
    }

    func endElement(_ code: Int) {
        if skipDepth > 0 { skipDepth -= 1; return }
        let tag = Tag(code: code)
        filter.end(tag)
        switch tag {
        case .lvl:
            if let level {
                if let overrideLevel {
                    instance?.levelOverrides[overrideLevel] = level
                } else {
                    abstract?.levels[levelIndex] = level
                }
            }
            level = nil
        case .lvlOverride: overrideLevel = nil
        case .abstractNum:
            if let abstract { result.abstracts[abstract.id] = abstract }
            abstract = nil
        case .num:
            if let instance { result.instances[instance.id] = instance }
            instance = nil
        default: break
        }
    }

    var wantsText: Bool { false }
    func text(_ utf8: Span<UInt8>) {}
}
