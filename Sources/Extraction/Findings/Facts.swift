// Stored optionals are spelled `Optional<…>`: a variable written `T?` starts as nil, so an initializer assigns it
// rather than initializes it, and then copies the whole value on its way out (a retain and a release of each of
// its strings and arrays).

#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// A count tied to a category and the enterprises listed with it: "新增3家（甲、乙、丙）".
public struct CountFact: Sendable, Equatable, Codable {
    /// The category counted (高新技术企业), when the sentence says.
    public var category: Optional<String>
    /// The count as written, nil for a list with no count ("甲、乙等园区企业").
    public var count: Optional<Decimal>
    /// The count's measure word.
    public var unit: Optional<String>
    /// The names as listed.
    public var enterprises: [String]
    /// Whether the list names every counted enterprise (false for "甲、乙等12家").
    public var complete: Bool
    /// Whether the number of names agrees with the count (an open list may name fewer, never more).
    public var consistent: Bool
    /// Where the list and its count stand.
    public var mention: Mention

    /// Creates a fact.
    public init(
        category: String?, count: Decimal?, unit: String?, enterprises: [String], complete: Bool, consistent: Bool,
        mention: Mention
    ) {
        self.category = category
        self.count = count
        self.unit = unit
        self.enterprises = enterprises
        self.complete = complete
        self.consistent = consistent
        self.mention = mention
    }

    private enum CodingKeys: String, CodingKey {
        case category, count, unit, enterprises, complete, consistent, mention
    }

    /// Encodes every key, `null` where the sentence does not say (the schema requires them all).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(category, forKey: .category)
        try container.encode(count, forKey: .count)
        try container.encode(unit, forKey: .unit)
        try container.encode(enterprises, forKey: .enterprises)
        try container.encode(complete, forKey: .complete)
        try container.encode(consistent, forKey: .consistent)
        try container.encode(mention, forKey: .mention)
    }
}

/// An amount tied to its purpose where the sentence says: "落实…专项资金1601.9万元".
public struct AmountFact: Sendable, Equatable, Codable {
    /// The purpose as written before the amount in the same clause.
    public var purpose: String
    /// The amount's value in base units.
    public var value: Decimal
    /// The amount's currency (ISO 4217).
    public var currency: String
    /// Where the purpose and amount stand.
    public var mention: Mention

    /// Creates a fact.
    public init(purpose: String, value: Decimal, currency: String, mention: Mention) {
        self.purpose = purpose
        self.value = value
        self.currency = currency
        self.mention = mention
    }
}

/// A problem the extractors noticed in the document's own figures.
public struct ExtractionWarning: Sendable, Equatable, Codable {
    /// Stable kinds of extraction warning.
    public enum Code: String, Sendable, Codable {
        /// A list names a different number of enterprises than its count says.
        case countMismatch = "count_mismatch"
    }

    /// The kind.
    public var code: Code
    /// What is wrong, quoting the text.
    public var message: String
    /// Where.
    public var mention: Mention

    /// Creates a warning.
    public init(code: Code, message: String, mention: Mention) {
        self.code = code
        self.message = message
        self.mention = mention
    }
}
