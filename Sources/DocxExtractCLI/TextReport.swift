import ExtractionPipeline

/// `--format text`: a short human-readable account of each record.
enum TextReport {
    static func lines(for record: BatchRecord) -> String {
        var text = "== \(record.path) ==\n"
        guard let report = record.report else {
            if let error = record.error { text += "error \(error.code): \(error.message)\n" }
            if let reason = record.reason { text += "skipped: \(reason)\n" }
            return text + "\n"
        }
        let result = report.extraction
        text += "enterprises (\(result.enterprises.count)): \(result.enterprises.map(\.name).joined(separator: "、"))\n"
        text +=
            "organizations (\(result.organizations.count)): \(result.organizations.map(\.name).joined(separator: "、"))\n"
        for item in result.amounts {
            let amount = item.finding
            let range = amount.valueMax.map { "–\($0)" } ?? ""
            text +=
                "amount  \(amount.text)  = \(amount.value)\(range) \(amount.currency)\(amount.qualifier.map { " (\($0.rawValue))" } ?? "")\n"
        }
        for item in result.counts {
            let count = item.finding
            text += "count   \(count.text)  = \(count.value) \(count.unit)\(count.subject.map { " of \($0)" } ?? "")\n"
        }
        for fact in result.countFacts {
            let count = fact.count.map { "\($0)" } ?? "?"
            text +=
                "fact    \(fact.category ?? "?"): \(count) — \(fact.enterprises.joined(separator: "、"))\(fact.complete ? "" : " …")\n"
        }
        return text + "\n"
    }
}
