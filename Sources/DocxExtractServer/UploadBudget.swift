internal import Synchronization

/// The bytes of uploads being received or held, across every connection: a request that would take them past the
/// capacity is refused (503 with Retry-After) instead of being read, so concurrent uploads cannot outgrow a budget
/// the deployer set.
public final class UploadBudget: Sendable {
    /// The most bytes all uploads in flight may hold together.
    public let capacity: Int
    private let reserved = Mutex(0)

    /// Creates a budget of `capacity` bytes.
    public init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// Reserves `bytes` if they fit within the capacity.
    public func tryReserve(_ bytes: Int) -> Bool {
        reserved.withLock { reserved in
            guard bytes <= capacity - reserved else { return false }
            reserved += bytes
            return true
        }
    }

    /// Gives back `bytes` reserved before.
    public func release(_ bytes: Int) {
        reserved.withLock { $0 = max(0, $0 - bytes) }
    }

    /// The bytes reserved now.
    public var inUse: Int { reserved.withLock { $0 } }
}
