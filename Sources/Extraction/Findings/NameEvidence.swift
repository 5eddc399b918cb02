/// Why a name was taken as an enterprise: the reasons a consumer can filter on.
public struct NameEvidence: OptionSet, Sendable, Hashable {
    /// The bits of the reasons.
    public let rawValue: UInt16

    /// Creates evidence from its bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Ends in a legal form (有限公司, 集团).
    public static let legalForm = NameEvidence(rawValue: 1 << 0)
    /// A brand followed by a trade word (铜业, 制药).
    public static let industryWord = NameEvidence(rawValue: 1 << 1)
    /// Listed beside other enterprise names (甲酒业、乙实业、丙).
    public static let list = NameEvidence(rawValue: 1 << 2)
    /// Listed with a count of enterprises (新增3家（甲、乙、丙）).
    public static let countList = NameEvidence(rawValue: 1 << 3)
    /// Named after or before a word that shows a company (引进, 投产, 等企业, 项目).
    public static let context = NameEvidence(rawValue: 1 << 4)
    /// A shorter form of a longer name in the same document.
    public static let alias = NameEvidence(rawValue: 1 << 5)
    /// Standing alone in a table column headed by an enterprise word (企业名称).
    public static let tableColumn = NameEvidence(rawValue: 1 << 6)

    /// Each reason with its name in the JSON, in a fixed order.
    public static let names: [(evidence: NameEvidence, name: String)] = [
        (.legalForm, "legal_form"), (.industryWord, "industry_word"), (.list, "list"), (.countList, "count_list"),
        (.context, "context"), (.alias, "alias"), (.tableColumn, "table_column"),
    ]

    /// The reasons' names, in the order of ``names``.
    public var labels: [String] { Self.names.filter { contains($0.evidence) }.map(\.name) }
}
