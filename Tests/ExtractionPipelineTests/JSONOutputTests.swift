import DocumentModel
import Docx
import Extraction
@testable import ExtractionPipeline
import Foundation
import Testing
import TestSupport

/// `JSONOutput` writes its own JSON; it must be byte for byte what Foundation's `JSONEncoder` writes with the same
/// options, so the goldens, the schema and every consumer see no difference.
@Suite("JSON output")
struct JSONOutputTests {
    private static func foundationJSON<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func expectSameAsFoundation<T: Encodable & JSONWritable>(
        _ value: T, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for pretty in [false, true] {
            #expect(
                try JSONOutput.encode(value, pretty: pretty) == foundationJSON(value, pretty: pretty),
                "pretty: \(pretty)", sourceLocation: sourceLocation)
        }
    }

    static let samples = Fixtures.samples(withExtension: "docx")

    @Test func samplesAreFound() {
        #expect(!Self.samples.isEmpty)
    }

    @Test(
        "Every sample's report, with and without text and blocks, is encoded as JSONEncoder encodes it",
        arguments: samples)
    func reportsMatchFoundation(path: String) throws {
        try Self.expectSameAsFoundation(
            try ReportBuilder(includeText: true, includeBlocks: true).report(forFileAt: path))
        try Self.expectSameAsFoundation(try ReportBuilder().report(forFileAt: path))
    }

    @Test("Every sample's document model is encoded as JSONEncoder encodes it", arguments: samples)
    func documentsMatchFoundation(path: String) throws {
        try Self.expectSameAsFoundation(try DocxReader().read(contentsOf: path))
    }

    @Test("Batch records of every status are encoded as JSONEncoder encodes them", arguments: samples)
    func batchRecordsMatchFoundation(path: String) throws {
        let report = try ReportBuilder(includeText: true).report(forFileAt: path)
        try Self.expectSameAsFoundation(BatchRecord(sequence: 0, path: path, status: .ok, report: report))
        try Self.expectSameAsFoundation(
            BatchRecord(sequence: 1, path: path, status: .error, error: .init(code: .io, message: "\(path): \"gone\""))
        )
        try Self.expectSameAsFoundation(
            BatchRecord(sequence: 2, path: path + "!/a.png", status: .skipped, reason: "not a .docx"))
    }

    @Test("An error record is encoded as JSONEncoder encodes it")
    func errorRecordMatchesFoundation() throws {
        let record = ErrorRecord(code: .notAZip, message: "a/b.docx: \"PK\" missing\n")
        try Self.expectSameAsFoundation(record)
        #expect(record.json == (try Self.foundationJSON(record, pretty: false)))
    }

    @Test("A document with every optional member present and absent is encoded as JSONEncoder encodes it")
    func fullDocumentMatchesFoundation() throws {
        let document = DocumentModelSamples.everyMember
        try Self.expectSameAsFoundation(document)
        try Self.expectSameAsFoundation(Document())
        let source = ExtractionReport.Source(fileName: "a/b.docx", byteSize: 10, sha256: "00")
        let extraction = DocumentExtractor().extract(from: document)
        try Self.expectSameAsFoundation(
            ExtractionReport(
                source: source, document: document, extraction: extraction, includeText: true, includeBlocks: true))
    }

    @Test("Streamed output is the encoded bytes, in chunks no longer than the chunk size", arguments: samples)
    func streamedOutputIsTheEncodedBytes(path: String) throws {
        let report = try ReportBuilder(includeText: true, includeBlocks: true).report(forFileAt: path)
        for pretty in [false, true] {
            var chunks: [[UInt8]] = []
            try JSONOutput.write(report, pretty: pretty) { chunks.append(Array($0)) }
            #expect(chunks.allSatisfy { !$0.isEmpty && $0.count <= JSONOutput.chunkSize })
            #expect(chunks.joined().elementsEqual(try JSONOutput.bytes(report, pretty: pretty)))
        }
    }

    /// A report of a long document: 5,000 paragraphs, each with an amount, a count, a percentage and a name, so its
    /// arrays are long enough to be written on several threads in several windows.
    private static let longReport: ExtractionReport = {
        let brands = ["瑞禾", "澄江", "蓝岸", "鸿图", "云杉", "青禾", "金穗", "星河"]
        let paragraphs = (0..<5_000).map { index in
            let brand = brands[index % brands.count] + brands[(index / brands.count) % brands.count]
            return Paragraph(
                index: index,
                text: "\(brand)精密机械有限公司落实资金\(index + 1)万元，新增\(index % 9 + 1)个项目，增长\(index % 50)%。",
                sectionPath: ["第\(index / 200)节"])
        }
        let document = Document(body: paragraphs.map { .paragraph($0) })
        return ExtractionReport(
            source: .init(fileName: "long.docx", byteSize: 1, sha256: String(repeating: "0", count: 64)),
            document: document, extraction: DocumentExtractor().extract(from: document), includeBlocks: true)
    }()

    @Test("Long arrays written on several threads are the bytes written on one", arguments: [2, 3, 8])
    func threadsDoNotChangeTheBytes(threads: Int) throws {
        // Amounts and counts fill five pieces of 1,024 elements.
        #expect(Self.longReport.extraction.amounts.count == 5_000)
        for pretty in [false, true] {
            let onOne = try JSONOutput.bytes(Self.longReport, pretty: pretty)
            #expect(try JSONOutput.bytes(Self.longReport, pretty: pretty, threads: threads) == onOne)
            var chunks: [[UInt8]] = []
            try JSONOutput.write(Self.longReport, pretty: pretty, threads: threads) { chunks.append(Array($0)) }
            #expect(chunks.joined().elementsEqual(onOne))
            // Pieces of elements longer than a chunk go to the sink a chunk at a time.
            #expect(chunks.allSatisfy { !$0.isEmpty && $0.count <= JSONOutput.chunkSize })
        }
    }

    @Test(
        "A long array on several threads keeps its elements in order past the pieces that may wait", arguments: [2, 3])
    func longArrayKeepsItsOrder(threads: Int) {
        // 30,000 elements make 30 pieces, more than may be written ahead of the appending.
        let values = Array(0..<30_000)
        var writer = JSONByteWriter(pretty: false)
        writer.threads = threads
        writer.array(values) { $1.int($0) }
        let expected = Array(("[" + values.map(String.init).joined(separator: ",") + "]").utf8)
        #expect(writer.withBytes { Array($0) } == expected)
    }

    @Test("Only the calling thread hands bytes to the sink")
    func sinkIsCalledOnTheCallingThread() throws {
        let caller = pthread_self()
        var callsElsewhere = 0
        var calls = 0
        try JSONOutput.write(Self.longReport, threads: 2) { _ in
            calls += 1
            if pthread_equal(pthread_self(), caller) == 0 { callsElsewhere += 1 }
        }
        #expect(calls > 1)
        #expect(callsElsewhere == 0)
    }

    @Test("Writing into a buffer appends to what it holds")
    func writingIntoABufferAppends() throws {
        var buffer = Array("x".utf8)
        let record = ErrorRecord(code: .io, message: "gone")
        try JSONOutput.write(record, into: &buffer)
        #expect(buffer == Array("x".utf8) + (try JSONOutput.bytes(record)))
    }

    private struct SinkFailure: Error {}

    @Test("A sink's error stops the output and is thrown")
    func sinkErrorIsThrown() throws {
        let report = try ReportBuilder(includeText: true, includeBlocks: true).report(
            forFileAt: try #require(Self.samples.first))
        var calls = 0
        #expect(throws: SinkFailure.self) {
            try JSONOutput.write(report) { _ in
                calls += 1
                throw SinkFailure()
            }
        }
        #expect(calls == 1)
    }

    @Test("A sink's error stops the output of long arrays handed over a chunk at a time")
    func sinkErrorStopsLongArrays() throws {
        var calls = 0
        #expect(throws: SinkFailure.self) {
            try JSONOutput.write(Self.longReport, threads: 2) { _ in
                calls += 1
                throw SinkFailure()
            }
        }
        #expect(calls == 1)
    }

    @Test("A record's JSON line as bytes is its JSON and one line feed", arguments: [true, false])
    func jsonLineBytesEndWithOneLineFeed(isError: Bool) throws {
        let record =
            isError
            ? BatchRecord(
                sequence: 0, path: "broken.docx", status: .error,
                error: ErrorRecord.Body(code: .notAZip, message: "broken.docx: not a zip archive"))
            : BatchRecord(sequence: 0, path: "notes.txt", status: .skipped, reason: "not a .docx")
        let line = record.jsonLineBytes
        #expect(line.last == UInt8(ascii: "\n"))
        #expect(Array(line.dropLast()) == Array(try JSONOutput.encode(record).utf8))
        #expect(!line.dropLast().contains(UInt8(ascii: "\n")))
    }
}

