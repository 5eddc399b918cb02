#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// An element that a part's handler ignores together with everything inside it, cut out of the part's bytes before
/// the parser sees them, so that libxml2 does not tokenize what would be thrown away.
///
/// The cut is made only where plain markup proves it exact for a well-formed part: the bytes are UTF-8 (no other
/// byte-order mark, no other encoding declared); the element's prefix is declared once before it, on the root
/// element, for one of the handler's namespaces; no comment, CDATA section, document type or processing instruction
/// (other than the XML declaration) comes before the element's end; and the element holds no element of its own
/// name. Since `<` cannot stand in an attribute value or in text, every `<` is then a tag, and the first end tag of
/// the element's name after its start tag is its own. Anything else leaves the bytes as they are. The element's line
/// breaks are kept, so line numbers in the parser's errors stay those of the part. The element's content is not
/// checked: a part malformed only inside it is read rather than refused. (The C library's `memchr` finds each `<`:
/// the element is most of a style sheet, and the search runs on every one read.)
struct IgnoredElement: Sendable {
    /// `<prefix:local`, as the start and end tags spell it after `<` and `</`.
    private let qualifiedName: [UInt8]
    /// `xmlns:prefix`.
    private let declaration: [UInt8]
    /// The namespace URIs the prefix may be bound to.
    private let namespaces: [[UInt8]]

    /// How many of a part's first bytes the cut looks at: the first chunk a part is read in.
    static let window = 64 << 10

    private static let namespaceDeclaration = Array("xmlns".utf8)
    private static let xmlDeclaration = Array("<?xml".utf8)
    private static let encodingName = Array("encoding".utf8)
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The element `prefix:local` in any of `namespaces`.
    init(prefix: String, local: String, namespaces: [String]) {
        qualifiedName = Array("\(prefix):\(local)".utf8)
        declaration = Array("xmlns:\(prefix)".utf8)
        self.namespaces = namespaces.map { Array($0.utf8) }
    }

