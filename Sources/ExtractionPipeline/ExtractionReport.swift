// Stored optionals are spelled `Optional<…>`: a variable written `T?` starts as nil, so an initializer assigns it
// rather than initializes it, and then copies the whole value on its way out (a retain and a release of each of
// its strings and arrays).

public import DocumentModel
public import Extraction
#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// The JSON that `docx-extract FILE` prints for one document; its schema is `Schemas/extraction-report.schema.json`.
///
/// Offsets (`start`, `end`) count Unicode scalars in the block's text; `block` is ``Paragraph/index``.
/// Money values are exact decimal numbers in base units of the currency (yuan, dollars …).
public struct ExtractionReport: Sendable, Equatable, Encodable {
    /// The version of the report's schema.
    public static let schemaVersion = "1.0.0"

    /// The file the report is about.
    public struct Source: Sendable, Equatable, Codable {
        /// The file name (or the archive path of an entry).
        public var fileName: String
        /// The file's size in bytes.
        public var byteSize: Int
        /// The SHA-256 of the file's bytes, lowercase hex.
        public var sha256: String

        /// Creates a source description.
        public init(fileName: String, byteSize: Int, sha256: String) {
            self.fileName = fileName
            self.byteSize = byteSize
            self.sha256 = sha256
        }

        private enum CodingKeys: String, CodingKey {
            case sha256
            case fileName = "file_name"
            case byteSize = "byte_size"
        }
    }

    /// A warning from the reader or the extractors.
    public struct Warning: Sendable, Equatable, Encodable {
        /// "reader" or "extraction".
        public var source: String
        /// The stable code.
        public var code: String
        /// What happened.
        public var message: String
        /// The element concerned, for reader warnings.
        public var element: Optional<String>
        /// How many times it occurred.
        public var count: Int
        /// Part and line of the first occurrence, for reader warnings.
        public var location: Optional<PartLocation>
        /// The text where it occurred, for extraction warnings.
        public var mention: Optional<Mention>
    }

    /// The source file.
    public var source: Source
    /// Document properties.
    public var properties: DocumentProperties
    /// What was extracted.
    public var extraction: DocumentExtractor.Result
    /// Reader and extraction warnings.
    public var warnings: [Warning]
    /// The main story's plain text, when asked for.
    public var text: Optional<String>
    /// The document's blocks, when asked for.
    public var blocks: Optional<[Block]>

    /// Creates a report.
    public init(
        source: Source, document: Document, extraction: DocumentExtractor.Result, includeText: Bool = false,
        includeBlocks: Bool = false
    ) {
        self.init(source: source, document: document, includeText: includeText, includeBlocks: includeBlocks)
        record(extraction)
    }

    /// A report of the document's properties, its reader warnings and, when asked for, its text and blocks, with no
    /// findings: ``record(_:)`` adds them.
    init(source: Source, document: borrowing Document, includeText: Bool, includeBlocks: Bool) {
        self.source = source
        self.properties = document.properties
        self.extraction = DocumentExtractor.Result()
        self.warnings = document.warnings.map {
            Warning(
                source: "reader", code: $0.code.rawValue, message: $0.message, element: $0.element, count: $0.count,
                location: $0.firstLocation, mention: nil)
        }
        self.text = includeText ? document.plainText() : nil
        self.blocks = includeBlocks ? document.body : nil
    }

    /// Sets the findings, and adds the extraction's warnings after the reader's.
    mutating func record(_ extraction: DocumentExtractor.Result) {
        self.extraction = extraction
        warnings += extraction.warnings.map {
            Warning(
                source: "extraction", code: $0.code.rawValue, message: $0.message, element: nil, count: 1,
                location: nil, mention: $0.mention)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case source, properties, enterprises, organizations, amounts, counts, percentages, dates, facts, warnings, text
        case blocks
        case schemaVersion = "schema_version"
    }

    private enum FactKeys: String, CodingKey {
        case enterpriseCounts = "enterprise_counts"
        case amountPurposes = "amount_purposes"
    }

    /// Encodes the report with snake_case keys; optional fields appear as null, `text` and `blocks` only when asked for.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(source, forKey: .source)
        try container.encode(properties, forKey: .properties)
        try container.encode(extraction.enterprises, forKey: .enterprises)
        try container.encode(extraction.organizations, forKey: .organizations)
        try container.encode(extraction.amounts.map(LocatedRecord.init), forKey: .amounts)
        try container.encode(extraction.counts.map(LocatedRecord.init), forKey: .counts)
        try container.encode(extraction.percentages.map(LocatedRecord.init), forKey: .percentages)
        try container.encode(extraction.dates.map(LocatedRecord.init), forKey: .dates)
        var facts = container.nestedContainer(keyedBy: FactKeys.self, forKey: .facts)
        try facts.encode(extraction.countFacts, forKey: .enterpriseCounts)
        try facts.encode(extraction.amountFacts, forKey: .amountPurposes)
        try container.encode(warnings, forKey: .warnings)
        try container.encodeIfPresent(text, forKey: .text)
        try container.encodeIfPresent(blocks, forKey: .blocks)
    }
}

/// A finding that writes its own fields into a report record; the record adds the location fields.
private protocol RecordFields: Sendable, Equatable {
    func encodeFields(to encoder: any Encoder) throws
}

/// One finding of the report: its own fields and the location fields every finding carries, flat in one object.
private struct LocatedRecord<Finding: RecordFields>: Encodable {
    let located: Located<Finding>
    init(_ located: Located<Finding>) { self.located = located }

    private enum LocationKeys: String, CodingKey {
        case block, start, end, story
        case sectionPath = "section_path"
    }

    func encode(to encoder: any Encoder) throws {
        try located.finding.encodeFields(to: encoder)
        let mention = located.mention
        var container = encoder.container(keyedBy: LocationKeys.self)
        try container.encode(mention.block, forKey: .block)
        try container.encode(mention.span.start, forKey: .start)
        try container.encode(mention.span.end, forKey: .end)
        try container.encode(mention.story, forKey: .story)
        try container.encode(mention.sectionPath, forKey: .sectionPath)
    }
}

extension MoneyAmount: RecordFields {
    private enum FieldKeys: String, CodingKey {
        case text, value, currency, qualifier
        case valueMax = "value_max"
        case bareScale = "bare_scale"
    }

    fileprivate func encodeFields(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(valueMax, forKey: .valueMax)
        try container.encode(currency, forKey: .currency)
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(isBareScale, forKey: .bareScale)
    }
}

extension CountMention: RecordFields {
    private enum FieldKeys: String, CodingKey {
        case text, value, unit, subject, qualifier
        case valueMax = "value_max"
    }

    fileprivate func encodeFields(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(valueMax, forKey: .valueMax)
        try container.encode(unit, forKey: .unit)
        try container.encode(subject, forKey: .subject)
        try container.encode(qualifier, forKey: .qualifier)
    }
}

extension PercentageMention: RecordFields {
    private enum FieldKeys: String, CodingKey { case text, value, points, qualifier }

    fileprivate func encodeFields(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(value, forKey: .value)
        try container.encode(isPoints, forKey: .points)
        try container.encode(qualifier, forKey: .qualifier)
    }
}

extension DateMention: RecordFields {
    private enum FieldKeys: String, CodingKey { case text, year, month, day, period }

    fileprivate func encodeFields(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(year, forKey: .year)
        try container.encode(month, forKey: .month)
        try container.encode(day, forKey: .day)
        try container.encode(period, forKey: .period)
    }
}
