/// A block's text as Unicode scalars, the unit every span counts in: a view of arrays held elsewhere.
///
/// A view holds no reference to the arrays, so the scans, which pass it from reader to reader at every position they
/// try, cost no reference counting. It is valid only inside the `reading` call that made it and must not be stored
/// beyond it. Its subscript, `contains` and `string` check their bounds; ``scalars`` itself is read unchecked, so a
/// direct read must stay below ``count``.
struct ScalarText {
    /// The scalars of the text, in order (only those from ``start`` to ``count`` belong to it).
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    /// The offset of the text's first scalar in ``scalars`` (0 unless the text is a part of them).
    let start: Int
    /// The offset just past the text's last scalar: the number of scalars for a whole text.
    ///
    /// A bounded text (made only for lexicon lookups, see ``reading(_:within:_:)``) starts at ``start``, not at 0.
    let count: Int
    /// The scalars as written, one for one with ``scalars`` (the same scalars unless rules read a folded form).
    private let written: UnsafeBufferPointer<Unicode.Scalar>

    private init(
        scalars: UnsafeBufferPointer<Unicode.Scalar>, written: UnsafeBufferPointer<Unicode.Scalar>, range: Range<Int>
    ) {
        precondition(written.count == scalars.count, "folding keeps one scalar for one")
        precondition(range.lowerBound >= 0 && range.upperBound <= scalars.count, "range out of bounds")
        self.scalars = scalars
        self.written = written
        start = range.lowerBound
        count = range.upperBound
    }

    /// Calls `body` with the text of `scalars`; `written` is the text as written when `scalars` is a folded form.
    @inline(__always)
    static func reading<Result>(
        _ scalars: [Unicode.Scalar], written: [Unicode.Scalar]? = nil, _ body: (ScalarText) -> Result
    ) -> Result {
        scalars.withUnsafeBufferPointer { scalars in
            guard let written else {
                return body(ScalarText(scalars: scalars, written: scalars, range: 0..<scalars.count))
            }
            return written.withUnsafeBufferPointer { written in
                body(ScalarText(scalars: scalars, written: written, range: 0..<scalars.count))
            }
        }
    }

    /// Calls `body` with the text of `range` of `scalars`, keeping their offsets: nothing outside `range` is read.
    @inline(__always)
    static func reading<Result>(
        _ scalars: [Unicode.Scalar], within range: Range<Int>, _ body: (ScalarText) -> Result
    ) -> Result {
        scalars.withUnsafeBufferPointer { scalars in
            body(ScalarText(scalars: scalars, written: scalars, range: range))
        }
    }

    /// Calls `body` with the Unicode scalars of `string`, folded to simplified characters for the rules.
    static func reading<Result>(_ string: String, _ body: (ScalarText) -> Result) -> Result {
        let written = string.scalarArray
        return reading(CharacterFolding.shipped.folded(written) ?? written, written: written, body)
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
        precondition(start >= 0 && start <= end && end <= written.count, "span out of bounds")
        return String(scalarBuffer: UnsafeBufferPointer(rebasing: written[start..<end]))
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
