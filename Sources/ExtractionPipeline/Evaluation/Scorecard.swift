public import Extraction
internal import DocumentModel
internal import Foundation

/// Precision, recall and F1 per field, accumulated over documents by matching findings to gold.
///
/// Amounts match on value (and upper value), counts on value and unit, percentages on value and points,
/// enterprises on name or alias (one gold enterprise per predicted one), organizations on name.
/// Only findings in the main story are scored, as the gold covers the main story only.
public struct Scorecard: Sendable, Equatable {
    /// Matched, predicted and gold totals for one field.
    public struct Tally: Sendable, Equatable {
        /// Predictions that matched a gold item.
        public var matched = 0
        /// Predictions made.
        public var predicted = 0
        /// Gold items.
        public var gold = 0

        /// Creates an empty tally.
        public init() {}

        /// matched / predicted (1 when nothing was predicted).
        public var precision: Double { predicted == 0 ? 1 : Double(matched) / Double(predicted) }
        /// matched / gold (1 when there is no gold).
        public var recall: Double { gold == 0 ? 1 : Double(matched) / Double(gold) }
        /// The harmonic mean of precision and recall.
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// The fields scored, in table order.
    public static let fields = ["amounts", "counts", "percentages", "enterprises", "organizations"]
    /// The tallies by field.
    public private(set) var tallies: [String: Tally] = [:]

    /// Creates an empty scorecard.
    public init() {}

    /// Adds one document's comparison.
    public mutating func add(_ result: DocumentExtractor.Result, gold: GoldAnnotation) {
        let amounts = result.amounts.filter { $0.mention.story == .body }
        tally("amounts", predicted: amounts.map { "\($0.finding.value)|\($0.finding.valueMax.map { "\($0)" } ?? "")" },
            gold: gold.amounts.map { "\($0.value)|\($0.valueMax.map { "\($0)" } ?? "")" })
        let counts = result.counts.filter { $0.mention.story == .body }
        tally("counts", predicted: counts.map { "\($0.finding.value)|\($0.finding.unit)" }, gold: gold.counts.map { "\($0.value)|\($0.unit)" })
        let percentages = result.percentages.filter { $0.mention.story == .body }
        tally("percentages", predicted: percentages.map { "\($0.finding.value)|\($0.finding.isPoints)" },
            gold: gold.percentages.map { "\($0.value)|\($0.points ?? false)" })
        let enterprises = result.enterprises.filter { $0.mentions.contains { $0.story == .body } }
        var enterpriseTally = tallies["enterprises"] ?? Tally()
        var unmatchedGold = gold.enterprises.map { Set([$0.name] + ($0.aliases ?? [])) }
        enterpriseTally.gold += unmatchedGold.count
        enterpriseTally.predicted += enterprises.count
        for enterprise in enterprises {
            let forms = Set([enterprise.name] + enterprise.aliases)
            if let index = unmatchedGold.firstIndex(where: { !$0.isDisjoint(with: forms) }) {
                unmatchedGold.remove(at: index)
                enterpriseTally.matched += 1
            }
        }
        tallies["enterprises"] = enterpriseTally
        let organizations = result.organizations.filter { $0.mentions.contains { $0.story == .body } }
        tally("organizations", predicted: organizations.map(\.name), gold: gold.organizations.map(\.name))
    }

    /// Multiset matching of keys.
    private mutating func tally(_ field: String, predicted: [String], gold: [String]) {
        var remaining: [String: Int] = [:]
        for key in gold { remaining[key, default: 0] += 1 }
        var tally = tallies[field] ?? Tally()
        tally.gold += gold.count
        tally.predicted += predicted.count
        for key in predicted where (remaining[key] ?? 0) > 0 {
            remaining[key]! -= 1
            tally.matched += 1
        }
        tallies[field] = tally
    }

    /// A Markdown table: field, matched, predicted, gold, precision, recall, F1.
    public var table: String {
        var lines = ["| field | matched | predicted | gold | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|"]
        for field in Self.fields {
            let t = tallies[field] ?? Tally()
            lines.append(
                "| \(field) | \(t.matched) | \(t.predicted) | \(t.gold) | \(String(format: "%.3f", t.precision)) | \(String(format: "%.3f", t.recall)) | \(String(format: "%.3f", t.f1)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
