/// A name as a dictionary key, hashed by its scalar values.
///
/// Hashing a `String` normalizes it (NFC) first, which for Chinese text costs several times more than
/// hashing its scalars; names here are compared exactly as written, so normalization buys nothing.
///
/// The scalars are digested once, when the key is made (keys are made while paragraphs are gathered, on several
/// threads): a dictionary then hashes one integer, not every scalar, and two keys with different digests are unequal
/// without reading their scalars.
///
/// A key made from part of a paragraph shares the paragraph's scalars (a filtered copy when white space sits inside
/// the name): most keys are looked up once and dropped, and a kept key is compacted (``compacted``), so that it holds
/// no more than its own scalars.
struct NameKey: Hashable {
    /// The name's scalars.
    let scalars: ArraySlice<Unicode.Scalar>
    /// A digest of ``scalars`` (``digest(of:)``).
    private let digest: Int

    /// The key of `name`.
    init(_ name: String) {
        self.init(scalars: name.scalarArray)
    }

    /// The key of a name already split into scalars.
    init(scalars: [Unicode.Scalar]) {
        self.init(scalars: scalars[...])
    }

    /// The key of a name given as a slice of scalars, which the key shares.
    init(scalars: ArraySlice<Unicode.Scalar>) {
        self.scalars = scalars
        digest = Self.digest(of: scalars)
    }

    /// The key of the name written in `text`, without white space (PDF debris inside names): the slice itself when
    /// it holds none.
    init(writtenIn text: ArraySlice<Unicode.Scalar>) {
        self.init(scalars: text.droppingWhiteSpace)
    }

    /// The same key, its scalars in an array of their own: for a key kept beyond the text it was made from.
    var compacted: NameKey {
        NameKey(scalars: Array(scalars)[...], digest: digest)
    }

    /// The name's scalars as an array: without a copy once ``compacted``.
    var scalarArray: [Unicode.Scalar] {
        Array(scalars)
    }

    private init(scalars: ArraySlice<Unicode.Scalar>, digest: Int) {
        self.scalars = scalars
        self.digest = digest
    }

    /// The key of several texts at once: their scalars, each text ended by U+FFFF (a noncharacter), decoded straight
    /// from their UTF-8 into one array.
    ///
    /// Texts that hold U+FFFF themselves can give two different lists the same key, so a dictionary keyed this way
    /// compares the lists that share a key.
    init(joining texts: [String]) {
        var count = 0
        for text in texts { count += text.utf8.count + 1 }
        let scalars = [Unicode.Scalar](scalarValues: count) { values in
            var end = 0
            for text in texts {
                end += text.withUTF8InPlace { String.decodeScalarValues($0, into: values, at: end) }
                values.initializeElement(at: end, to: 0xFFFF)
                end += 1
            }
            return end
        }
        self.init(scalars: scalars)
    }

    static func == (lhs: NameKey, rhs: NameKey) -> Bool { lhs.digest == rhs.digest && lhs.scalars == rhs.scalars }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    /// What a dictionary or set hashes the key to: the digest, mixed with the table's seed by one multiply, where
    /// the default hashes it through `Hasher` once more at every lookup.
    ///
    /// `_rawHashValue(seed:)` is the standard library's underscored hook for this, which its own integer types
    /// implement. The table's seed is no secret (it varies the order between tables); what keeps a document from
    /// making many names collide is the digest, seeded anew by every process. The mix is a bijection of the 64 bits,
    /// so different digests never collide in it.
    func _rawHashValue(seed: Int) -> Int {
        var mixed = UInt64(UInt(bitPattern: digest ^ seed))
        mixed = (mixed ^ mixed >> 32) &* 0xD6E8_FEB8_6659_FD93
        return Int(truncatingIfNeeded: mixed ^ mixed >> 32)
    }

    /// A digest of `scalars`: their bytes through the standard library's `Hasher`, which every process seeds anew,
    /// so a document cannot be written to make many names share a digest (and a dictionary of them slow).
    private static func digest(of scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var hasher = Hasher()
        // The scalars' bytes in one call: one `combine` per scalar costs more.
        scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
        return hasher.finalize()
    }
}

extension ArraySlice<Unicode.Scalar> {
    /// The scalars without white space (PDF debris inside names), in an array of their own: one copy when there is
    /// none, where filtering grows its result step by step.
    var withoutWhiteSpace: [Unicode.Scalar] {
        withUnsafeBufferPointer { scalars in
            var index = 0
            while index < scalars.count, !scalars[index].isWhiteSpace { index += 1 }
            guard index < scalars.count else { return Array(scalars) }
            return scalars.filter { !$0.isWhiteSpace }
        }
    }

    /// ``withoutWhiteSpace`` as a slice: this slice itself, sharing its storage, when there is none.
    var droppingWhiteSpace: ArraySlice<Unicode.Scalar> {
        let hasWhiteSpace = withUnsafeBufferPointer { $0.contains(where: \.isWhiteSpace) }
        return hasWhiteSpace ? filter { !$0.isWhiteSpace }[...] : self
    }
}

extension [Unicode.Scalar] {
    /// Whether `check` holds for `range` of these scalars without white space, given as an array and the range of it
    /// that holds them: these scalars and `range` themselves when it holds none (most names), so the lexicons read
    /// them where they are.
    ///
    /// Inlined, so that `check` is too: a returned array was retained and released at each call, and a closure that
    /// was not inlined copied the finder it captured.
    @inline(__always)
    func withoutWhiteSpace(
        in range: Range<Int>, satisfies check: (_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool
    ) -> Bool {
        guard self[range].contains(where: \.isWhiteSpace) else { return check(self, range) }
        let scalars = self[range].withoutWhiteSpace
        return check(scalars, scalars.indices)
    }
}
