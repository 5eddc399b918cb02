/// The distinct section paths of a document, each kept as one array that every paragraph under it shares.
struct SharedSectionPaths {
    /// The last path given and its shared array: consecutive paragraphs mostly stand in the same section.
    private var last: (path: [String], shared: [String])?
    /// Every distinct path seen, by its titles' scalars (each title ended by U+FFFF), with the paths that share
    /// that key: a title holding U+FFFF itself could make two paths' keys equal, so a bucket's paths are compared.
    ///
    /// Keyed by ``NameKey``, which the extractors hash anyway: each new key type costs the runtime a scan of every
    /// conformance record of the program when its first dictionary is made.
    private var byTitles: [NameKey: [[String]]] = [:]

    /// The shared array holding the same titles as `path`, which becomes it when the path is new.
    mutating func shared(_ path: [String]) -> [String] {
        if let last, Self.haveSameTitles(last.path, path) { return last.shared }
        var titles: [Unicode.Scalar] = []
        for title in path {
            titles.append(contentsOf: title.unicodeScalars)
            titles.append("\u{FFFF}")
        }
        let key = NameKey(scalars: titles)
        let shared: [String]
        if let known = byTitles[key]?.first(where: { Self.haveSameTitles($0, path) }) {
            shared = known
        } else {
            shared = path
            byTitles[key, default: []].append(path)
        }
        last = (path, shared)
        return shared
    }

    /// Whether the two paths hold the same titles, byte for byte (at once when they share their storage).
    private static func haveSameTitles(_ left: [String], _ right: [String]) -> Bool {
        let sameStorage = left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { left.baseAddress == $0.baseAddress && left.count == $0.count }
        }
        return sameStorage || left.elementsEqual(right) { $0.isSameText(as: $1) }
    }
}
