/// The last few findings a scan kept, newest first, as barriers for a count's subject.
///
/// A fixed window of ``capacity`` slots held inline: keeping a finding or reading a count allocates nothing.
struct RecentBarriers: Sendable {
    /// How many findings the window holds.
    static let capacity = 4

    // Newest first; a nil slot has never been filled.
    private var first: SubjectBarrier?
    private var second: SubjectBarrier?
    private var third: SubjectBarrier?
    private var fourth: SubjectBarrier?

    /// Creates an empty window.
    init() {}

    /// The barrier of the newest finding, if any.
    var newest: SubjectBarrier? { first }

    /// Adds the barrier of a newly kept finding, dropping the oldest when the window is full.
    mutating func push(_ barrier: SubjectBarrier) {
        fourth = third
        third = second
        second = first
        first = barrier
    }

    /// Replaces the newest barrier (its finding lost to an overlapping one).
    mutating func replaceNewest(with barrier: SubjectBarrier) {
        first = barrier
    }

    /// The newest barrier whose claimed text ends at `reach`, if any.
    func newest(reaching reach: Int) -> SubjectBarrier? {
        // Slots fill newest first, so an empty slot ends the search; no array is built for it.
        if let first, first.reach == reach { return first }
        if let second, second.reach == reach { return second }
        if let third, third.reach == reach { return third }
        if let fourth, fourth.reach == reach { return fourth }
        return nil
    }
}
