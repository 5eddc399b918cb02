public import Foundation

/// Hand-made gold annotations for one sample (`Samples/NAME.gold.json`; the format is in `Samples/GOLD.md`).
public struct GoldAnnotation: Sendable, Equatable, Decodable {
    /// A gold amount.
    public struct Amount: Sendable, Equatable, Decodable {
        /// The value in base units.
        public var value: Decimal
        /// The upper value of a range.
        public var valueMax: Decimal?
        private enum CodingKeys: String, CodingKey {
            case value
            case valueMax = "value_max"
        }
    }

    /// A gold count.
    public struct Count: Sendable, Equatable, Decodable {
        /// The counted number.
        public var value: Decimal
        /// The measure word.
        public var unit: String
    }

    /// A gold percentage.
    public struct Percentage: Sendable, Equatable, Decodable {
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

    /// The document file name.
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

    /// Reads a gold file.
    public static func load(from url: URL) throws -> GoldAnnotation {
        try JSONDecoder().decode(GoldAnnotation.self, from: Data(contentsOf: url))
    }
}
