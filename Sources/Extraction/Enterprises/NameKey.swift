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
