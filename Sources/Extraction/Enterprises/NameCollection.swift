/// What the enterprise extractor has gathered from a document's paragraphs so far: candidate names in order of
/// discovery with their evidence, organization kinds, the enterprise lists, count facts and warnings, and table
/// headers.
///
/// Built step by step in document order (``EnterpriseExtractor/record(_:of:into:)``) from what each paragraph gathered
/// (``EnterpriseExtractor/gather(from:at:counts:into:classStorage:)``), then finished in one pass that finds every
/// mention.
struct NameCollection: Sendable {
    /// The position of each distinct name (by its folded scalars) in ``names``.
    private var positions: [NameKey: Int] = [:]
    /// The names in order of discovery.
    private(set) var names: [Name] = []
    /// The enterprise names of each list, as their positions in ``names``.
    var lists: [[Int]] = []
    /// Short forms declared after a name (（以下简称瑞禾集团）): the short form's key, then the name's.
    var declaredAliases: [(short: NameKey, long: NameKey)] = []
    /// Counts tied to their listed enterprises.
    var countFacts: [CountFact] = []
    /// Lists whose names disagree with their count.
    var warnings: [ExtractionWarning] = []
    /// The text of each table column's header row (row 0), as far as read.
    var headers: [TableColumn: [Unicode.Scalar]] = [:]
    /// Whether a column's header names enterprises, decided when its first data row is read.
    var enterpriseColumns: [TableColumn: Bool] = [:]

    /// One distinct name.
    struct Name: Sendable {
        /// The name as first written (white space removed).
        var written: String
        /// The name folded to simplified characters: what is matched.
        var scalars: [Unicode.Scalar]
        /// The organization kind, or nil for an enterprise.
        var organizationKind: OrganizationKind?
        /// Why the name is taken.
        var evidence: NameEvidence
    }

    /// A table column: its table's block index and its cell position.
    struct TableColumn: Hashable, Sendable {
        var table: Int
        var cell: Int
    }

    /// The position in ``names`` of the name whose key is `key`, if it is known.
    func position(of key: NameKey) -> Int? {
        positions[key]
    }

    /// Adds evidence to a known name and returns its position; nil when the name is not known.
    @discardableResult
    mutating func addEvidence(_ evidence: NameEvidence, to key: NameKey) -> Int? {
        guard let position = positions[key] else { return nil }
        names[position].evidence.formUnion(evidence)
        return position
    }

    /// Adds a name not yet known (a known one only gains the evidence) and returns its position; the key is kept
    /// compacted (``NameKey/compacted``), so as not to hold a paragraph's scalars.
    @discardableResult
    mutating func insert(
        _ key: NameKey, written: String, organizationKind: OrganizationKind?, evidence: NameEvidence
    ) -> Int {
        if let known = addEvidence(evidence, to: key) { return known }
        let key = key.compacted
        positions[key] = names.count
        names.append(
            Name(written: written, scalars: key.scalarArray, organizationKind: organizationKind, evidence: evidence))
        return names.count - 1
    }
}
