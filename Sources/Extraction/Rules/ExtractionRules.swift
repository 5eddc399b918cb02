/// The lexicons the extractors use, loaded from a rules file (JSON) so they can be extended without recompiling.
///
/// The built-in rules are ``ExtractionRules/builtIn``; `--rules FILE` either extends them (lists are
/// merged, duplicates dropped) or replaces them when the file says `"mode": "replace"`.
/// The file's schema is `Schemas/rules.schema.json`.
public struct ExtractionRules: Sendable, Equatable, Codable {
    /// The rules-file format version this build reads.
    public static let formatVersion = 1

    /// Measure words that make a number a count (家, 个, 项, 人次 …); longer ones win over their prefixes.
    public var measureWords: [String]
    /// Currencies and the words that name them before or after a number.
    public var currencies: [CurrencyRule]
    /// Words near a bare 万/亿 that make it money (资金, 投资, 申请 …).
    public var moneyContextWords: [String]
    /// Units after 万/亿 that mean the number is not money (万吨, 万平方米 …); written without the 万/亿.
    public var nonMoneyUnits: [String]
    /// Qualifier words: approximate, maximum and minimum, each before or after the number.
    public var qualifiers: QualifierRules
    /// Tokens that mask a number or a name in anonymized text (xx, XX, ×, *, 某).
    public var placeholders: [String]
    /// Endings that mark an enterprise name, legal forms and trade words (有限公司, 集团, 科技 …).
    public var enterpriseSuffixes: [String]
    /// Words that head a category of enterprises counted in a sentence (企业, 公司, 单位 …).
    public var enterpriseCategoryWords: [String]
    /// Endings or words that mark an organization that is not an enterprise, with its kind.
    public var organizationMarkers: [OrganizationMarker]
    /// Words that end a name's left context: the name starts after the last of them (分别为, 推荐, 其中 …).
    public var nameBoundaryWords: [String]
    /// Words that contain an organization marker without naming an organization (举办, 干部, 局部, 办法 …).
    public var organizationExclusions: [String]
    /// Words that are never enterprise names on their own (企业, 公司, 单位 …).
    public var nonNames: [String]

    /// Creates rules.
    public init(
        measureWords: [String], currencies: [CurrencyRule], moneyContextWords: [String], nonMoneyUnits: [String],
        qualifiers: QualifierRules, placeholders: [String], enterpriseSuffixes: [String],
        enterpriseCategoryWords: [String], organizationMarkers: [OrganizationMarker], nameBoundaryWords: [String],
        organizationExclusions: [String], nonNames: [String]
    ) {
        self.measureWords = measureWords
        self.currencies = currencies
        self.moneyContextWords = moneyContextWords
        self.nonMoneyUnits = nonMoneyUnits
        self.qualifiers = qualifiers
        self.placeholders = placeholders
        self.enterpriseSuffixes = enterpriseSuffixes
        self.enterpriseCategoryWords = enterpriseCategoryWords
        self.organizationMarkers = organizationMarkers
        self.nameBoundaryWords = nameBoundaryWords
        self.organizationExclusions = organizationExclusions
        self.nonNames = nonNames
    }

    enum CodingKeys: String, CodingKey {
        case measureWords = "measure_words"
        case currencies
        case moneyContextWords = "money_context_words"
        case nonMoneyUnits = "non_money_units"
        case qualifiers, placeholders
        case enterpriseSuffixes = "enterprise_suffixes"
        case enterpriseCategoryWords = "enterprise_category_words"
        case organizationMarkers = "organization_markers"
        case nameBoundaryWords = "name_boundary_words"
        case organizationExclusions = "organization_exclusions"
        case nonNames = "non_names"
    }
}

/// A currency: its ISO 4217 code and the words that name it.
public struct CurrencyRule: Sendable, Equatable, Codable {
    /// The ISO 4217 code, e.g. "CNY".
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
    /// The ending, e.g. "管委会".
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
