/// The enterprises of a whole batch with the documents that name them, for `--enterprises-csv`.
public struct EnterpriseIndex: Sendable {
    private var order: [String] = []
    private var entries: [String: (aliases: Set<String>, documents: [String], mentions: Int)] = [:]

    /// Creates an empty index.
    public init() {}

    /// Adds a record's enterprises.
    public mutating func add(_ record: BatchRecord) {
        guard let enterprises = record.digest?.enterprises else { return }
        for enterprise in enterprises {
            if entries[enterprise.name] == nil {
                order.append(enterprise.name)
                entries[enterprise.name] = ([], [], 0)
            }
            entries[enterprise.name]?.aliases.formUnion(enterprise.aliases)
            entries[enterprise.name]?.documents.append(record.path)
            entries[enterprise.name]?.mentions += enterprise.mentions
        }
    }

    /// The CSV: a byte-order mark, a header, then one row per enterprise in order of first appearance.
    public var csv: String {
        var text =
            FindingsCSV.byteOrderMark
            + FindingsCSV.row(["enterprise", "aliases", "documents", "document_count", "mentions"])
        for name in order {
            guard let entry = entries[name] else { continue }
            text += FindingsCSV.row([
                name, entry.aliases.sorted().joined(separator: ";"), entry.documents.joined(separator: ";"),
                String(entry.documents.count), String(entry.mentions),
            ])
        }
        return text
    }
}
