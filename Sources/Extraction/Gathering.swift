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
    /// The counts of the paragraphs being gathered, in order, kept on their own until the paragraphs' names are
    /// gathered (lists are tied to them).
    var pieceCounts: [CountMention] = []
    /// Where each of those paragraphs' counts end in ``pieceCounts``.
    var countEnds: [Int] = []
    /// Names, lists and table cells, in the order found.
    var steps: [NameStep] = []
    /// The storage of each paragraph's scalar classes while its names are gathered (``ScalarClasses``), kept from
    /// paragraph to paragraph.
    var scalarClassStorage: [UInt8] = []

    /// Makes room for the paragraph's findings (``findings``) in the arrays that gather them, an amount's fact
    /// included; its counts wait in ``pieceCounts`` first.
    mutating func makeRoomForFindings() {
        makeRoom(
            amounts: findings.amounts.count, amountFacts: findings.amounts.count,
            percentages: findings.percentages.count, dates: findings.dates.count)
    }

    /// Makes room for as many more findings of each kind (``Array/reserveGrowing(toHold:)``).
    private mutating func makeRoom(amounts: Int, amountFacts: Int, percentages: Int, dates: Int) {
        self.amounts.reserveGrowing(toHold: self.amounts.count + amounts)
        self.amountFacts.reserveGrowing(toHold: self.amountFacts.count + amountFacts)
        self.percentages.reserveGrowing(toHold: self.percentages.count + percentages)
        self.dates.reserveGrowing(toHold: self.dates.count + dates)
    }

    /// Appends the numeric findings of `later` (paragraphs after these) to these, moving them, and leaves `later`'s
    /// empty.
    mutating func takeFindings(of later: inout Gathering) {
        amounts.appendMoving(from: &later.amounts)
        amountFacts.appendMoving(from: &later.amountFacts)
        counts.appendMoving(from: &later.counts)
        percentages.appendMoving(from: &later.percentages)
        dates.appendMoving(from: &later.dates)
    }
}
