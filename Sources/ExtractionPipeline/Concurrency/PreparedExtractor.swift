public import Extraction
internal import Synchronization

/// The extractor with the built-in rules, built ahead of time on a thread of its own, so that building its lexicons'
/// tries overlaps what the process does meanwhile (the command line reads the document of its main job, or parses
/// its arguments).
public enum PreparedExtractor {
    private static let prepared = Mutex<OnceValue<DocumentExtractor>?>(nil)

    /// Starts building the built-in extractor on a thread of its own; does nothing when it was started already.
    public static func start() {
        let value = prepared.withLock { prepared -> OnceValue<DocumentExtractor>? in
            guard prepared == nil else { return nil }
            let value = OnceValue<DocumentExtractor>()
            prepared = value
            return value
        }
        guard let value else { return }
        ThreadStart.detached { value.write(DocumentExtractor(rules: .builtIn)) }
    }

    /// The extractor that ``start()`` began, once built (waiting for it), or a new built-in one when none was begun.
    public static func builtIn() -> DocumentExtractor {
        prepared.withLock { $0 }?.result ?? DocumentExtractor(rules: .builtIn)
    }
}
