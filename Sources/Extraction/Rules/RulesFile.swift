#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// A rules file as written by a user: every list optional, applied by extending or replacing a base.
public struct RulesFile: Sendable, Equatable, Codable {
    /// How a rules file combines with the rules it is applied to.
    public enum Mode: String, Sendable, Codable {
        /// Lists are appended to the base's (duplicates dropped).
        case extend
        /// Lists given replace the base's; lists not given keep the base's.
        case replace
    }

    /// The format version; must be ``ExtractionRules/formatVersion``.
    public var version: Int
    /// How to combine with the base; `extend` when absent.
    public var mode: Mode?
    /// The word lists the file gives, by name (see ``WordList``).
    public var words: [WordList: [String]]
    /// See ``ExtractionRules/currencies``.
    public var currencies: [CurrencyRule]?
    /// See ``ExtractionRules/qualifiers``; each list extends or replaces its counterpart.
    public var qualifiers: PartialQualifiers?
    /// See ``ExtractionRules/organizationMarkers``.
    public var organizationMarkers: [OrganizationMarker]?

    /// Qualifier lists, each optional.
    public struct PartialQualifiers: Sendable, Equatable, Codable {
        /// Approximate, before.
        public var approxBefore: [String]?
        /// Approximate, after.
        public var approxAfter: [String]?
        /// Maximum, before.
        public var maxBefore: [String]?
        /// Maximum, after.
        public var maxAfter: [String]?
        /// Minimum, before.
        public var minBefore: [String]?
        /// Minimum, after.
        public var minAfter: [String]?

        enum CodingKeys: String, CodingKey {
            case approxBefore = "approx_before"
            case approxAfter = "approx_after"
            case maxBefore = "max_before"
            case maxAfter = "max_after"
            case minBefore = "min_before"
            case minAfter = "min_after"
        }
    }

    /// The keys besides the word lists.
    private enum FixedKey: String, CaseIterable {
        case version, mode, currencies, qualifiers
        case organizationMarkers = "organization_markers"
    }

    /// A key of the file: a fixed one or a word list's name.
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Creates a rules file; lists not given are left to the rules it is applied to.
    public init(
        version: Int = ExtractionRules.formatVersion, mode: Mode? = nil, words: [WordList: [String]] = [:],
        currencies: [CurrencyRule]? = nil, qualifiers: PartialQualifiers? = nil,
        organizationMarkers: [OrganizationMarker]? = nil
    ) {
        self.version = version
        self.mode = mode
        self.words = words
        self.currencies = currencies
        self.qualifiers = qualifiers
        self.organizationMarkers = organizationMarkers
    }

    /// Decodes a file, refusing keys that are neither fixed nor a word list's name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let known = Set(FixedKey.allCases.map(\.rawValue) + WordList.allCases.map(\.rawValue))
        if let unknown = container.allKeys.first(where: { !known.contains($0.stringValue) }) {
            throw DecodingError.dataCorruptedError(
                forKey: unknown, in: container, debugDescription: "unknown key \"\(unknown.stringValue)\"")
        }
        version = try container.decode(Int.self, forKey: Key("version"))
        mode = try container.decodeIfPresent(Mode.self, forKey: Key("mode"))
        currencies = try container.decodeIfPresent([CurrencyRule].self, forKey: Key("currencies"))
        qualifiers = try container.decodeIfPresent(PartialQualifiers.self, forKey: Key("qualifiers"))
        organizationMarkers = try container.decodeIfPresent(
            [OrganizationMarker].self, forKey: Key("organization_markers"))
        var words: [WordList: [String]] = [:]
        for list in WordList.allCases {
            words[list] = try container.decodeIfPresent([String].self, forKey: Key(list.rawValue))
        }
        self.words = words
    }

    /// Encodes the file with the word lists it gives.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(version, forKey: Key("version"))
        try container.encodeIfPresent(mode, forKey: Key("mode"))
        try container.encodeIfPresent(currencies, forKey: Key("currencies"))
        try container.encodeIfPresent(qualifiers, forKey: Key("qualifiers"))
        try container.encodeIfPresent(organizationMarkers, forKey: Key("organization_markers"))
        for list in WordList.allCases { try container.encodeIfPresent(words[list], forKey: Key(list.rawValue)) }
    }

    /// Decodes a rules file from JSON, checking its version.
    public static func decode(_ data: Data) throws -> RulesFile {
        let file: RulesFile
        do {
            file = try JSONDecoder().decode(RulesFile.self, from: data)
        } catch {
            throw RulesError(message: "the rules file is not valid: \(error)")
        }
        guard file.version == ExtractionRules.formatVersion else {
            throw RulesError(
                message:
                    "rules file version \(file.version) is not supported (expected \(ExtractionRules.formatVersion))")
        }
        return file
    }

    /// The rules that result from applying this file to `base` (nil: the file must give every list).
    public func applied(to base: ExtractionRules?) throws -> ExtractionRules {
        let replace = (mode ?? .extend) == .replace
        func combine<T: Equatable>(_ mine: [T]?, _ theirs: [T]?, _ name: String) throws -> [T] {
            guard let theirs else {
                guard let mine else { throw RulesError(message: "the rules file must give \(name)") }
                return mine
            }
            guard let mine else { return theirs }
            if replace { return mine }
            var merged = theirs
            for item in mine where !merged.contains(item) { merged.append(item) }
            return merged
        }
        let q = qualifiers
        let bq = base?.qualifiers
        var words: [WordList: [String]] = [:]
        for list in WordList.allCases {
            words[list] = try combine(self.words[list], base?.words[list], list.rawValue)
        }
        return ExtractionRules(
            words: words,
            currencies: try combine(currencies, base?.currencies, "currencies"),
            qualifiers: QualifierRules(
                approxBefore: try combine(q?.approxBefore, bq?.approxBefore, "qualifiers.approx_before"),
                approxAfter: try combine(q?.approxAfter, bq?.approxAfter, "qualifiers.approx_after"),
                maxBefore: try combine(q?.maxBefore, bq?.maxBefore, "qualifiers.max_before"),
                maxAfter: try combine(q?.maxAfter, bq?.maxAfter, "qualifiers.max_after"),
                minBefore: try combine(q?.minBefore, bq?.minBefore, "qualifiers.min_before"),
                minAfter: try combine(q?.minAfter, bq?.minAfter, "qualifiers.min_after")
            ),
            organizationMarkers: try combine(organizationMarkers, base?.organizationMarkers, "organization_markers")
        )
    }
}

/// Why a rules file could not be used.
public struct RulesError: Error, Sendable, CustomStringConvertible {
    /// What is wrong with the file.
    public var message: String
    /// The message.
    public var description: String { message }
}
