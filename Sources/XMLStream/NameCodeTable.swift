/// An open-addressing table from interned name pointers (namespace URI, local name) to name codes.
///
/// libxml2's SAX2 interface reports names as strings interned in the parser's dictionary, so a pointer
/// pair identifies a name for the parser's lifetime. Hashing two words and probing a flat buffer costs
/// a few nanoseconds per element, which matters at hundreds of thousands of elements per part.
struct NameCodeTable: ~Copyable {
    private struct Slot {
        var uri: UInt
        var local: UInt
        var code: Int
    }

    // Owned by the table: allocated with `capacity` slots, zeroed (a zero `local` marks an empty slot), freed in deinit.
    private var slots: UnsafeMutablePointer<Slot>
    private var capacity: Int
    /// The number of pointer pairs stored.
    private(set) var count = 0

    init() {
        capacity = 256
        slots = Self.emptySlots(capacity)
    }

    deinit { slots.deallocate() }

    private static func emptySlots(_ capacity: Int) -> UnsafeMutablePointer<Slot> {
        let slots = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        slots.initialize(repeating: Slot(uri: 0, local: 0, code: 0), count: capacity)
        return slots
    }

    @inline(__always)
    private static func hash(_ uri: UInt, _ local: UInt) -> Int {
        var h = local &* 0x9E37_79B9_7F4A_7C15
        h ^= uri &* 0xC2B2_AE3D_27D4_EB4F
        return Int(bitPattern: h ^ (h >> 29))
    }

    /// The code stored for a pointer pair, if any; `local` is never zero.
    @inline(__always)
    func code(uri: UInt, local: UInt) -> Int? {
        let mask = capacity - 1
        var index = Self.hash(uri, local) & mask
        while true {
            let slot = slots[index]
            if slot.local == local && slot.uri == uri { return slot.code }
            if slot.local == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Stores a code for a pointer pair not yet in the table.
    mutating func insert(uri: UInt, local: UInt, code: Int) {
        if (count + 1) * 2 > capacity { grow() }
        let mask = capacity - 1
        var index = Self.hash(uri, local) & mask
        while slots[index].local != 0 { index = (index + 1) & mask }
        slots[index] = Slot(uri: uri, local: local, code: code)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        let oldCapacity = capacity
        capacity = oldCapacity * 2
        slots = Self.emptySlots(capacity)
        count = 0
        for index in 0..<oldCapacity where old[index].local != 0 {
            insert(uri: old[index].uri, local: old[index].local, code: old[index].code)
        }
        old.deallocate()
    }
}
