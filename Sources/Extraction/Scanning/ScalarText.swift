/// A block's text as Unicode scalars, the unit every span counts in.
struct ScalarText: Sendable {
    /// The scalars of the text, in order.
    let scalars: [Unicode.Scalar]

    /// Splits `string` into its Unicode scalars.
    init(_ string: String) {
        scalars = string.scalarArray
    }

    /// Wraps scalars already split (no copy).
    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The number of scalars.
    var count: Int { scalars.count }

    /// The scalar at `index`, or nil outside the text.
    subscript(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    /// The text of the scalars in `start..<end`.
    func string(from start: Int, to end: Int) -> String {
        String(scalars: scalars[start..<end])
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
        guard index >= 0, index <= scalars.count - word.count else { return false }
        for offset in word.indices where scalars[index + offset] != word[offset] { return false }
        return true
    }
}
