/// An open-addressing table from interned name pointers (namespace URI, local name) to name codes.
///
/// libxml2's SAX2 interface reports names as strings interned in the parser's dictionary, so a pointer
/// pair identifies a name for the parser's lifetime. Hashing two words and probing a flat array costs
/// a few nanoseconds per element, which matters at hundreds of thousands of elements per part.
struct NameCodeTable {
    private struct Slot {
        var uri: UInt = 0
        var local: UInt = 0
        var code = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 256)
    private var count = 0

    private static func hash(_ uri: UInt, _ local: UInt) -> Int {
        var h = local &* 0x9E37_79B9_7F4A_7C15
        h ^= uri &* 0xC2B2_AE3D_27D4_EB4F
        return Int(bitPattern: h ^ (h >> 29))
    }

    /// The code stored for a pointer pair, if any; `local` is never zero.
    func code(uri: UInt, local: UInt) -> Int? {
        let mask = slots.count - 1
        var index = Self.hash(uri, local) & mask
        while true {
            let slot = slots[index]
            if slot.local == 0 { return nil }
            if slot.local == local && slot.uri == uri { return slot.code }
            index = (index + 1) & mask
        }
    }

    /// Stores a code for a pointer pair not yet in the table.
    mutating func insert(uri: UInt, local: UInt, code: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var index = Self.hash(uri, local) & mask
        while slots[index].local != 0 { index = (index + 1) & mask }
        slots[index] = Slot(uri: uri, local: local, code: code)
        count += 1
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        count = 0
        for slot in old where slot.local != 0 { insert(uri: slot.uri, local: slot.local, code: slot.code) }
    }
}
