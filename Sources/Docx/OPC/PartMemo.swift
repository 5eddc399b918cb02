internal import Synchronization

#if canImport(Glibc)
    internal import Glibc
#endif

/// Results of parts already parsed, by their bytes: a part's result is a function of its bytes, the nesting limit and
/// (for relationships) the part it belongs to, and reports made from one template repeat parts such as the style
/// sheet byte for byte.
///
/// Holds the last few parts of at most `maxBytes` each; safe to share between readers on any threads.
final class PartMemo<Result: Sendable>: Sendable {
    /// A part parsed before: its bytes, what else its result depends on, and what it gave.
    struct Entry: Sendable {
        let bytes: [UInt8]
        let key: Key
        let result: Result
        /// How its zip entry stored it, when known: an entry stored the same way inflates to the same bytes.
        let stored: StoredForm?
    }

    /// A zip entry's bytes as stored (compressed) with what the archive declares of them: an entry whose stored form
    /// equals one whose bytes inflated and passed the CRC check inflates to those bytes and passes it too.
    struct StoredForm: Equatable, Sendable {
        var bytes: [UInt8]
        var crc: UInt32
        var compressionMethod: Int
    }

    /// What a part's result depends on besides its bytes.
    struct Key: Equatable, Sendable {
        /// The nesting limit it is parsed under.
        var maxDepth: Int
        /// The part it belongs to, for parts read relative to another ("" otherwise).
        var context = ""
    }

    /// The largest part remembered.
    let maxBytes: Int
    private let capacity: Int
    private let entries = Mutex<[Entry]>([])

    /// Creates an empty memo of `capacity` parts of at most `maxBytes` each (Word's style sheets are 20–100 KB).
    init(maxBytes: Int = 256 << 10, capacity: Int = 4) {
        self.maxBytes = maxBytes
        self.capacity = capacity
    }

    /// The remembered part of `count` bytes under `key`, if any: the one a part of that size is compared with.
    func candidate(count: UInt64, key: Key) -> Entry? {
        entries.withLock { entries in
            entries.last { UInt64($0.bytes.count) == count && $0.key == key }
        }
    }

    /// Remembers what a part gave, in place of an earlier part of the same size and key, or of the oldest.
    func remember(_ bytes: [UInt8], stored: StoredForm? = nil, key: Key, result: Result) {
        guard bytes.count <= maxBytes else { return }
        let stored = stored.flatMap { $0.bytes.count <= maxBytes ? $0 : nil }
        entries.withLock { entries in
            entries.removeAll { $0.bytes.count == bytes.count && $0.key == key }
            if entries.count >= capacity { entries.removeFirst() }
            entries.append(Entry(bytes: bytes, key: key, result: result, stored: stored))
        }
    }
}

extension [UInt8] {
    /// Whether `chunk` equals these bytes from `offset` on.
    func matches(_ chunk: Span<UInt8>, at offset: Int) -> Bool {
        guard offset >= 0, chunk.count <= count - offset else { return false }
        return withUnsafeBufferPointer { bytes in
            chunk.withUnsafeBufferPointer { chunk in
                chunk.isEmpty || memcmp(bytes.baseAddress! + offset, chunk.baseAddress!, chunk.count) == 0
            }
        }
    }
}
