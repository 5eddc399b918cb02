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
        if let last, last.path.isSameText(as: path) { return last.shared }
        let key = NameKey(joining: path)
        var shared = path
        if let bucket = byTitles[key] {
            if let known = bucket.first(where: { $0.isSameText(as: path) }) {
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
}
