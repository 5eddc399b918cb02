#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

/// An element that a part's handler ignores together with everything inside it, cut out of the part's bytes before
/// the parser sees them, so that libxml2 does not tokenize what would be thrown away.
///
/// The cut is made only where plain markup proves it exact: the element's prefix is bound once, before it, to one of
/// the handler's namespaces; no comment, CDATA section, document type or processing instruction (other than the XML
/// declaration) comes before the element's end; and the element holds no element of its own name. Since `<` cannot
/// stand in an attribute value or in text, every `<` is then a tag, and the first end tag of the element's name after
/// its start tag is its own. Anything else leaves the bytes as they are. The element's line breaks are kept, so line
/// numbers in the parser's errors stay those of the part; the element's own content is not checked for
/// well-formedness.
struct IgnoredElement: Sendable {
    /// `<prefix:local`, as the start and end tags spell it after `<` and `</`.
    private let qualifiedName: [UInt8]
    /// `xmlns:prefix`.
    private let declaration: [UInt8]
    /// The namespace URIs the prefix may be bound to.
    private let namespaces: [[UInt8]]

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
            for byte in bytes[range] where byte == UInt8(ascii: "\n") { kept.append(byte) }
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
        guard let start = startTag(in: bytes), bindsPrefixOnce(bytes, before: start),
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

    /// Where the element's first start tag begins, when every `<` before it opens a tag (or, first in the bytes,
    /// the XML declaration).
    private func startTag(in bytes: Bytes) -> Int? {
        let declarationStart = bytes.has([0xEF, 0xBB, 0xBF], at: 0) ? 3 : 0
        var index = 0
        while let open = bytes.first(UInt8(ascii: "<"), from: index, before: bytes.count), open + 1 < bytes.count {
            switch bytes[open + 1] {
            case UInt8(ascii: "!"): return nil
            case UInt8(ascii: "?") where open != declarationStart: return nil
            default: if isName(in: bytes, at: open + 1) { return open }
            }
            index = open + 1
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

    /// Whether `xmlns:prefix` occurs exactly once before `end`, binding the prefix to one of the namespaces.
    private func bindsPrefixOnce(_ bytes: Bytes, before end: Int) -> Bool {
        // `xmlns:w` also begins `xmlns:w14="…"`: a declaration of the prefix is the name followed by `=` or space.
        var binding: Int?
        var from = 0
        while let found = bytes.first(declaration, from: from, before: end) {
            let next = found + declaration.count
            if next < end, bytes[next] == UInt8(ascii: "=") || Self.isSpace(bytes[next]) {
                guard binding == nil else { return false }
                binding = next
            }
            from = found + 1
        }
        guard var index = binding else { return false }
        while index < end, Self.isSpace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "=") else { return false }
        index += 1
        while index < end, Self.isSpace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            return false
        }
        let quote = bytes[index]
        let valueStart = index + 1
        return namespaces.contains { uri in
            valueStart + uri.count < end && bytes.has(uri, at: valueStart) && bytes[valueStart + uri.count] == quote
        }
    }

    /// Just after the `>` that ends the start tag at `start`, unless the tag is empty (`/>`), declares a namespace, or
    /// does not end.
    private func endOfStartTag(in bytes: Bytes, from start: Int) -> Int? {
        var quote: UInt8?
        var index = start + 1 + qualifiedName.count
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "<") {
                return nil
            } else if byte == UInt8(ascii: ">") {
                let isEmpty = bytes[index - 1] == UInt8(ascii: "/")
                let declares = bytes.first(Array("xmlns".utf8), from: start, before: index) != nil
                return isEmpty || declares ? nil : index + 1
            }
            index += 1
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