/// One value written by a closure, to compare single writer calls with `JSONEncoder`.
struct WrittenValue<Value: Encodable>: Encodable, JSONWritable {
    var value: Value
    var write: (inout JSONByteWriter, Value) -> Void

    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    func writeJSON(to writer: inout JSONByteWriter) { write(&writer, value) }
}

@Suite("JSON byte writer")
struct JSONByteWriterTests {
    private static func expectSameAsFoundation<Value: Encodable>(
        _ value: Value, sourceLocation: SourceLocation = #_sourceLocation,
        _ write: @escaping (inout JSONByteWriter, Value) -> Void
    ) throws {
        let written = WrittenValue(value: value, write: write)
        for pretty in [false, true] {
            let encoder = JSONEncoder()
            encoder.outputFormatting =
                pretty
                ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
            let expected = String(decoding: try encoder.encode(value), as: UTF8.self)
            #expect(
                try JSONOutput.encode(written, pretty: pretty) == expected, "pretty: \(pretty)",
                sourceLocation: sourceLocation)
        }
    }

    /// Characters that JSON escapes or that sit at the edges of what it escapes.
    static let specials: [String] =
        (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
            "\"", "\\", "/", "\u{7F}", "\u{2028}", "é", "中", "𠀋", "🙂", " ", "~",
        ]

    @Test(
        "Each special character is escaped as JSONEncoder escapes it, wherever it stands in a string",
        arguments: specials)
    func stringsAreEscapedAsFoundation(special: String) throws {
        // Every position in and around the eight-byte words the scanner reads at once, in ASCII and in Chinese text.
        for filler in ["a", "中"] {
            for prefix in 0..<18 {
                let text = String(repeating: filler, count: prefix) + special + String(repeating: filler, count: 9)
                try Self.expectSameAsFoundation(text) { $0.string($1) }
            }
        }
        try Self.expectSameAsFoundation(String(repeating: special, count: 20)) { $0.string($1) }
    }

    @Test(
        "Each special character is escaped as JSONEncoder escapes it at every place in strings of up to 17 characters",
        arguments: specials)
    func shortStringsAreEscapedAsFoundation(special: String) throws {
        // Shorter than the scanner's word, up to two words, and a little more: the special character first, last and
        // everywhere between, so that the last word (padded, or overlapping the one before) holds it at every place.
        for length in 0..<17 {
            for place in 0...length {
                let text =
                    String(repeating: "a", count: place) + special + String(repeating: "b", count: length - place)
                try Self.expectSameAsFoundation(text) { $0.string($1) }
            }
            try Self.expectSameAsFoundation(String(repeating: "c", count: length)) { $0.string($1) }
        }
    }

    @Test("The raw values of stories and qualifiers written as literals are their raw values")
    func staticRawValuesAreRawValues() {
        for story in StoryKind.allCases { #expect(story.staticRawValue.description == story.rawValue) }
        for qualifier in Qualifier.allCases { #expect(qualifier.staticRawValue.description == qualifier.rawValue) }
    }

    static let longText = String(repeating: "某某科技有限公司\t\"12.5万元\"\n", count: 20_000)

    @Test("Empty and long strings are written as JSONEncoder writes them")
    func emptyAndLongStrings() throws {
        try Self.expectSameAsFoundation("") { $0.string($1) }
        try Self.expectSameAsFoundation(Self.longText) { $0.string($1) }
    }

    @Test("Arrays of strings written again are written as JSONEncoder writes them, more of them than are kept")
    func repeatedStringArraysMatchFoundation() throws {
        // Twelve arrays, each given again from its own storage, in an order that returns to arrays no longer kept;
        // written at two depths, which indent them differently.
        let paths = (0..<12).map { ["第\($0)节", "（\($0 % 3)）\"项目\""] } + [[]]
        let order = (0..<60).map { paths[($0 * 7 + $0 / 13) % paths.count] }
        try Self.expectSameAsFoundation(order) { writer, arrays in
            writer.beginArray()
            for array in arrays {
                writer.element()
                writer.repeatedStrings(array)
            }
            writer.endArray()
        }
        // The same arrays one level deeper, after the writer has kept them at the first level.
        try Self.expectSameAsFoundation(TwoDepths(a: order, b: [Array(order.reversed())])) { writer, value in
            writer.beginObject()
            writer.key("a")
            writer.beginArray()
            for array in value.a {
                writer.element()
                writer.repeatedStrings(array)
            }
            writer.endArray()
            writer.key("b")
            writer.beginArray()
            for arrays in value.b {
                writer.element()
                writer.beginArray()
                for array in arrays {
                    writer.element()
                    writer.repeatedStrings(array)
                }
                writer.endArray()
            }
            writer.endArray()
            writer.endObject()
        }
    }

    /// Arrays of strings at two depths.
    private struct TwoDepths: Encodable {
        var a: [[String]]
        var b: [[[String]]]
    }

    @Test("A string longer than a chunk is streamed in chunks")
    func longStringIsChunked() throws {
        var chunks: [[UInt8]] = []
        let value = WrittenValue(value: Self.longText) { $0.string($1) }
        try JSONOutput.write(value) { chunks.append(Array($0)) }
        #expect(chunks.count > 2)
        #expect(chunks.allSatisfy { !$0.isEmpty && $0.count <= JSONOutput.chunkSize })
        #expect(chunks.joined().elementsEqual(try JSONOutput.bytes(value)))
    }

    @Test("Runs of every length around the room left and the chunk size are streamed whole, in order, chunk by chunk")
    func runsAroundChunkBoundaries() throws {
        // A line feed makes the string's runs go through `append`, the one before it after `prefix` bytes.
        let chunkSize = 64
        for prefix in 0...70 {
            for length in 0...200 {
                let text = String(repeating: "a", count: prefix) + "\n" + String(repeating: "b", count: length)
                var chunks: [[UInt8]] = []
                var streamed = JSONByteWriter(pretty: false, chunkSize: chunkSize) { chunks.append(Array($0)) }
                streamed.string(text)
                try streamed.finish()
                var whole = JSONByteWriter(pretty: false)
                whole.string(text)
                #expect(chunks.allSatisfy { !$0.isEmpty && $0.count <= chunkSize })
                #expect(whole.withBytes { chunks.joined().elementsEqual($0) })
            }
        }
    }

    private struct SinkFailure: Error {}

    @Test("The sink is not called again once it threw, whichever call threw", arguments: 1...5)
    func sinkIsNotCalledAfterItThrew(failingCall: Int) {
        var calls = 0
        var writer = JSONByteWriter(pretty: false, chunkSize: 64) { _ in
            calls += 1
            if calls == failingCall { throw SinkFailure() }
        }
        writer.threads = 2
        // Pieces of 1,024 integers, each longer than a chunk.
        writer.array(Array(0..<5_000)) { $1.int($0) }
        #expect(throws: SinkFailure.self) { try writer.finish() }
        #expect(calls == failingCall)
    }

    @Test("Integers around every power of ten are written as their description")
    func integersAroundPowersOfTen() {
        var values: [Int] = [Int.min, Int.max]
        var power = 1
        for _ in 0...18 {
            values += [power - 1, power, power + 1].flatMap { [$0, -$0] }
            if power <= Int.max / 10 { power *= 10 }
        }
        for value in values {
            var writer = JSONByteWriter(pretty: false)
            writer.int(value)
            #expect(writer.withBytes { Array($0) } == Array(String(value).utf8), "\(value)")
        }
    }

    @Test(
        "Integers are written as JSONEncoder writes them",
        arguments: [
            0, 1, 9, 10, 99, 100, 999, 1_000, 12345, 100_001, -1, -9, -10, -99, -100, -12345, 1 << 53,
            999_999_999_999_999_999, 1_000_000_000_000_000_000, Int.max, Int.min, Int.max - 1, Int.min + 1,
        ])
    func integers(value: Int) throws {
        try Self.expectSameAsFoundation(value) { $0.int($1) }
    }

    static let significands: [UInt64] = [
        0, 1, 5, 9, 10, 12, 25, 99, 100, 125, 1000, 65535, 65536, 123_456_789, 1_000_000_007, 4_294_967_295,
        4_294_967_296, 281_474_976_710_655, 281_474_976_710_656, 9_999_999_999_999_999_999, .max,
    ]

    @Test("Decimals are written as JSONEncoder writes them (their description)", arguments: significands)
    func decimals(significand: UInt64) throws {
        for exponent in -30...30 {
            for sign in [FloatingPointSign.plus, .minus] {
                let value = Decimal(sign: sign, exponent: exponent, significand: Decimal(significand))
                try Self.expectSameAsFoundation(value) { $0.decimal($1) }
            }
        }
    }

    @Test("Decimals wider than 64 bits, NaN and parsed amounts are written as their description")
    func otherDecimals() throws {
        let values = [
            Decimal(string: "123456789012345678901234567890.123")!, Decimal(string: "-18446744073709551616")!,
            Decimal(string: "7250.74")! * 10000, Decimal(string: "-2.50")!, Decimal(string: "0.000125")!, .nan,
            Decimal(string: "12.5")! * 10000, Decimal(string: "3")!,
        ]
        for value in values {
            var writer = JSONByteWriter(pretty: false)
            writer.decimal(value)
            #expect(writer.withBytes { String(decoding: $0, as: UTF8.self) } == value.description)
        }
    }

    @Test("Decimals are read from their storage, not through their description, on this platform")
    func decimalLayoutIsKnown() {
        #expect(DecimalDigits.layoutIsKnown)
    }

    private struct Empties: Encodable {
        var array: [Int] = []
        var nested: [[[Int]]] = [[], [[]]]
        var object: [String: Int] = [:]
        var objects: [[String: Int]] = [[:], ["a": 1]]
    }

    @Test("Empty and nested containers are indented as JSONEncoder indents them")
    func emptyContainers() throws {
        try Self.expectSameAsFoundation(Empties()) { writer, value in
            writer.beginObject()
            writer.key("array")
            writer.beginArray()
            writer.endArray()
            writer.key("nested")
            writer.array(value.nested) { $1.array($0) { $1.array($0) { $1.int($0) } } }
            writer.key("object")
            writer.beginObject()
            writer.endObject()
            writer.key("objects")
            writer.beginArray()
            writer.element()
            writer.beginObject()
            writer.endObject()
            writer.element()
            writer.beginObject()
            writer.key("a")
            writer.int(1)
            writer.endObject()
            writer.endArray()
            writer.endObject()
        }
    }

    @Test("Keys out of order stop a debug build")
    func keysOutOfOrderTrap() async {
        await #expect(processExitsWith: .failure) {
            var writer = JSONByteWriter(pretty: false)
            writer.beginObject()
            writer.key("b")
            writer.null()
            writer.key("a")
            writer.null()
            writer.endObject()
        }
    }

    @Test(
        "A key may follow only keys whose UTF-8 bytes sort before its own",
        arguments: [
            ("", "a", true), ("a", "b", true), ("B", "_", true), ("_", "a", true), ("a", "a_b", true),
            ("a_b", "ab", true),
            ("ab", "中", true), ("b", "a", false), ("a", "a", false), ("ab", "a", false), ("中", "z", false),
        ])
    func keyOrder(previous: String, key: String, follows: Bool) {
        #expect(JSONByteWriter.keyFollows(Array(previous.utf8), key.utf8) == follows)
    }

    @Test("Keys are ordered by their UTF-8 bytes, each object on its own")
    func keyOrderIsPerObject() throws {
        var writer = JSONByteWriter(pretty: false)
        writer.beginObject()
        writer.key("B")
        writer.beginObject()
        writer.key("z")
        writer.null()
        writer.endObject()
        writer.key("_")
        writer.beginObject()
        writer.key("a")
        writer.null()
        writer.endObject()
        writer.key("a")
        writer.null()
        writer.key("a_b")
        writer.null()
        writer.key("ab")
        writer.null()
        writer.endObject()
        #expect(
            writer.withBytes { String(decoding: $0, as: UTF8.self) }
                == #"{"B":{"z":null},"_":{"a":null},"a":null,"a_b":null,"ab":null}"#)
    }
}

