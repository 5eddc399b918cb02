/// Reads the qualifier words around a figure: before it (约, 不超过), after its unit (左右, 以上), or between
/// the number and its unit (多, 余).
///
/// Words are the rules' qualifier lists, longest first (不超过 is a maximum, never the minimum 超过).
struct QualifierReader: Sendable {
    private let before: WordTrie<Qualifier>
    private let after: WordTrie<Qualifier>
    private let inner: WordTrie<Qualifier>
    private let masksBefore: WordTrie<Bool>
    private let masksAfter: WordTrie<Bool>

    /// Words that end with a qualifier but are not one (签约 ends with 约, 附近 with 近).
    static let wordsEndingLikeQualifiers = [
        "签约", "合约", "节约", "制约", "预约", "履约", "特约", "公约", "最近", "附近", "临近", "邻近", "靠近", "亲近",
        "赶超", "高超",
    ]
    /// Words after a unit that start with a qualifier but are not one (上下游 starts with 上下, 多元化 with 多).
    static let wordsStartingLikeQualifiers = [
        "上下游", "上下级", "余额", "许可", "多元", "多样", "多种", "多个", "多项", "多家", "多次", "多名", "多方",
        "多措", "多渠道", "多层次", "多功能",
    ]

    /// Builds the tries from the rules' qualifier lists.
    init(rules: QualifierRules) {
        before = WordTrie(
            rules.maxBefore.map { ($0, .max) } + rules.minBefore.map { ($0, .min) }
                + rules.approxBefore.map { ($0, .approx) }, direction: .backward)
        after = WordTrie(
            rules.maxAfter.map { ($0, .max) } + rules.minAfter.map { ($0, .min) }
                + rules.approxAfter.map { ($0, .approx) })
        inner = WordTrie(rules.approxAfter.filter { $0.unicodeScalars.count == 1 }.map { ($0, .approx) })
        masksBefore = WordTrie(Self.wordsEndingLikeQualifiers.map { ($0, true) }, direction: .backward)
        masksAfter = WordTrie(Self.wordsStartingLikeQualifiers.map { ($0, true) })
    }

    /// The qualifier written just before `index` (blanks allowed between), and where it starts.
    func qualifier(before index: Int, in text: ScalarText) -> (qualifier: Qualifier, start: Int)? {
        let end = ScalarGap.skipBackward(in: text, from: index)
        guard let match = before.longestMatch(in: text, at: end) else { return nil }
        if let mask = masksBefore.longestMatch(in: text, at: end), mask.length > match.length { return nil }
        return (match.value, end - match.length)
    }

    /// The qualifier written just after `index` (blanks allowed between), and where it ends.
    func qualifier(after index: Int, in text: ScalarText) -> (qualifier: Qualifier, end: Int)? {
        let start = ScalarGap.skip(in: text, from: index)
        guard let match = after.longestMatch(in: text, at: start) else { return nil }
        if let mask = masksAfter.longestMatch(in: text, at: start), mask.length >= match.length { return nil }
        return (match.value, start + match.length)
    }

    /// The length of a one-scalar approximation word (多, 余) at `index`, as in 1700多万元 or 40余家.
    func innerApproximationLength(at index: Int, in text: ScalarText) -> Int? {
        inner.longestMatch(in: text, at: index)?.length
    }
}
