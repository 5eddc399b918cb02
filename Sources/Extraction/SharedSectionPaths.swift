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
        let key = Self.key(of: path)
        var shared = path
        if let bucket = byTitles[key] {
            if let known = bucket.first(where: { Self.haveSameTitles($0, path) }) {
                shared = known
            } else {
                byTitles[key] = bucket + [path]
            }
        } else {
            byTitles[key] = [path]
        }
        last = (path, shared)
        return shared
    }

    /// A path's titles' scalars, each title ended by U+FFFF, decoded straight from their UTF-8 into one array.
    private static func key(of path: [String]) -> NameKey {
        var count = 0
        for title in path { count += title.utf8.count + 1 }
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, initialized in
            // (`Unicode.Scalar` is a frozen struct around one `UInt32`: same size, stride and alignment.)
            initialized = scalars.withMemoryRebound(to: UInt32.self) { values in
                var end = 0
                for var title in path {
                    end += title.withUTF8 { String.decodeScalarValues($0, into: values, at: end) }
                    values.initializeElement(at: end, to: 0xFFFF)
                    end += 1
                }
                return end
            }
        }
        return NameKey(scalars: scalars)
    }

    /// Whether the two paths hold the same titles, byte for byte (at once when they share their storage).
    private static func haveSameTitles(_ left: [String], _ right: [String]) -> Bool {
        let sameStorage = left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { left.baseAddress == $0.baseAddress && left.count == $0.count }
        }
        return sameStorage || left.elementsEqual(right) { $0.isSameText(as: $1) }
    }
}
