/// A name as a dictionary key, hashed by its scalar values.
///
/// Hashing a `String` normalizes it (NFC) first, which for Chinese text costs several times more than
/// hashing its scalars; names here are compared exactly as written, so normalization buys nothing.
struct NameKey: Hashable {
    /// The name's scalars.
    let scalars: [Unicode.Scalar]

    /// The key of `name`.
    init(_ name: String) {
        scalars = name.scalarArray
    }

    /// The key of a name already split into scalars.
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The key of several texts at once: their scalars, each text ended by U+FFFF (a noncharacter), decoded straight
    /// from their UTF-8 into one array.
    ///
    /// Texts that hold U+FFFF themselves can give two different lists the same key, so a dictionary keyed this way
    /// compares the lists that share a key.
    init(joining texts: [String]) {
        var count = 0
        for text in texts { count += text.utf8.count + 1 }
        scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, initialized in
            // (`Unicode.Scalar` is a frozen struct around one `UInt32`: same size, stride and alignment.)
            initialized = scalars.withMemoryRebound(to: UInt32.self) { values in
                var end = 0
                for var text in texts {
                    end += text.withUTF8 { String.decodeScalarValues($0, into: values, at: end) }
                    values.initializeElement(at: end, to: 0xFFFF)
                    end += 1
                }
                return end
            }
        }
    }

    static func == (lhs: NameKey, rhs: NameKey) -> Bool { lhs.scalars == rhs.scalars }

    func hash(into hasher: inout Hasher) {
        // The scalars' bytes in one call: one `combine` per scalar cost more than the lookups it served.
        scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}

extension ArraySlice<Unicode.Scalar> {
    /// The scalars without white space (PDF debris inside names): one copy when there is none, where filtering
    /// grows its result step by step.
    var withoutWhiteSpace: [Unicode.Scalar] {
        contains(where: \.isWhiteSpace) ? filter { !$0.isWhiteSpace } : Array(self)
    }
}
