/// One thing the enterprise extractor found in a paragraph on its own
/// (``EnterpriseExtractor/gather(from:at:counts:into:classStorage:)``), to be recorded into a ``NameCollection`` in document
/// order: gathering needs no other paragraph, recording does.
enum NameStep: Sendable {
    /// A name written at `range` of the paragraph at `paragraph`, with its key and why it is taken.
    case name(paragraph: Int, range: Range<Int>, key: NameKey, evidence: NameEvidence)
    /// A short form declared right after a name: the short form's key, then the name's.
    case alias(short: NameKey, long: NameKey)
    /// A list tied to a count, with the items that are names.
    case list(paragraph: Int, Enumeration, names: [ListedName])
    /// The paragraph stands in a table cell: its header text or a name in an enterprise column (decided when
    /// recorded, by the header rows read before it).
    case cell(paragraph: Int)
}

/// An item of a list that is a name: its span in the paragraph and its key.
struct ListedName: Sendable {
    /// Where the name is written, cut as any list item.
    var span: TextSpan
    /// The name's folded key.
    var key: NameKey
}