/// Model values that hold every optional member, so each is written at least once.
enum DocumentModelSamples {
    static var everyMember: Document {
        var properties = DocumentProperties()
        properties.title = "标题"
        properties.subject = "subject"
        properties.creator = "creator"
        properties.keywords = "a, b"
        properties.description = "line\nbreak"
        properties.lastModifiedBy = "someone"
        properties.revision = "3"
        properties.created = "2024-01-02T03:04:05Z"
        properties.modified = "2024-01-03T03:04:05Z"
        properties.application = "WPS Office"
        properties.applicationVersion = "11.1"
        properties.company = "某某科技有限公司"
        properties.template = "Normal.dotm"
        properties.pages = 2
        properties.words = 300
        properties.characters = 1200
        let cellLocation = Location(cells: [CellCoordinate(table: 1, row: 0, cell: 1)], inTextBox: true)
        let heading = Paragraph(
            index: 0, text: "一、总体情况", runs: [Run(text: "一、总体情况"), Run(text: "隐藏", isHidden: true)], styleID: "Heading1",
            headingLevel: 1, listLabel: ListLabel(text: "一、", separator: "", level: 0, numberingID: "7"),
            sectionPath: ["一、总体情况"])
        let table = Table(
            index: 1,
            rows: [
                TableRow(cells: [
                    TableCell(
                        blocks: [.paragraph(Paragraph(index: 2, text: "甲", location: cellLocation))], columnSpan: 2,
                        verticalMerge: .restart),
                    TableCell(verticalMerge: .continue), TableCell(),
                ])
            ], sectionPath: ["一、总体情况"])
        let note = Story(
            kind: .comment, id: "4", part: "word/comments.xml", author: "审阅人",
            blocks: [
                .paragraph(
                    Paragraph(
                        index: 3, text: "批注",
                        location: Location(story: .comment, part: "word/comments.xml", storyID: "4")))
            ])
        return Document(
            body: [.paragraph(heading), .table(table)],
            stories: [note, Story(kind: .header, part: "word/header1.xml")], properties: properties,
            warnings: [
                ReaderWarning(
                    code: .unknownElement, element: "w:foo", count: 2,
                    firstLocation: PartLocation(part: "word/document.xml", line: 12), message: "unknown"),
                ReaderWarning(
                    code: .missingPart, firstLocation: PartLocation(part: "word/footer1.xml"), message: "missing"),
                ReaderWarning(code: .contentNotRead, message: "object"),
            ])
    }
}
