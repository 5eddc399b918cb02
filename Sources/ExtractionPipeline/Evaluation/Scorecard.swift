public import Extraction
public import DocumentModel
#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// Precision, recall and F1 per field, accumulated over documents by matching findings to gold, with the
/// findings that did not match.
///
/// Amounts match on value (and upper value), counts on value and unit, percentages on value and points,
/// enterprises on name or alias (one gold enterprise per predicted one), organizations on name. Names are compared
/// without white space and without the pinyin a broken converter puts after characters (`鄉(xiāng)`).
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
    /// The findings missed or spurious, in the order scored.
    public private(set) var discrepancies: [Discrepancy] = []

    /// Creates an empty scorecard.
    public init() {}

    /// A finding reduced to what is compared, with what a reader needs to find it.
    private struct Item {
        var key: String
        var text: String
        var context: String?
    }

    /// Adds one document's comparison; `document` gives the context of each discrepancy.
    public mutating func add(_ result: DocumentExtractor.Result, gold: GoldAnnotation, document: Document? = nil) {
        let blocks = Dictionary(
            (document?.bodyParagraphs ?? []).map { ($0.index, $0.text) }, uniquingKeysWith: { first, _ in first })
        let bodyText = blocks.keys.sorted().compactMap { blocks[$0] }.joined(separator: "\n")
        func around(_ mention: Mention) -> String? {
            blocks[mention.block].map {
                Self.excerpt(of: $0.unicodeScalars, around: mention.span.start..<mention.span.end)
            }
        }
        func locate(_ text: String?) -> String? {
            guard let text, !text.isEmpty, let range = bodyText.firstRange(of: text) else { return nil }
            let scalars = bodyText.unicodeScalars
            let start = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
            return Self.excerpt(of: scalars, around: start..<(start + text.unicodeScalars.count))
        }
        func located<Finding>(_ findings: [Located<Finding>], key: (Finding) -> String) -> [Item] {
            findings.filter { $0.mention.story == .body }.map {
                Item(key: key($0.finding), text: $0.mention.text, context: around($0.mention))
            }
        }

        let amountKey = { (value: Decimal, max: Decimal?) in "\(value)|\(max.map { "\($0)" } ?? "")" }
        tally(
            "amounts", predicted: located(result.amounts) { amountKey($0.value, $0.valueMax) },
            gold: gold.amounts.map {
                Item(key: amountKey($0.value, $0.valueMax), text: $0.text ?? "\($0.value)", context: locate($0.text))
            })
        tally(
            "counts", predicted: located(result.counts) { "\($0.value)|\($0.unit)" },
            gold: gold.counts.map {
                Item(key: "\($0.value)|\($0.unit)", text: $0.text ?? "\($0.value)\($0.unit)", context: locate($0.text))
            })
        tally(
            "percentages", predicted: located(result.percentages) { "\($0.value)|\($0.isPoints)" },
            gold: gold.percentages.map {
                Item(
                    key: "\($0.value)|\($0.points ?? false)", text: $0.text ?? "\($0.value)%", context: locate($0.text))
            })
        scoreNames(
            "enterprises",
            predicted: result.enterprises.compactMap { enterprise in
                enterprise.mentions.first { $0.story == .body }.map {
                    ([enterprise.name] + enterprise.aliases, around($0))
                }
            },
            gold: gold.enterprises.map { [$0.name] + ($0.aliases ?? []) }, locate: locate)
        scoreNames(
            "organizations",
            predicted: result.organizations.compactMap { organization in
                organization.mentions.first { $0.story == .body }.map { ([organization.name], around($0)) }
            },
            gold: gold.organizations.map { [$0.name] }, locate: locate)
    }

    /// Multiset matching of keys; the gold items left over are the misses.
    private mutating func tally(_ field: String, predicted: [Item], gold: [Item]) {
        var remaining: [String: [Int]] = [:]
        for (index, item) in gold.enumerated() { remaining[item.key, default: []].append(index) }
        var tally = tallies[field] ?? Tally()
        tally.gold += gold.count
        tally.predicted += predicted.count
        for item in predicted {
            if remaining[item.key]?.isEmpty == false {
                remaining[item.key]?.removeFirst()
                tally.matched += 1
            } else {
                discrepancies.append(Discrepancy(field: field, kind: .spurious, text: item.text, context: item.context))
            }
        }
        for index in remaining.values.joined().sorted() {
            discrepancies.append(
                Discrepancy(field: field, kind: .missed, text: gold[index].text, context: gold[index].context))
        }
        tallies[field] = tally
    }

    /// Matches names: a prediction matches the first unmatched gold entity that shares one of its forms.
    private mutating func scoreNames(
        _ field: String, predicted: [(forms: [String], context: String?)], gold: [[String]],
        locate: (String?) -> String?
    ) {
        var unmatched = gold.map { (forms: $0, keys: Set($0.map(Self.nameKey))) }
        var tally = tallies[field] ?? Tally()
        tally.gold += gold.count
        tally.predicted += predicted.count
        for prediction in predicted {
            let keys = Set(prediction.forms.map(Self.nameKey))
            if let index = unmatched.firstIndex(where: { !$0.keys.isDisjoint(with: keys) }) {
                unmatched.remove(at: index)
                tally.matched += 1
            } else {
                discrepancies.append(
                    Discrepancy(field: field, kind: .spurious, text: prediction.forms[0], context: prediction.context))
            }
        }
        for entity in unmatched {
            discrepancies.append(
                Discrepancy(field: field, kind: .missed, text: entity.forms[0], context: locate(entity.forms[0])))
        }
        tallies[field] = tally
    }

    /// A name as compared: no white space, no parenthesized pinyin (`(xiāng)`).
    static func nameKey(_ name: String) -> String {
        var result = ""
        var scalars = name.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "(" || scalar == "（", let close = scalars.firstIndex(where: { $0 == ")" || $0 == "）" }),
                scalars[..<close].allSatisfy({ $0.properties.isAlphabetic && $0.value < 0x2000 }),
                scalars.startIndex < close
            {
                scalars = scalars[scalars.index(after: close)...]
                continue
            }
            if !scalar.properties.isWhitespace { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// Up to 20 scalars either side of `range`, the range itself in 【】, line feeds shown as ⏎.
    private static func excerpt(of scalars: String.UnicodeScalarView, around range: Range<Int>) -> String {
        let all = Array(scalars)
        let lower = max(0, range.lowerBound - 20)
        let upper = min(all.count, range.upperBound + 20)
        guard range.lowerBound >= 0, range.upperBound <= all.count, range.lowerBound <= range.upperBound else {
            return ""
        }
        // Line feeds shown as ⏎, so an excerpt stays on one line.
        func shown(_ scalars: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
            scalars.map { $0 == "\n" ? "⏎" : $0 }
        }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: shown(all[lower..<range.lowerBound]))
        text.append("【")
        text.append(contentsOf: shown(all[range]))
        text.append("】")
        text.append(contentsOf: shown(all[range.upperBound..<upper]))
        return String(text)
    }

    /// A Markdown table: field, matched, predicted, gold, precision, recall, F1.
    public var table: String {
        var lines = [
            "| field | matched | predicted | gold | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for field in Self.fields {
            let t = tallies[field] ?? Tally()
            lines.append(
                "| \(field) | \(t.matched) | \(t.predicted) | \(t.gold) | \(t.precision.fixedPointText(digits: 3)) | \(t.recall.fixedPointText(digits: 3)) | \(t.f1.fixedPointText(digits: 3)) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The discrepancies as lines, field by field: `- missed counts 9个 … 有【9个】项目 …`.
    public var discrepancyList: String {
        discrepancies.map { d in
            "- \(d.kind.rawValue) \(d.field): \(d.text)" + (d.context.map { "   …\($0)…" } ?? "")
        }.joined(separator: "\n") + (discrepancies.isEmpty ? "" : "\n")
    }
}
