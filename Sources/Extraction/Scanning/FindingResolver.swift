/// Keeps the findings of a scan free of overlaps as candidates arrive left to right.
///
/// When a candidate overlaps the last kept finding, the longer span wins; on equal length the kinds rank
/// amount, percentage, date, count. Candidates arrive in order of their start, so one comparison suffices.
/// Kept findings go to the caller's arrays, which may hold earlier blocks' findings: the last finding kept
/// in this scan is always the last of its kind there.
struct FindingResolver: Sendable {
    /// A candidate finding, as its reader left it; it becomes a public finding only once kept.
    enum Finding: Sendable {
        case amount(AmountReader.Reading)
        case percentage(PercentageReader.Reading)
        case date(DateMention)
        case count(CountReader.Reading)

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

    /// The barriers of the last kept findings (span, reach, whether an amount); the newest is the last kept.
    private(set) var recentBarriers = RecentBarriers()
    /// The rank of the last kept finding.
    private var lastRank = 0

    /// Offers a candidate, keeping it in `findings` if it wins; a count claims the text up to the end of its
    /// subject, the others their span.
    mutating func offer(_ finding: Finding, in text: ScalarText, into findings: inout NumericFindings) {
        let span = finding.span
        let rank = finding.rank
        var reach = span.end
        if case .count(let count) = finding { reach = max(count.reach, span.end) }
        let barrier = SubjectBarrier(span: span, reach: reach, isAmount: rank == 0)
        if let last = recentBarriers.newest, span.start < last.span.end {
            let length = span.length
            let lastLength = last.span.length
            guard length > lastLength || (length == lastLength && rank < lastRank) else { return }
            removeLastKept(from: &findings)
            recentBarriers.replaceNewest(with: barrier)
        } else {
            recentBarriers.push(barrier)
        }
        lastRank = rank
        switch finding {
        case .amount(let amount): findings.amounts.append(amount.amount(in: text))
        case .percentage(let percentage): findings.percentages.append(percentage.percentage(in: text))
        case .date(let date): findings.dates.append(date)
        case .count(let count): findings.counts.append(count.count(in: text))
        }
    }

    private func removeLastKept(from findings: inout NumericFindings) {
        switch lastRank {
        case 0: findings.amounts.removeLast()
        case 1: findings.percentages.removeLast()
        case 2: findings.dates.removeLast()
        default: findings.counts.removeLast()
        }
    }
}
