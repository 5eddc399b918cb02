internal import Extraction
#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// CSV for people: one row per finding, UTF-8 with a byte-order mark so that Excel shows Chinese correctly.
public enum FindingsCSV {
    /// The byte-order mark that starts the file.
    public static let byteOrderMark = "\u{FEFF}"

    /// The header row.
    public static let header = row([
        "document", "kind", "text", "value", "value_max", "unit_or_currency", "subject", "qualifier", "block", "start",
        "end", "section",
    ])

    /// The rows of one record: its findings, or one row naming its error or skip reason.
    public static func rows(for record: BatchRecord) -> String {
        guard let report = record.report else {
            let detail = record.error.map { "\($0.code): \($0.message)" } ?? record.reason ?? ""
            return row([record.path, record.status.rawValue, detail, "", "", "", "", "", "", "", "", ""])
        }
        var text = ""
        let result = report.extraction
        func add(
            _ kind: String, _ matched: String, _ value: String, _ valueMax: String, _ unit: String, _ subject: String,
            _ qualifier: String, _ mention: Mention
        ) {
            text += row([
                record.path, kind, matched, value, valueMax, unit, subject, qualifier, String(mention.block),
                String(mention.span.start), String(mention.span.end), mention.sectionPath.joined(separator: " / "),
            ])
        }
        for item in result.amounts {
            let amount = item.finding
            add(
                "amount", amount.text, "\(amount.value)", amount.valueMax.map { "\($0)" } ?? "", amount.currency, "",
                amount.qualifier?.rawValue ?? "", item.mention)
        }
        for item in result.counts {
            let count = item.finding
            add(
                "count", count.text, "\(count.value)", count.valueMax.map { "\($0)" } ?? "", count.unit,
                count.subject ?? "", count.qualifier?.rawValue ?? "", item.mention)
        }
        for item in result.percentages {
            let percentage = item.finding
            add(
                "percentage", percentage.text, "\(percentage.value)", "", percentage.isPoints ? "points" : "%", "",
                percentage.qualifier?.rawValue ?? "", item.mention)
        }
        for item in result.dates {
            add("date", item.finding.text, "", "", "", item.finding.period ?? "", "", item.mention)
        }
        for enterprise in result.enterprises {
            for mention in enterprise.mentions {
                add(
                    "enterprise", mention.text, enterprise.name, "", "", enterprise.aliases.joined(separator: ";"), "",
                    mention)
            }
        }
        for organization in result.organizations {
            for mention in organization.mentions {
                add("organization", mention.text, organization.name, "", "", organization.kind.rawValue, "", mention)
            }
        }
        return text
    }

    /// One CSV row (RFC 4180 quoting) with a line break.
    public static func row(_ fields: [String]) -> String {
        fields.map { field in
            // Scalars, not characters: a quote or line break may begin a longer grapheme.
            guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
                return field
            }
            var quoted = String.UnicodeScalarView()
            quoted.append("\"")
            for scalar in field.unicodeScalars {
                if scalar == "\"" { quoted.append("\"") }
                quoted.append(scalar)
            }
            quoted.append("\"")
            return String(quoted)
        }.joined(separator: ",") + "\r\n"
    }
}
