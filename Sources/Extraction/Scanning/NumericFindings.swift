/// Everything numeric found in one block: amounts, counts, percentages and dates, each in text order.
///
/// No two findings overlap, whatever their kind.
public struct NumericFindings: Sendable, Equatable {
    /// Money amounts.
    public var amounts: [MoneyAmount]
    /// Counts with a measure word.
    public var counts: [CountMention]
    /// Percentages and percentage points.
    public var percentages: [PercentageMention]
    /// Dates and periods.
    public var dates: [DateMention]

    /// Creates findings.
    public init(
        amounts: [MoneyAmount] = [], counts: [CountMention] = [], percentages: [PercentageMention] = [],
        dates: [DateMention] = []
    ) {
        self.amounts = amounts
        self.counts = counts
        self.percentages = percentages
        self.dates = dates
    }

    /// Empties every array, keeping its storage for the next block.
    mutating func removeAll() {
        amounts.removeAll(keepingCapacity: true)
        counts.removeAll(keepingCapacity: true)
        percentages.removeAll(keepingCapacity: true)
        dates.removeAll(keepingCapacity: true)
    }
}
