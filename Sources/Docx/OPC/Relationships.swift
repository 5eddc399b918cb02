internal import XMLStream

/// One relationship of a part (`Relationship` in a `.rels` part).
struct Relationship: Equatable {
    var id: String
    /// The type URI.
    let type: String
    /// The resolved target part name (no leading slash), or the raw target for external ones.
    var target: String
    var isExternal: Bool
    /// The type's last path component ("officeDocument", "styles", "header" …), the same in transitional and Strict.
    let kind: String

    init(id: String, type: String, target: String, isExternal: Bool) {
        self.id = id
        self.type = type
        self.target = target
        self.isExternal = isExternal
        kind = PartName.lastComponent(of: type)
    }
}

/// Reads a `.rels` part, resolving targets against the source part's folder.
final class RelationshipsHandler: PartHandler {
    static let parsers = PartHandlerParsers.pool()
    /// The folder of the part the relationships belong to, which relative targets resolve against.
    private let folder: String
    var result: [Relationship] = []

    /// `sourcePart` is the part the relationships belong to ("" for the package).
    init(sourcePart: String) { folder = PartName.folder(of: sourcePart) }

    func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        guard Tag(code: code) == .relationship,
            let id = attributes.value(Tag.attrRelID.rawValue),
            let type = attributes.value(Tag.attrType.rawValue),
            let target = attributes.value(Tag.attrTarget.rawValue)
        else { return }
        let external = attributes.value(Tag.attrTargetMode.rawValue) == "External"
        result.append(
            Relationship(
                id: id, type: type, target: external ? target : PartName.normalize(target, relativeTo: folder),
                isExternal: external))
    }

    func endElement(_ code: Int) {}
    var wantsText: Bool { false }
    func text(_ utf8: Span<UInt8>) {}
}

/// Part-name arithmetic for OPC.
enum PartName {
    /// Resolves `target` against `folder`: absolute targets ("/word/x.xml") ignore the folder; "." and ".." are folded.
    static func normalize(_ target: String, relativeTo folder: String) -> String {
        if let resolved = normalizeASCII(target, relativeTo: folder) { return resolved }
        let decoded = target.removingPercentEncodingIfPossible
        var components: [Substring] = decoded.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    /// `normalize` over bytes, for ASCII names without escapes (nearly all), where every byte is a character; nil
    /// for any other name.
    private static func normalizeASCII(_ target: String, relativeTo folder: String) -> String? {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        guard target.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "%") }), folder.utf8.allSatisfy({ $0 < 0x80 })
        else { return nil }
        var resolved: [UInt8] = []
        resolved.reserveCapacity(folder.utf8.count + target.utf8.count + 1)
        // Where each component of `resolved` starts, so that ".." can drop the last one with its separator.
        var starts: [Int] = []
        func append(_ component: Substring.UTF8View) {
            if !starts.isEmpty { resolved.append(slash) }
            starts.append(resolved.count)
            resolved.append(contentsOf: component)
        }
        if target.utf8.first != slash {
            for component in folder.utf8.split(separator: slash) { append(component) }
        }
        for component in target.utf8.split(separator: slash) {
            if component.elementsEqual([dot]) { continue }
            if component.elementsEqual([dot, dot]) {
                if let start = starts.popLast() { resolved.removeSubrange(max(start - 1, 0)...) }
                continue
            }
            append(component)
        }
        return String(decoding: resolved, as: UTF8.self)
    }

    // The functions below join components with loops that append each `Substring` through its own `append(contentsOf:)`:
    // `joined(separator:)` and `+=` take generic sequences, and their first use for a type makes the runtime scan every
    // conformance record for its conformance.

    /// The `.rels` part of a part: "word/document.xml" → "word/_rels/document.xml.rels".
    static func relationshipsPart(of part: String) -> String {
        var components = part.split(separator: "/")
        let file = components.popLast() ?? ""
        var path = ""
        for component in components {
            path.append(contentsOf: component)
            path.append("/")
        }
        path.append("_rels/")
        path.append(contentsOf: file)
        path.append(".rels")
        return path
    }

    /// The folder of a part, "/" runs folded: "word/document.xml" → "word"; "" for a part at the root.
    static func folder(of part: String) -> String {
        var folder = ""
        for component in part.split(separator: "/").dropLast() {
            if !folder.isEmpty { folder += "/" }
            folder.append(contentsOf: component)
        }
        return folder
    }

    /// The last non-empty "/"-separated component of a URI, or the URI itself when it has none: the relationship type
    /// "http://…/relationships/styles" → "styles".
    static func lastComponent(of uri: String) -> String {
        let slash = UInt8(ascii: "/")
        // In ASCII every character but "\r\n" is one byte and no character holds a "/" with other bytes, so bytes can be
        // split instead of characters, which costs far less.
        guard uri.utf8.allSatisfy({ $0 < 0x80 }) else { return uri.split(separator: "/").last.map(String.init) ?? uri }
        guard let last = uri.utf8.lastIndex(where: { $0 != slash }) else { return uri }
        let start = uri.utf8[..<last].lastIndex(of: slash).map { uri.utf8.index(after: $0) } ?? uri.startIndex
        return String(uri[start...last])
    }
}

extension String {
    /// Decodes %XX escapes in part names (OPC names are URIs); leaves the string alone if malformed.
    fileprivate var removingPercentEncodingIfPossible: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
