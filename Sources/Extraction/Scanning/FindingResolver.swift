/// Keeps the findings of a scan free of overlaps as candidates arrive left to right.
///
/// When a candidate overlaps the last kept finding, the longer span wins; on equal length the kinds rank
/// amount, percentage, date, count. Candidates arrive in order of their start, so one comparison suffices.
struct FindingResolver: Sendable {
    /// A candidate finding.
    enum Finding: Sendable {
        case amount(MoneyAmount)
        case percentage(PercentageMention)
        case date(DateMention)
        case count(CountMention)

        var span: TextSpan {
            switch self {
            case .amount(let amount): amount.span
            case .percentage(let percentage): percentage.span
            case .date(let date): date.span
            case .count(let count): count.span
            }
        }

        var rank: Int {
            switch self {
            case .amount: 0
            case .percentage: 1
            case .date: 2
            case .count: 3
            }
        }
    }

    private var kept: [(finding: Finding, reach: Int)] = []

    /// How many recent findings the subject search may look back over.
    static let barrierWindow = 4

    /// Offers a candidate that claims the text up to `reach` (its span end, or the end of a count's subject).
    mutating func offer(_ finding: Finding, reach: Int? = nil) {
        let entry = (finding: finding, reach: max(reach ?? finding.span.end, finding.span.end))
        guard let last = kept.last, finding.span.start < last.finding.span.end else {
            kept.append(entry)
            return
        }
        let length = finding.span.length
        let lastLength = last.finding.span.length
        if length > lastLength || (length == lastLength && finding.rank < last.finding.rank) {
            kept[kept.count - 1] = entry
        }
    }

    /// The most recent findings, as barriers for a count's subject.
    var recentBarriers: [SubjectBarrier] {
        kept.suffix(Self.barrierWindow).map { entry in
            var isAmount = false
            if case .amount = entry.finding { isAmount = true }
            return SubjectBarrier(span: entry.finding.span, reach: entry.reach, isAmount: isAmount)
        }
    }

    /// The kept findings, by kind.
    var findings: NumericFindings {
        var findings = NumericFindings()
        for entry in kept {
            switch entry.finding {
            case .amount(let amount): findings.amounts.append(amount)
            case .percentage(let percentage): findings.percentages.append(percentage)
            case .date(let date): findings.dates.append(date)
            case .count(let count): findings.counts.append(count)
            }
        }
        return findings
    }
}
