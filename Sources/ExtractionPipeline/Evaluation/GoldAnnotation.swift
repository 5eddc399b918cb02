#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// Hand-made gold annotations for one document: `Samples/NAME.gold.json` (format in `Samples/GOLD.md`) or a
/// corpus's `gold/NAME.json` beside `texts/NAME.txt`.
public struct GoldAnnotation: Sendable, Equatable, Decodable {
    /// A gold amount.
    public struct Amount: Sendable, Equatable, Decodable {
        /// The span as written, when the gold gives it.
        public var text: String?
        /// The value in base units.
        public var value: Decimal
        /// The upper value of a range.
        public var valueMax: Decimal?
        private enum CodingKeys: String, CodingKey {
            case text, value
            case valueMax = "value_max"
        }
    }

    /// A gold count.
    public struct Count: Sendable, Equatable, Decodable {
        /// The span as written, when the gold gives it.
        public var text: String?
        /// The counted number.
        public var value: Decimal
        /// The measure word.
        public var unit: String
    }

    /// A gold percentage.
    public struct Percentage: Sendable, Equatable, Decodable {
        /// The span as written, when the gold gives it.
        public var text: String?
        /// The value (82 for 82%).
        public var value: Decimal
        /// Whether it is a change in percentage points.
        public var points: Bool?
    }

    /// A gold enterprise with its other forms.
    public struct Enterprise: Sendable, Equatable, Decodable {
        /// The longest form.
        public var name: String
        /// The other forms.
        public var aliases: [String]?
    }

    /// A gold organization.
    public struct Organization: Sendable, Equatable, Decodable {
        /// The name.
        public var name: String
    }

    /// The document: a sample's file name (`kejiban-2025.docx`) or a corpus text's name without extension.
    public var document: String
    /// Every amount occurrence in the main story.
    public var amounts: [Amount]
    /// Every count occurrence in the main story.
    public var counts: [Count]
    /// Every percentage occurrence.
    public var percentages: [Percentage]
    /// The distinct enterprises.
    public var enterprises: [Enterprise]
    /// The distinct organizations.
    public var organizations: [Organization]

    private enum CodingKeys: String, CodingKey {
        case document, doc, amounts, counts, percentages, enterprises, organizations
    }

    /// Decodes either gold format: `document` (samples) or `doc` (corpus).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        document =
            try container.decodeIfPresent(String.self, forKey: .document) ?? container.decode(String.self, forKey: .doc)
        amounts = try container.decode([Amount].self, forKey: .amounts)
        counts = try container.decode([Count].self, forKey: .counts)
        percentages = try container.decode([Percentage].self, forKey: .percentages)
        enterprises = try container.decode([Enterprise].self, forKey: .enterprises)
        organizations = try container.decode([Organization].self, forKey: .organizations)
    }

    /// Reads a gold file.
    public static func load(from url: URL) throws -> GoldAnnotation {
        try JSONDecoder().decode(GoldAnnotation.self, from: Data(contentsOf: url))
    }
}
