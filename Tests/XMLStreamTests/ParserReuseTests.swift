import Testing
import XMLStream

@Suite("XMLStreamParser reuse and XMLParserPool")
struct ParserReuseTests {
    private static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private static let first = #"""
        <w:document xmlns:w="\#(w)" xmlns:x="urn:x"><w:body>
        <w:p w:rsidR="01"><w:r><w:t>第一份</w:t></w:r></w:p>
        </w:body></w:document>
        """#
    private static let second = #"""
        <w:document xmlns:w="\#(w)"><w:body><w:tbl><w:tr><w:tc>
        <w:p w:rsidR="02"><w:r><w:t xml:space="preserve">第二份 &amp; 3家</w:t></w:r></w:p>
        </w:tc></w:tr></w:tbl><w:p/></w:body></w:document>
        """#
    private static let rsidR = XMLName(namespace: w, local: "rsidR")

    /// The events of `xml` parsed by `parser` (which must be reusable) into a new recorder on its vocabulary.
    private static func record(_ xml: String, with parser: XMLStreamParser, vocabulary: NameTable) throws
        -> EventRecorder
    {
        let recorder = EventRecorder(vocabulary: vocabulary, attributesOfInterest: [rsidR], prefixesToResolve: ["x"])
        parser.begin(handler: recorder)
        try parser.parse(Array(xml.utf8))
        return recorder
    }

    /// The events of `xml` parsed by a new parser.
    private static func freshRecord(_ xml: String) throws -> EventRecorder {
        let vocabulary = NameTable()
        return try record(xml, with: XMLStreamParser(vocabulary: vocabulary), vocabulary: vocabulary)
    }

    @Test func aParserThatFinishedParsesTheNextDocumentAsANewOneWould() throws {
        let vocabulary = NameTable()
        let parser = XMLStreamParser(vocabulary: vocabulary)
        _ = try Self.record(Self.first, with: parser, vocabulary: vocabulary)
        #expect(parser.isReusable)
        let reused = try Self.record(Self.second, with: parser, vocabulary: vocabulary)
        let fresh = try Self.freshRecord(Self.second)
        #expect(reused.events == fresh.events)
        #expect(reused.allText.contains("第二份 & 3家"))
    }

    @Test func namespacesOfTheLastDocumentAreNotKept() throws {
        let vocabulary = NameTable()
        let parser = XMLStreamParser(vocabulary: vocabulary)
        let first = try Self.record(Self.first, with: parser, vocabulary: vocabulary)
        #expect(first.resolvedPrefixes.first?["x"] == .some("urn:x"))
        let second = try Self.record(Self.second, with: parser, vocabulary: vocabulary)
        #expect(second.resolvedPrefixes.allSatisfy { $0["x"] == .some(nil) })
    }

    @Test func aReusedParserCountsLinesFromTheStartOfItsDocument() throws {
        let vocabulary = NameTable()
        let parser = XMLStreamParser(vocabulary: vocabulary)
        _ = try Self.record(Self.first, with: parser, vocabulary: vocabulary)
        let error = #expect(throws: XMLStreamError.self) {
            _ = try Self.record("<a>\n<b></a>", with: parser, vocabulary: vocabulary)
        }
        #expect(error?.code == .malformed)
        #expect(error?.line == 2)
    }

    /// `<a>中文</a>` in UTF-16LE and in UTF-8, each after its byte-order mark.
    private static let markedDocuments: [[UInt8]] = [
        [0xFF, 0xFE]
            + "<a>中文</a>".utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] },
        [0xEF, 0xBB, 0xBF] + Array("<a>中文</a>".utf8),
    ]

    @Test(arguments: markedDocuments)
    func aReusedParserDetectsTheEncodingOfItsDocument(bytes: [UInt8]) throws {
        let vocabulary = NameTable()
        let parser = XMLStreamParser(vocabulary: vocabulary)
        _ = try Self.record(Self.first, with: parser, vocabulary: vocabulary)
        let recorder = EventRecorder(vocabulary: vocabulary)
        parser.begin(handler: recorder)
        try parser.parse(bytes)
        #expect(recorder.allText == "中文")
    }

    @Test("A document in a declared single-byte encoding, then one in UTF-8, read on one parser as on new ones")
    func aReusedParserFollowsEachDocumentsEncoding() throws {
        let latin1: [UInt8] =
            Array(#"<?xml version="1.0" encoding="ISO-8859-1"?><a>caf"#.utf8) + [0xE9] + Array("</a>".utf8)
        let vocabulary = NameTable()
        let parser = XMLStreamParser(vocabulary: vocabulary)
        for (bytes, text) in [(latin1, "café"), (Array("<a>中文</a>".utf8), "中文"), (latin1, "café")] {
            let recorder = EventRecorder(vocabulary: vocabulary)
            parser.begin(handler: recorder)
            try parser.parse(bytes)
            #expect(recorder.allText == text)
        }
    }

    @Test("A parser whose names take many bytes is not kept, however few they are")
    func aParserWithLongNamesIsNotKept() throws {
        let uri = "urn:" + String(repeating: "x", count: XMLStreamParser.maxReusableNameBytes)
        let vocabulary = NameTable()
        let parser = XMLStreamParser(vocabulary: vocabulary)
        _ = try Self.record(#"<p:a xmlns:p="\#(uri)"/>"#, with: parser, vocabulary: vocabulary)
        #expect(!parser.isReusable)
    }

    @Test("The handler is told when its document ends, cleanly or not")
    func theHandlerIsToldWhenTheDocumentEnds() throws {
        for (xml, fails) in [("<a/>", false), ("<a><b></a>", true)] {
            let vocabulary = NameTable()
            let recorder = EventRecorder(vocabulary: vocabulary)
            let parser = XMLStreamParser(handler: recorder, vocabulary: vocabulary)
            #expect(recorder.endedParses == 0)
            let failed = (try? parser.parse(Array(xml.utf8))) == nil
            #expect(failed == fails)
            #expect(recorder.endedParses == 1)
        }
    }

    @Test func aFailedParserThrowsItsErrorAgainWhenFed() throws {
        let vocabulary = NameTable()
        let parser = XMLStreamParser(handler: EventRecorder(vocabulary: vocabulary), vocabulary: vocabulary)
        let first = #expect(throws: XMLStreamError.self) { try parser.feed(Array("<a></b>".utf8).span) }
        let again = #expect(throws: XMLStreamError.self) { try parser.feed(Array("<c/>".utf8).span) }
        #expect(again?.message == first?.message)
    }

    @Test func aReusedParserStillRefusesADoctype() throws {
        let vocabulary = NameTable()
        let parser = XMLStreamParser(vocabulary: vocabulary)
        _ = try Self.record(Self.first, with: parser, vocabulary: vocabulary)
        let error = #expect(throws: XMLStreamError.self) {
            _ = try Self.record(#"<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>"#, with: parser, vocabulary: vocabulary)
        }
        #expect(error?.code == .doctypeForbidden)
    }

    @Test func aParserThatFailedCannotBeginAgain() throws {
        let vocabulary = NameTable()
        let parser = XMLStreamParser(vocabulary: vocabulary)
        #expect(throws: XMLStreamError.self) { _ = try Self.record("<a><b></a>", with: parser, vocabulary: vocabulary) }
        #expect(!parser.isReusable)
    }

    @Test func aParserStillParsingCannotBeginAgain() throws {
        let vocabulary = NameTable()
        let parser = XMLStreamParser(handler: EventRecorder(vocabulary: vocabulary), vocabulary: vocabulary)
        try parser.feed(Array("<a>".utf8).span)
        #expect(!parser.isReusable)
    }

    @Test func aParserThatInternedManyNamesIsNotKept() throws {
        let names = (0...XMLStreamParser.maxReusableNames).map { "<n\($0)/>" }.joined()
        let vocabulary = NameTable()
        let parser = XMLStreamParser(vocabulary: vocabulary)
        _ = try Self.record("<a>\(names)</a>", with: parser, vocabulary: vocabulary)
        #expect(!parser.isReusable)
        let pool = XMLParserPool(capacity: 2) { NameTable() }
        pool.recycle(parser)
        #expect(pool.idleCount == 0)
    }

    @Test func thePoolHandsBackAParserThatFinished() throws {
        let pool = XMLParserPool(capacity: 2) { NameTable() }
        let parser = pool.take()
        let vocabulary = try #require(parser.vocabulary as? NameTable)
        _ = try Self.record(Self.first, with: parser, vocabulary: vocabulary)
        pool.recycle(parser)
        #expect(pool.idleCount == 1)
        #expect(pool.take() === parser)
        #expect(pool.idleCount == 0)
    }

    @Test func thePoolDropsAParserThatFailed() throws {
        let pool = XMLParserPool(capacity: 2) { NameTable() }
        let parser = pool.take()
        let vocabulary = try #require(parser.vocabulary as? NameTable)
        #expect(throws: XMLStreamError.self) { _ = try Self.record("<a>", with: parser, vocabulary: vocabulary) }
        pool.recycle(parser)
        #expect(pool.idleCount == 0)
    }

    @Test func thePoolKeepsNoMoreThanItsCapacity() throws {
        let pool = XMLParserPool(capacity: 2) { NameTable() }
        let parsers = (0..<3).map { _ in pool.take() }
        for parser in parsers { pool.recycle(parser) }
        #expect(pool.idleCount == 2)
    }
}
