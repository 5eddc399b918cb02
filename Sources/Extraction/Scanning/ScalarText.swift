/// A block's text as Unicode scalars, the unit every span counts in.
struct ScalarText: Sendable {
    /// The scalars of the text, in order (only those from ``start`` to ``count`` belong to it).
    let scalars: [Unicode.Scalar]
    /// The offset of the text's first scalar in ``scalars`` (0 unless the text is a part of them).
    let start: Int
    /// The offset just past the text's last scalar: the number of scalars for a whole text.
    ///
    /// A bounded text (made
    /// only for lexicon lookups, see ``init(scalars:within:)``) starts at ``start``, not at 0.
    let count: Int
    /// The scalars as written, one for one with ``scalars``, when rules read a folded form of them.
    let written: [Unicode.Scalar]?

    /// Splits `string` into its Unicode scalars, folded to simplified characters for the rules.
    init(_ string: String) {
        let written = string.scalarArray
        if let folded = CharacterFolding.shipped.folded(written) {
            self.init(scalars: folded, written: written)
        } else {
            self.init(scalars: written)
        }
    }

    /// Wraps scalars already split (no copy); `written` is the text as written when `scalars` is a folded form.
    init(scalars: [Unicode.Scalar], written: [Unicode.Scalar]? = nil) {
        precondition(written == nil || written?.count == scalars.count, "folding keeps one scalar for one")
        self.scalars = scalars
        self.written = written
        start = 0
        count = scalars.count
    }

    /// Wraps `range` of `scalars` (no copy), keeping their offsets: nothing outside `range` is read.
    init(scalars: [Unicode.Scalar], within range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range out of bounds")
        self.scalars = scalars
        written = nil
        start = range.lowerBound
        count = range.upperBound
    }

    /// The scalar at `index`, or nil outside the text.
    @inline(__always)
    subscript(_ index: Int) -> Unicode.Scalar? {
        index >= start && index < count ? scalars[index] : nil
    }

    /// The text of the scalars in `span`.
    func string(_ span: TextSpan) -> String {
        string(from: span.start, to: span.end)
    }

    /// The text of `start..<end` as written.
    func string(from start: Int, to end: Int) -> String {
        String(scalars: (written ?? scalars)[start..<end])
    }

    /// Whether `word` is written at `index`.
    func contains(_ word: String, at index: Int) -> Bool {
        var i = index
        for scalar in word.unicodeScalars {
            guard self[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// Whether `word`, already split into scalars, is written at `index` (cheaper than decoding a `String`).
    func contains(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= start, index <= count - word.count else { return false }
        for offset in word.indices where scalars[index + offset] != word[offset] { return false }
        return true
    }
}
