/// Finds the counted noun of a count: after the measure word (14家高新技术企业) or, when nothing nounlike
/// follows, before the number (新申报高新技术企业14家 → 高新技术企业).
///
/// A subject stops at punctuation, digits and the structural words of ``CountSubjectWords``; read rightwards it
/// also ends with the first enterprise category word (3家企业退出… → 企业).
struct CountSubjectFinder: Sendable {
    /// The most scalars a subject may have; a longer run has no clear boundary and gives no subject.
    static let maxLength = 16
    /// How many structural words (新增, 共, 达到 …) may stand between a subject and the number after it.
    static let maxLinkWords = 3

    /// The particle that ends a modifier (…的); a number right after it has no subject on its left.
    static let modifierMark: Unicode.Scalar = "的"

    private enum Role: Sendable {
        case stop, keep, head
    }

    private let rightward: WordTrie<Role>
    private let leftward: WordTrie<Role>
    private let lexicon: ScannerLexicon

    /// Builds the word tries; `categoryWords` are the rules' enterprise category words (企业, 公司, 单位).
    init(categoryWords: [String], lexicon: ScannerLexicon) {
        self.lexicon = lexicon
        let keeps = CountSubjectWords.keeps.map { ($0, Role.keep) }
        let stops = CountSubjectWords.stops.map { ($0, Role.stop) }
        rightward = WordTrie(keeps + stops + categoryWords.map { ($0, Role.head) })
        leftward = WordTrie(
            keeps + stops + CountSubjectWords.leading.map { ($0, Role.stop) }, direction: .backward)
    }

    /// Where the subject that starts at `index` (after the measure word and any qualifier) is written.
    func subject(after index: Int, in text: ScalarText) -> TextSpan? {
        let start = ScalarGap.skip(in: text, from: index)
        var i = start
        scan: while Self.isSubjectScalar(at: i, in: text), !startsCount(at: i, in: text) {
            if let match = rightward.longestMatch(in: text, at: i) {
                switch match.value {
                case .stop:
                    break scan
                case .keep:
                    i += match.length
                case .head:
                    i += match.length
                    // 企业家 is a person, not the category 企业.
                    if text[i] != "家" { break scan }
                }
            } else {
                i += 1
            }
            if i - start > Self.maxLength { return nil }
        }
        guard i > start else { return nil }
        return TextSpan(start: start, end: i)
    }

    /// Where the subject that ends before `index` (the number or its qualifier) is written, within the clause
    /// that starts at `clauseStart`, reading through amounts but not other findings.
    func subject(
        before index: Int, clauseStart: Int, barriers: RecentBarriers, in text: ScalarText
    ) -> TextSpan? {
        var i = ScalarGap.skipBackward(in: text, from: index)
        for _ in 0..<Self.maxLinkWords {
            guard let match = leftward.longestMatch(in: text, at: i), match.value == .stop,
                i - match.length >= clauseStart
            else { break }
            // 具有产业背景的仅4人: what stands before 的 qualifies the people; it is not what is counted.
            if text[i - 1] == Self.modifierMark { return nil }
            i -= match.length
        }
        let end = i
        scan: while i > clauseStart {
            if let barrier = barriers.newest(reaching: i) {
                guard barrier.isAmount, barrier.span.start >= clauseStart else { break scan }
                i = barrier.span.start
                continue
            }
            guard Self.isSubjectScalar(at: i - 1, in: text) else { break scan }
            if let match = leftward.longestMatch(in: text, at: i), i - match.length >= clauseStart {
                switch match.value {
                case .stop, .head: break scan
                case .keep: i -= match.length
                }
            } else {
                i -= 1
            }
            if end - i > Self.maxLength { return nil }
        }
        guard i < end else { return nil }
        return TextSpan(start: i, end: end)
    }

    /// Whether a count in Chinese numerals starts at `index` (3个工程五个项目: the subject of 3个 ends before 五).
    private func startsCount(at index: Int, in text: ScalarText) -> Bool {
        guard let scalar = text[index], NumeralScalars.isChineseNumeral(scalar),
            NumberReader.isNumberStart(text, at: index), let number = ChineseNumeralReader.read(text, at: index)
        else { return false }
        return lexicon.measureWord(at: number.end, in: text) != nil
    }

    /// Whether the scalar can be part of a subject: an ideograph or a Latin letter (IPO申报企业).
    static func isSubjectScalar(_ scalar: Unicode.Scalar) -> Bool {
        NumeralScalars.isIdeograph(scalar) || NumeralScalars.isLatinLetter(scalar)
    }

    /// Whether the scalar at `index` can be part of a subject, counting a digit next to a Latin letter as part
    /// of a name (5G基站, 3D打印机).
    static func isSubjectScalar(at index: Int, in text: ScalarText) -> Bool {
        guard let scalar = text[index] else { return false }
        if isSubjectScalar(scalar) { return true }
        guard NumeralScalars.arabicDigit(scalar) != nil else { return false }
        let isLetter = { (i: Int) in text[i].map(NumeralScalars.isLatinLetter) == true }
        return isLetter(index - 1) || isLetter(index + 1)
    }
}
