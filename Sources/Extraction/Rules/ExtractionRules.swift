/// The lexicons the extractors use, loaded from a rules file (JSON) so they can be extended without recompiling.
///
/// The built-in rules are ``ExtractionRules/builtIn``; `--rules FILE` either extends them (lists are
/// merged, duplicates dropped) or replaces them when the file says `"mode": "replace"`.
/// The file's schema is `Schemas/rules.schema.json`; its word lists are the cases of ``WordList``.
public struct ExtractionRules: Sendable, Equatable {
    /// The rules-file format version this build reads.
    public static let formatVersion = 1

    /// The word lists, by name; a list not given is empty.
    public var words: [WordList: [String]]
    /// Currencies and the words that name them before or after a number.
    public var currencies: [CurrencyRule]
    /// Qualifier words: approximate, maximum and minimum, each before or after the number.
    public var qualifiers: QualifierRules
    /// Endings or words that mark an organization that is not an enterprise, with its kind.
    public var organizationMarkers: [OrganizationMarker]

    /// Creates rules.
    public init(
        words: [WordList: [String]], currencies: [CurrencyRule], qualifiers: QualifierRules,
        organizationMarkers: [OrganizationMarker]
    ) {
        self.words = words
        self.currencies = currencies
        self.qualifiers = qualifiers
        self.organizationMarkers = organizationMarkers
    }

    /// The words of one list (empty when the rules do not give it).
    public subscript(list: WordList) -> [String] {
        words[list] ?? []
    }
}

/// A currency: its ISO 4217 code and the words that name it.
public struct CurrencyRule: Sendable, Equatable, Codable {
    /// The ISO 4217 code, such as "CNY".
    public var code: String
    /// Words written before the number (人民币, ¥, US$ …).
    public var prefixes: [String]
    /// Unit words written after the number (元, 美元 …); 万/亿/千 scales may stand before them.
    public var suffixes: [String]

    /// Creates a currency rule.
    public init(code: String, prefixes: [String], suffixes: [String]) {
        self.code = code
        self.prefixes = prefixes
        self.suffixes = suffixes
    }
}

/// Qualifier words, by meaning and by position.
public struct QualifierRules: Sendable, Equatable, Codable {
    /// Approximate, before the number (约, 近).
    public var approxBefore: [String]
    /// Approximate, after the number or between number and unit (余, 多, 左右).
    public var approxAfter: [String]
    /// A maximum, before the number (不超过, 最高).
    public var maxBefore: [String]
    /// A maximum, after the number (以内, 以下).
    public var maxAfter: [String]
    /// A minimum, before the number (超过, 逾, 不少于).
    public var minBefore: [String]
    /// A minimum, after the number (以上).
    public var minAfter: [String]

    /// Creates qualifier rules.
    public init(
        approxBefore: [String], approxAfter: [String], maxBefore: [String], maxAfter: [String], minBefore: [String],
        minAfter: [String]
    ) {
        self.approxBefore = approxBefore
        self.approxAfter = approxAfter
        self.maxBefore = maxBefore
        self.maxAfter = maxAfter
        self.minBefore = minBefore
        self.minAfter = minAfter
    }

    enum CodingKeys: String, CodingKey {
        case approxBefore = "approx_before"
        case approxAfter = "approx_after"
        case maxBefore = "max_before"
        case maxAfter = "max_after"
        case minBefore = "min_before"
        case minAfter = "min_after"
    }
}

/// Marks a name as an organization of a kind, by its ending (区科委, …管委会, …大学).
public struct OrganizationMarker: Sendable, Equatable, Codable {
    /// The ending, such as "管委会".
    public var suffix: String
    /// The kind of organization.
    public var kind: OrganizationKind

    /// Creates a marker.
    public init(suffix: String, kind: OrganizationKind) {
        self.suffix = suffix
        self.kind = kind
    }
}

/// Kinds of organization that are not enterprises.
public enum OrganizationKind: String, Sendable, Equatable, Codable, CaseIterable {
    /// A government body: bureaus, committees, offices (区科委, 市知识产权局).
    case government
    /// A park's or zone's management (管委会).
    case parkManagement = "park_management"
    /// An association, society or chamber (协会, 学会, 商会).
    case association
    /// A university or college.
    case university
    /// A research institute (研究院, 研究所).
    case researchInstitute = "research_institute"
    /// A stock exchange or market regulator (交易所, 证监会).
    case exchange
    /// Anything else that is not an enterprise.
    case other
}
