/// What gathering some paragraphs found, each on its own (``DocumentExtractor``): the paragraphs split, their
/// numeric findings with their mentions, and the names' steps still to record in document order.
struct Gathering: Sendable {
    /// The paragraphs split and gathered here, in order, until they join the document's.
    var split: [ParagraphText] = []
    /// The numeric findings of the paragraph being gathered: one set of arrays reused for every paragraph.
    var findings = NumericFindings()
    /// Money amounts.
    var amounts: [Located<MoneyAmount>] = []
    /// Amounts tied to their purposes.
    var amountFacts: [AmountFact] = []
    /// Counts.
    var counts: [Located<CountMention>] = []
    /// Percentages.
    var percentages: [Located<PercentageMention>] = []
    /// Dates.
    var dates: [Located<DateMention>] = []
    /// Names, lists and table cells, in the order found.
    var steps: [NameStep] = []

    /// Makes room for the paragraph's findings (``findings``) in the arrays that gather them, an amount's fact
    /// included.
    mutating func makeRoomForFindings() {
        amounts.reserveGrowing(toHold: amounts.count + findings.amounts.count)
        amountFacts.reserveGrowing(toHold: amountFacts.count + findings.amounts.count)
        counts.reserveGrowing(toHold: counts.count + findings.counts.count)
        percentages.reserveGrowing(toHold: percentages.count + findings.percentages.count)
        dates.reserveGrowing(toHold: dates.count + findings.dates.count)
    }

    /// Appends the numeric findings of `later` (paragraphs after these) to these, leaving `later`'s empty.
    mutating func takeFindings(of later: inout Gathering) {
        amounts.reserveGrowing(toHold: amounts.count + later.amounts.count)
        amountFacts.reserveGrowing(toHold: amountFacts.count + later.amountFacts.count)
        counts.reserveGrowing(toHold: counts.count + later.counts.count)
        percentages.reserveGrowing(toHold: percentages.count + later.percentages.count)
        dates.reserveGrowing(toHold: dates.count + later.dates.count)
        amounts += later.amounts
        amountFacts += later.amountFacts
        counts += later.counts
        percentages += later.percentages
        dates += later.dates
        later.amounts.removeAll(keepingCapacity: true)
        later.amountFacts.removeAll(keepingCapacity: true)
        later.counts.removeAll(keepingCapacity: true)
        later.percentages.removeAll(keepingCapacity: true)
        later.dates.removeAll(keepingCapacity: true)
    }
}
