import Docx
import ExtractionPipeline
import Foundation
import Testing
import TestSupport

/// `JSONOutput` writes its own JSON; it must be byte for byte what Foundation's `JSONEncoder` writes with the same
/// options, so the goldens, the schema and every consumer see no difference.
@Suite("JSON output")
struct JSONOutputTests {
    private static func foundationJSON<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func expectSameAsFoundation<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        for pretty in [false, true] {
            #expect(
                try JSONOutput.encode(value, pretty: pretty) == foundationJSON(value, pretty: pretty),
                "pretty: \(pretty)", sourceLocation: sourceLocation)
        }
    }

    static let samples = Fixtures.samples(withExtension: "docx")

    /// Reports inside other values, as batch records hold them: the report writes itself at any depth.
    private struct Nested: Encodable {
        var path: String
        var report: ExtractionReport
        var reports: [ExtractionReport]
    }

    @Test func samplesAreFound() {
        #expect(!Self.samples.isEmpty)
    }

    @Test("Every sample's full report and document are encoded as JSONEncoder encodes them", arguments: samples)
    func samplesMatchFoundation(path: String) throws {
        let report = try ReportBuilder(includeText: true, includeBlocks: true).report(forFileAt: path)
        try Self.expectSameAsFoundation(report)
        try Self.expectSameAsFoundation(try ReportBuilder().report(forFileAt: path))
        try Self.expectSameAsFoundation(Nested(path: path, report: report, reports: [report, report]))
        try Self.expectSameAsFoundation(try DocxReader().read(contentsOf: path))
    }

    /// Every kind of value the `Encodable` protocol can hand an encoder.
    private struct EdgeCases: Encodable {
        enum Kind: String, Encodable { case first, second }

        var text = "quote \" backslash \\ slash / tab \t newline \n return \r bell \u{07} escape \u{1B} unit \u{1F} del \u{7F} line \u{2028} é 中 𠀋 🙂"
        var controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar(UInt8($0)) }))
        var empty = ""
        var integers: [Int] = [0, -1, .max, .min]
        var narrow: [Int8] = [.min, .max]
        var unsigned: [UInt64] = [0, .max]
        var doubles: [Double] = [0.1, 1e-7, 1e21, 123.456, 3, -0.0, 1.0 / 3, 5e-324, 2.5e15, 1e16, 12345678901234567890]
        var floats: [Float] = [0.1, 3, 1e20]
        var decimals: [Decimal] = [Decimal(string: "7250.74")! * 10000, Decimal(string: "-2.50")!, 0, Decimal(string: "123456789012345678901234567890.123")!]
        var flags = [true, false]
        var missing: Int? = nil
        var kind = Kind.second
        var emptyArray: [Int] = []
        var emptyObject: [String: Int] = [:]
        var nestedEmpties: [[[Int]]] = [[], [[]]]
        var dictionary = ["b": 2, "a": 1, "B": 3, "_": 4, "a_b": 5, "ab": 6, "中": 7]
        var date = Date(timeIntervalSinceReferenceDate: 12.5)
        var url = URL(string: "https://example.com/a/b?c=d")!
        var data = Data([0, 1, 2, 250, 255])

        enum Keys: String, CodingKey { case text, controls, empty, integers, narrow, unsigned, doubles, floats, decimals, flags }
        enum MoreKeys: String, CodingKey {
            case missing, explicitNil = "explicit_nil", kind, emptyArray = "empty_array", emptyObject = "empty_object"
            case nestedEmpties = "nested_empties", dictionary, date, url, data, nested, list, again, inherited
            case nothing, nothings
        }

        /// A value that encodes nothing: an empty object inside another value.
        struct Nothing: Encodable {
            func encode(to encoder: any Encoder) throws {}
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(text, forKey: .text)
            try container.encode(controls, forKey: .controls)
            try container.encode(empty, forKey: .empty)
            try container.encode(integers, forKey: .integers)
            try container.encode(narrow, forKey: .narrow)
            try container.encode(unsigned, forKey: .unsigned)
            try container.encode(doubles, forKey: .doubles)
            try container.encode(floats, forKey: .floats)
            try container.encode(decimals, forKey: .decimals)
            try container.encode(flags, forKey: .flags)
            // A second keyed container on the same encoder adds to the same object.
            var more = encoder.container(keyedBy: MoreKeys.self)
            try more.encodeIfPresent(missing, forKey: .missing)
            try more.encodeNil(forKey: .explicitNil)
            try more.encode(kind, forKey: .kind)
            try more.encode(emptyArray, forKey: .emptyArray)
            try more.encode(emptyObject, forKey: .emptyObject)
            try more.encode(nestedEmpties, forKey: .nestedEmpties)
            try more.encode(dictionary, forKey: .dictionary)
            try more.encode(date, forKey: .date)
            try more.encode(url, forKey: .url)
            try more.encode(data, forKey: .data)
            var nested = more.nestedContainer(keyedBy: Keys.self, forKey: .nested)
            try nested.encode(1.5, forKey: .doubles)
            // Asked for again under the same key, a nested container is the same one.
            var nestedAgain = more.nestedContainer(keyedBy: Keys.self, forKey: .nested)
            try nestedAgain.encode("again", forKey: .text)
            var list = more.nestedUnkeyedContainer(forKey: .list)
            var listAgain = more.nestedUnkeyedContainer(forKey: .list)
            try listAgain.encode(0)
            try list.encode("x")
            try list.encodeNil()
            var inner = list.nestedContainer(keyedBy: Keys.self)
            try inner.encode(true, forKey: .flags)
            var innerList = list.nestedUnkeyedContainer()
            try innerList.encode(UInt8(7))
            try more.encode(2, forKey: .again)
            try more.encode(3, forKey: .again)  // the last value of a key set twice wins
            try Kind.first.encode(to: more.superEncoder(forKey: .inherited))
            try more.encode(Nothing(), forKey: .nothing)
            try more.encode([Nothing(), Nothing()], forKey: .nothings)
        }
    }

    @Test("Escapes, numbers, empty and nested containers, repeated keys and super encoders match JSONEncoder")
    func edgeCasesMatchFoundation() throws {
        try Self.expectSameAsFoundation(EdgeCases())
    }

    @Test("Top-level fragments match JSONEncoder", arguments: [false, true])
    func fragmentsMatchFoundation(pretty: Bool) throws {
        #expect(try JSONOutput.encode("a/\"b\"", pretty: pretty) == Self.foundationJSON("a/\"b\"", pretty: pretty))
        #expect(try JSONOutput.encode(42, pretty: pretty) == Self.foundationJSON(42, pretty: pretty))
        #expect(try JSONOutput.encode([Int](), pretty: pretty) == Self.foundationJSON([Int](), pretty: pretty))
        #expect(try JSONOutput.encode([[String: Int]()], pretty: pretty) == Self.foundationJSON([[String: Int]()], pretty: pretty))
    }

    @Test("A value that encodes nothing is an error at the top level, as in JSONEncoder")
    func emptyTopLevelValueThrows() {
        #expect(throws: EncodingError.self) { try JSONEncoder().encode(EdgeCases.Nothing()) }
        #expect(throws: EncodingError.self) { try JSONOutput.encode(EdgeCases.Nothing()) }
    }

    @Test("A number JSON cannot hold is an encoding error", arguments: [Double.nan, .infinity, -.infinity])
    func nonFiniteNumbersThrow(value: Double) {
        #expect(throws: EncodingError.self) { try JSONOutput.encode(["value": value]) }
    }
}
