/// The enterprises of a whole batch with the documents that name them, for `--enterprises-csv`.
public struct EnterpriseIndex: Sendable {
    /// What the batch says of one enterprise so far.
    private struct Entry: Sendable {
        var name: String
        var aliases: Set<String> = []
        var documents: [String] = []
        var mentions = 0
    }

    /// The enterprises in order of first appearance.
    private var entries: [Entry] = []
    /// Where each enterprise stands in `entries`, by name.
    private var positions: [String: Int] = [:]

    /// Creates an empty index.
    public init() {}

    /// Adds a record's enterprises.
    public mutating func add(_ record: BatchRecord) {
        guard let enterprises = record.digest?.enterprises else { return }
        for enterprise in enterprises {
            let position: Int
            if let known = positions[enterprise.name] {
                position = known
            } else {
                position = entries.count
                positions[enterprise.name] = position
                entries.append(Entry(name: enterprise.name))
            }
            if !enterprise.aliases.isEmpty { entries[position].aliases.formUnion(enterprise.aliases) }
            entries[position].documents.append(record.path)
            entries[position].mentions += enterprise.mentions
        }
    }

    /// The CSV: a byte-order mark, a header, then one row per enterprise in order of first appearance.
    public var csv: String {
        var text =
            FindingsCSV.byteOrderMark
            + FindingsCSV.row(["enterprise", "aliases", "documents", "document_count", "mentions"])
        for entry in entries {
            text += FindingsCSV.row([
                entry.name, entry.aliases.sorted().joined(separator: ";"), entry.documents.joined(separator: ";"),
                String(entry.documents.count), String(entry.mentions),
            ])
        }
        return text
    }
}
