/// A name as a dictionary key, hashed by its scalar values.
///
/// Hashing a `String` normalizes it (NFC) first, which for Chinese text costs several times more than
/// hashing its scalars; names here are compared exactly as written, so normalization buys nothing.
///
/// The scalars are digested once, when the key is made (keys are made while paragraphs are gathered, on several
/// threads): a dictionary then hashes one integer, not every scalar, and two keys with different digests are unequal
/// without reading their scalars.
struct NameKey: Hashable {
    /// The name's scalars.
    let scalars: [Unicode.Scalar]
    /// A digest of ``scalars`` (``digest(of:)``).
    private let digest: UInt64

    /// The key of `name`.
    init(_ name: String) {
        self.init(scalars: name.scalarArray)
    }

    /// The key of a name already split into scalars.
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        digest = Self.digest(of: scalars)
    }

    /// The key of several texts at once: their scalars, each text ended by U+FFFF (a noncharacter), decoded straight
    /// from their UTF-8 into one array.
    ///
    /// Texts that hold U+FFFF themselves can give two different lists the same key, so a dictionary keyed this way
    /// compares the lists that share a key.
    init(joining texts: [String]) {
        var count = 0
        for text in texts { count += text.utf8.count + 1 }
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, initialized in
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
        self.init(scalars: scalars)
    }

    static func == (lhs: NameKey, rhs: NameKey) -> Bool { lhs.digest == rhs.digest && lhs.scalars == rhs.scalars }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// A 64-bit digest of `scalars`.
    ///
    /// Each scalar value is multiplied into the state (FNV-1a's step over whole scalars), then the length and a final
    /// mix, so that every bit depends on every scalar. Not a secure hash: a dictionary still seeds its own hashing of
    /// the digest per process.
    private static func digest(of scalars: [Unicode.Scalar]) -> UInt64 {
        var state: UInt64 = 0xCBF2_9CE4_8422_2325
        for scalar in scalars {
            state = (state ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
        }
        state ^= UInt64(scalars.count)
        state ^= state >> 33
        state &*= 0xFF51_AFD7_ED55_8CCD
        state ^= state >> 33
        return state
    }
}

extension ArraySlice<Unicode.Scalar> {
    /// The scalars without white space (PDF debris inside names): one copy when there is none, where filtering
    /// grows its result step by step.
    var withoutWhiteSpace: [Unicode.Scalar] {
        contains(where: \.isWhiteSpace) ? filter { !$0.isWhiteSpace } : Array(self)
    }
}
