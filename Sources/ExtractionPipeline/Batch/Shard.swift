/// A deterministic slice of a corpus: item paths hash (FNV-1a) into `count` shards; this is shard `index`.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// This shard, from 0.
    public var index: Int
    /// How many shards there are.
    public var count: Int

    /// Every item.
    public static let all = Shard(index: 0, count: 1)

    /// Creates a shard; `index` must be below `count`.
    public init(index: Int, count: Int) {
        precondition(count >= 1 && index >= 0 && index < count, "shard index must be in 0..<count")
        self.index = index
        self.count = count
    }

    /// Parses "I/N" (0-based I).
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, index >= 0,
            index < count
        else { return nil }
        self.init(index: index, count: count)
    }

    /// Whether this shard handles the item at `path`.
    public func includes(_ path: String) -> Bool {
        guard count > 1 else { return true }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int(hash % UInt64(count)) == index
    }

    /// "I/N".
    public var description: String { "\(index)/\(count)" }
}
