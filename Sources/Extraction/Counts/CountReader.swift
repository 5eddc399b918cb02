#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Reads counts: a whole quantity with a measure word (14家, 3个项目, 近600名, 40余家, 1.2万人次, 3-5家).
///
/// Not counts: ordinals (第13个), digit sequences (二〇二四), masked figures (xx家), anything without a measure word
/// (十四五, 新三板), and the shapes of ``CountShapes`` (一家人, 3个月, 一期工程, 十七届, “五个一”, 新一轮, 提升6名).
struct CountReader: Sendable {
    private let lexicon: ScannerLexicon
    private let shapes: CountShapes
    private let qualifiers: QualifierReader
    private let subjects: CountSubjectFinder

    /// A count and the text it claims, including a subject written after it.
    ///
    /// The values stay exact integers and the texts spans until ``count(in:)`` makes the public mention: a
    /// `Decimal` field (a type of another module whose layout is not known here) would send every copy of a
    /// reading through runtime calls, and most readings lose to an overlapping finding.
    struct Reading: Sendable {
        var span: TextSpan
        var value: ExactNumber
        var valueMax: ExactNumber?
        /// The measure word's span; the mention quotes it as written (個 stays 個).
        var unit: TextSpan
        /// Where the counted noun is written, if the clause names it.
        var subject: TextSpan?
        var qualifier: Qualifier?
        /// Where the claimed text ends.
        var reach: Int

        /// The count read in `text`.
        func count(in text: ScalarText) -> CountMention {
            CountMention(
                text: text.string(span), span: span, value: value.decimal, valueMax: valueMax?.decimal,
                unit: text.string(unit),
                subject: subject.map(text.string), qualifier: qualifier)
        }
    }

    /// Creates a reader over the scanner's lexicon.
    init(lexicon: ScannerLexicon, shapes: CountShapes, qualifiers: QualifierReader, subjects: CountSubjectFinder) {
        self.lexicon = lexicon
        self.shapes = shapes
        self.qualifiers = qualifiers
        self.subjects = subjects
    }

    /// The count that starts with `quantity`, or nil.
    func read(
        _ quantity: Quantity, clauseStart: Int, barriers: RecentBarriers, in text: ScalarText
    ) -> Reading? {
        let number = quantity.number
        guard number.form != .chineseDigitSequence, quantity.isWhole, text[number.start - 1] != "第",
            !shapes.isIdiom(at: number.start, in: text)
        else { return nil }
        let unitStart = ScalarGap.skip(in: text, from: quantity.end)
        guard let unit = lexicon.measureWord(at: unitStart, in: text),
            !shapes.isDuration(at: unitStart, in: text)
        else { return nil }
        let end = unitStart + unit.length
        if shapes.isNotCount(number, unit: unit.value, end: end, in: text) { return nil }
        let before = qualifiers.qualifier(before: quantity.start, in: text)
        let after = qualifiers.qualifier(after: end, in: text)
        let qualifier = before?.qualifier ?? (quantity.isApproximate ? .approx : nil) ?? after?.qualifier
        var subject: TextSpan?
        var reach = end
        if let found = subjects.subject(after: after?.end ?? end, in: text) {
            subject = found
            reach = found.end
        } else {
            subject = subjects.subject(
                before: before?.start ?? quantity.start, clauseStart: clauseStart, barriers: barriers, in: text)
        }
        return Reading(
            span: TextSpan(start: quantity.start, end: end),
            value: quantity.value, valueMax: quantity.valueMax, unit: TextSpan(start: unitStart, end: end),
            subject: subject,
            qualifier: qualifier, reach: reach)
    }
}