    /// `bytes` without the element (its line breaks kept), or nil when they do not hold the whole element in plain
    /// markup as described on the type.
    func cut(from bytes: Span<UInt8>) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, let range = element(in: Bytes(base: base, count: bytes.count)) else {
                return nil
            }
            var kept = [UInt8]()
            kept.reserveCapacity(bytes.count - range.count)
            kept.append(contentsOf: bytes[..<range.lowerBound])
            for byte in bytes[range] where byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                kept.append(byte)
            }
            kept.append(contentsOf: bytes[range.upperBound...])
            return kept
        }
    }

    /// The bytes of a chunk, searched with `memchr` (a style sheet's `w:latentStyles` is 25 KB, and the walk
    /// stops only at its `<`s).
    private struct Bytes {
        let base: UnsafePointer<UInt8>
        let count: Int

        subscript(index: Int) -> UInt8 { base[index] }

        /// The first `byte` in `from..<end`.
        func first(_ byte: UInt8, from: Int, before end: Int) -> Int? {
            guard from < end, let found = memchr(base + from, Int32(byte), end - from) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }

        /// The first occurrence of `pattern` (not empty) that lies within `from..<end`.
        func first(_ pattern: [UInt8], from: Int, before end: Int) -> Int? {
            var index = from
            while let found = first(pattern[0], from: index, before: end - pattern.count + 1) {
                if has(pattern, at: found) { return found }
                index = found + 1
            }
            return nil
        }

        /// Whether `pattern` (not empty) stands at `offset`.
        func has(_ pattern: [UInt8], at offset: Int) -> Bool {
            offset >= 0 && offset + pattern.count <= count
                && pattern.withUnsafeBytes { memcmp(base + offset, $0.baseAddress!, $0.count) == 0 }
        }
    }

    /// The bytes of the element, from its start tag's `<` to just after its end tag's `>`.
    private func element(in bytes: Bytes) -> Range<Int>? {
        guard let root = rootStartTag(in: bytes), let rootEnd = tagEnd(in: bytes, from: root + 1),
            let start = startTag(in: bytes, after: rootEnd), bindsPrefixOnce(bytes, in: root..<rootEnd, before: start),
            let contentStart = endOfStartTag(in: bytes, from: start)
        else { return nil }
        // Each `<` of the content must open an element's start or end tag, none of them this element's start tag;
        // the first end tag of its name ends it.
        var index = contentStart
        while let open = bytes.first(UInt8(ascii: "<"), from: index, before: bytes.count) {
            guard open + 1 < bytes.count else { return nil }
            switch bytes[open + 1] {
            case UInt8(ascii: "!"), UInt8(ascii: "?"): return nil
            case UInt8(ascii: "/"):
                if isName(in: bytes, at: open + 2) {
                    var end = open + 2 + qualifiedName.count
                    while end < bytes.count, Self.isSpace(bytes[end]) { end += 1 }
                    return end < bytes.count && bytes[end] == UInt8(ascii: ">") ? start..<(end + 1) : nil
                }
            default:
                if isName(in: bytes, at: open + 1) { return nil }
            }
            index = open + 1
        }
        return nil
    }

    /// Where the root element's start tag begins: after a UTF-8 byte-order mark and an XML declaration that
    /// declares no encoding other than UTF-8, if there are any, and white space; nil for anything else there.
    private func rootStartTag(in bytes: Bytes) -> Int? {
        var index = bytes.has(Self.byteOrderMark, at: 0) ? Self.byteOrderMark.count : 0
        if bytes.has(Self.xmlDeclaration, at: index) {
            let nameEnd = index + Self.xmlDeclaration.count
            guard nameEnd < bytes.count, Self.isSpace(bytes[nameEnd]),
                let close = bytes.first(UInt8(ascii: ">"), from: nameEnd, before: bytes.count),
                bytes[close - 1] == UInt8(ascii: "?"), declaresUTF8(bytes, in: nameEnd..<(close - 1))
            else { return nil }
            index = close + 1
        }
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "<") else { return nil }
        switch bytes[index + 1] {
        case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "/"): return nil
        default: return isName(in: bytes, at: index + 1) ? nil : index
        }
    }

    /// Whether an XML declaration's pseudo-attributes in `range` name no encoding, or UTF-8.
    private func declaresUTF8(_ bytes: Bytes, in range: Range<Int>) -> Bool {
        guard let name = bytes.first(Self.encodingName, from: range.lowerBound, before: range.upperBound) else {
            return true
        }
        guard let value = quotedValue(in: bytes, after: name + Self.encodingName.count, before: range.upperBound)
        else { return false }
        let lowered = value.map { bytes[$0] | 0x20 }
        return lowered == Array("utf-8".utf8) || lowered == Array("utf8".utf8)
    }

    /// The positions of the value in `= "value"` (or single quotes, white space around `=`) from `from`, within
    /// `end`.
    private func quotedValue(in bytes: Bytes, after from: Int, before end: Int) -> Range<Int>? {
        var index = from
        while index < end, Self.isSpace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        while index < end, Self.isSpace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'"),
            let close = bytes.first(bytes[index], from: index + 1, before: end)
        else { return nil }
        return (index + 1)..<close
    }

    /// Where the element's first start tag begins after `from`, when every `<` before it opens a tag.
    private func startTag(in bytes: Bytes, after from: Int) -> Int? {
        var index = from
        while let open = bytes.first(UInt8(ascii: "<"), from: index, before: bytes.count), open + 1 < bytes.count {
            switch bytes[open + 1] {
            case UInt8(ascii: "!"), UInt8(ascii: "?"): return nil
            default: if isName(in: bytes, at: open + 1) { return open }
            }
            index = open + 1
        }
        return nil
    }

    /// The `>` that ends the tag whose name starts at or before `from`: the first outside quotes, nil when a `<`
    /// comes first or the bytes end.
    private func tagEnd(in bytes: Bytes, from: Int) -> Int? {
        var quote: UInt8?
        var index = from
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "<") {
                return nil
            } else if byte == UInt8(ascii: ">") {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether the element's name stands at `offset`, followed by white space, `>` or `/`.
    private func isName(in bytes: Bytes, at offset: Int) -> Bool {
        let end = offset + qualifiedName.count
        guard end < bytes.count, bytes.has(qualifiedName, at: offset) else { return false }
        let next = bytes[end]
        return Self.isSpace(next) || next == UInt8(ascii: ">") || next == UInt8(ascii: "/")
    }

    /// Whether the prefix is declared exactly once before `end`, as an attribute of the root start tag in `root`,
    /// for one of the namespaces.
    private func bindsPrefixOnce(_ bytes: Bytes, in root: Range<Int>, before end: Int) -> Bool {
        // `xmlns:w` also begins `xmlns:w14="…"` and ends `axmlns:w=…`: a declaration of the prefix is the name after
        // white space and before `=` or white space.
        var binding: Int?
        var from = 0
        while let found = bytes.first(declaration, from: from, before: end) {
            let next = found + declaration.count
            if next < end, bytes[next] == UInt8(ascii: "=") || Self.isSpace(bytes[next]) {
                guard binding == nil, root.contains(found), Self.isSpace(bytes[found - 1]) else { return false }
                binding = next
            }
            from = found + 1
        }
        guard let binding, let value = quotedValue(in: bytes, after: binding, before: end) else { return false }
        return namespaces.contains { uri in uri.count == value.count && bytes.has(uri, at: value.lowerBound) }
    }

    /// Just after the `>` that ends the start tag at `start`, unless the tag is empty (`/>`), declares a namespace, or
    /// does not end.
    private func endOfStartTag(in bytes: Bytes, from start: Int) -> Int? {
        guard let end = tagEnd(in: bytes, from: start + 1 + qualifiedName.count), bytes[end - 1] != UInt8(ascii: "/"),
            bytes.first(Self.namespaceDeclaration, from: start, before: end) == nil
        else { return nil }
        return end + 1
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
