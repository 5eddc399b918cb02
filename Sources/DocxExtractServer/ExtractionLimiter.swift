/// Caps concurrent extractions: a request that finds no free slot is refused at once (503 with
/// Retry-After) rather than queued, so a burst cannot pile work up inside the server.
public actor ExtractionLimiter {
    private let capacity: Int
    private var inUse = 0

    /// Creates a limiter with `capacity` slots.
    public init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// Takes a slot if one is free.
    public func tryAcquire() -> Bool {
        guard inUse < capacity else { return false }
        inUse += 1
        return true
    }

    /// Returns a slot.
    public func release() {
        inUse = max(0, inUse - 1)
    }

    /// The slots in use.
    public var busy: Int { inUse }
}
