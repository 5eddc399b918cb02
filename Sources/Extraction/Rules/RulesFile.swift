public import Foundation

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
    /// See ``ExtractionRules/measureWords``.
    public var measureWords: [String]?
    /// See ``ExtractionRules/currencies``.
    public var currencies: [CurrencyRule]?
    /// See ``ExtractionRules/moneyContextWords``.
    public var moneyContextWords: [String]?
    /// See ``ExtractionRules/nonMoneyUnits``.
    public var nonMoneyUnits: [String]?
    /// See ``ExtractionRules/qualifiers``; each list extends or replaces its counterpart.
    public var qualifiers: PartialQualifiers?
    /// See ``ExtractionRules/placeholders``.
    public var placeholders: [String]?
    /// See ``ExtractionRules/enterpriseSuffixes``.
    public var enterpriseSuffixes: [String]?
    /// See ``ExtractionRules/enterpriseCategoryWords``.
    public var enterpriseCategoryWords: [String]?
    /// See ``ExtractionRules/organizationMarkers``.
    public var organizationMarkers: [OrganizationMarker]?
    /// See ``ExtractionRules/nameBoundaryWords``.
    public var nameBoundaryWords: [String]?
    /// See ``ExtractionRules/organizationExclusions``.
    public var organizationExclusions: [String]?
    /// See ``ExtractionRules/nonNames``.
    public var nonNames: [String]?

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

    enum CodingKeys: String, CodingKey {
        case version, mode
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

    /// Decodes a rules file from JSON, checking its version.
    public static func decode(_ data: Data) throws -> RulesFile {
        let file: RulesFile
        do {
            file = try JSONDecoder().decode(RulesFile.self, from: data)
        } catch {
            throw RulesError(message: "the rules file is not valid: \(error)")
        }
        guard file.version == ExtractionRules.formatVersion else {
            throw RulesError(message: "rules file version \(file.version) is not supported (expected \(ExtractionRules.formatVersion))")
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
        return ExtractionRules(
            measureWords: try combine(measureWords, base?.measureWords, "measure_words"),
            currencies: try combine(currencies, base?.currencies, "currencies"),
            moneyContextWords: try combine(moneyContextWords, base?.moneyContextWords, "money_context_words"),
            nonMoneyUnits: try combine(nonMoneyUnits, base?.nonMoneyUnits, "non_money_units"),
            qualifiers: QualifierRules(
                approxBefore: try combine(q?.approxBefore, bq?.approxBefore, "qualifiers.approx_before"),
                approxAfter: try combine(q?.approxAfter, bq?.approxAfter, "qualifiers.approx_after"),
                maxBefore: try combine(q?.maxBefore, bq?.maxBefore, "qualifiers.max_before"),
                maxAfter: try combine(q?.maxAfter, bq?.maxAfter, "qualifiers.max_after"),
                minBefore: try combine(q?.minBefore, bq?.minBefore, "qualifiers.min_before"),
                minAfter: try combine(q?.minAfter, bq?.minAfter, "qualifiers.min_after")
            ),
            placeholders: try combine(placeholders, base?.placeholders, "placeholders"),
            enterpriseSuffixes: try combine(enterpriseSuffixes, base?.enterpriseSuffixes, "enterprise_suffixes"),
            enterpriseCategoryWords: try combine(
                enterpriseCategoryWords, base?.enterpriseCategoryWords, "enterprise_category_words"),
            organizationMarkers: try combine(organizationMarkers, base?.organizationMarkers, "organization_markers"),
            nameBoundaryWords: try combine(nameBoundaryWords, base?.nameBoundaryWords, "name_boundary_words"),
            organizationExclusions: try combine(
                organizationExclusions, base?.organizationExclusions, "organization_exclusions"),
            nonNames: try combine(nonNames, base?.nonNames, "non_names")
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
