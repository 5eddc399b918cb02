/// What the enterprise extractor has gathered from a document's paragraphs so far: candidate names in order of
/// discovery, organization kinds, the enterprise lists, count facts and warnings, and table headers.
///
/// Built paragraph by paragraph (``EnterpriseExtractor/collect(from:counts:into:)``) while each paragraph's text is
/// still in cache from the numeric scan, then finished in one pass that finds every mention.
struct NameCollection: Sendable {
    /// Each distinct name: true for an enterprise, false for an organization.
    private var candidates: [NameKey: Bool] = [:]
    /// The names in order of discovery.
    private(set) var order: [String] = []
    /// The organization kind of each organization name.
    private(set) var organizationKinds: [NameKey: OrganizationKind] = [:]
    /// The enterprise names of each list, as written.
    var lists: [[String]] = []
    /// Counts tied to their listed enterprises.
    var countFacts: [CountFact] = []
    /// Lists whose names disagree with their count.
    var warnings: [ExtractionWarning] = []
    /// The text of each table column's header row (row 0), as far as read.
    var headers: [TableColumn: [Unicode.Scalar]] = [:]
    /// Whether a column's header names enterprises, decided when its first data row is read.
    var enterpriseColumns: [TableColumn: Bool] = [:]

    /// A table column: its table's block index and its cell position.
    struct TableColumn: Hashable, Sendable {
        var table: Int
        var cell: Int
    }

    /// Whether `name` is known and is an enterprise (nil: not known).
    func isEnterprise(_ name: NameKey) -> Bool? {
        candidates[name]
    }

    /// Adds a name not yet known, with its organization kind (nil for an enterprise).
    mutating func insert(_ key: NameKey, name: String, organizationKind: OrganizationKind?) {
        if let organizationKind {
            organizationKinds[key] = organizationKind
            candidates[key] = false
        } else {
            candidates[key] = true
        }
        order.append(name)
    }
}
