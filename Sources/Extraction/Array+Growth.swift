extension Array {
    /// Makes room for `count` elements, growing a large array fourfold rather than twofold.
    ///
    /// For the document-long arrays of findings: a large buffer's pages are touched only as elements are written, so
    /// capacity that stays unused costs address space, not memory, while each regrowth copies every element and
    /// touches a new buffer. Doubling touches about twice the final size in all and copies about that much once;
    /// quadrupling touches about 1.33 times it and copies a third. Small arrays double as usual.
    @inline(__always)
    mutating func reserveGrowing(toHold count: Int) {
        guard count > capacity else { return }
        reserveGrowingSlowly(toHold: count)
    }

    @inline(never)
    private mutating func reserveGrowingSlowly(toHold count: Int) {
        let factor = capacity * MemoryLayout<Element>.stride >= Self.quadruplingThreshold ? 4 : 2
        reserveCapacity(Swift.max(count, capacity * factor))
    }

    /// The size in bytes from which a buffer grows fourfold: 1 MiB.
    private static var quadruplingThreshold: Int { 1 << 20 }
}
