/// The distinct section paths of a document, each kept as one array that every paragraph under it shares.
struct SharedSectionPaths {
    /// The last path given and its shared array: consecutive paragraphs mostly stand in the same section.
    private var last: (path: [String], shared: [String])?
    /// Every distinct path seen, by its titles' UTF-8.
    private var byTitles: [TitlesKey: [String]] = [:]

    /// The shared array holding the same titles as `path`, which becomes it when the path is new.
    mutating func shared(_ path: [String]) -> [String] {
        if let last, Self.haveSameTitles(last.path, path) { return last.shared }
        let titles = TitlesKey(path)
        let shared = byTitles[titles, default: path]
        byTitles[titles] = shared
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

    /// A path's titles as one run of UTF-8, each title ended by 0xFF (a byte UTF-8 never uses).
    ///
    /// One non-generic key: a key such as `[[UInt8]]` makes the runtime look up `Hashable` for the array, its
    /// elements and theirs, each lookup a scan of every conformance record of the program.
    private struct TitlesKey: Hashable {
        let bytes: [UInt8]

        init(_ path: [String]) {
            var bytes: [UInt8] = []
            for title in path {
                bytes.append(contentsOf: title.utf8)
                bytes.append(0xFF)
            }
            self.bytes = bytes
        }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
