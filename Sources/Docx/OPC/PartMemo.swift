internal import Synchronization

#if canImport(Glibc)
    internal import Glibc
#endif

/// Results of parts already parsed, by their bytes: a part's result is a function of its bytes and the nesting
/// limit alone, and reports made from one template repeat parts such as the style sheet byte for byte.
///
/// Holds the last few parts of at most `maxBytes` each; safe to share between readers on any threads.
final class PartMemo<Result: Sendable>: Sendable {
    /// A part parsed before: its bytes, the nesting limit it was parsed under, and what it gave.
    struct Entry: Sendable {
        let bytes: [UInt8]
        let maxDepth: Int
        let result: Result
    }

    /// The largest part remembered.
    let maxBytes: Int
    private let capacity: Int
    private let entries = Mutex<[Entry]>([])

    /// Creates an empty memo of `capacity` parts.
    init(maxBytes: Int = 1 << 20, capacity: Int = 4) {
        self.maxBytes = maxBytes
        self.capacity = capacity
    }

    /// The remembered part of `count` bytes parsed under `maxDepth`, if any: the one a part of that size is compared with.
    func candidate(count: UInt64, maxDepth: Int) -> Entry? {
        entries.withLock { entries in
            entries.last { UInt64($0.bytes.count) == count && $0.maxDepth == maxDepth }
        }
    }

    /// Remembers what a part gave, in place of an earlier part of the same size and limit, or of the oldest.
    func remember(_ bytes: [UInt8], maxDepth: Int, result: Result) {
        guard bytes.count <= maxBytes else { return }
        entries.withLock { entries in
            entries.removeAll { $0.bytes.count == bytes.count && $0.maxDepth == maxDepth }
            if entries.count >= capacity { entries.removeFirst() }
            entries.append(Entry(bytes: bytes, maxDepth: maxDepth, result: result))
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
