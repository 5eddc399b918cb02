import Testing
import XMLStream

@Suite("XMLStreamParser")
struct XMLStreamParserTests {
    private static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private static func record(
        _ xml: String, attributes: [XMLName] = [], prefixes: [String] = [], maxDepth: Int = 256
    ) throws -> EventRecorder {
        let recorder = EventRecorder(attributesOfInterest: attributes, prefixesToResolve: prefixes)
        let parser = XMLStreamParser(handler: recorder, vocabulary: recorder.vocabulary, maxDepth: maxDepth)
        try parser.parse(Array(xml.utf8))
        return recorder
    }

    // MARK: Events

    @Test func eventsArriveInDocumentOrder() throws {
        let recorder = try Self.record("<a><b>one</b><c/>two</a>")
        #expect(
            recorder.events == [
                .start(.plain("a"), attributes: [:]),
                .start(.plain("b"), attributes: [:]),
                .text("one"),
                .end(.plain("b")),
                .start(.plain("c"), attributes: [:]),
                .end(.plain("c")),
                .text("two"),
                .end(.plain("a")),
            ])
    }

    @Test func textIsSkippedWhenTheHandlerDoesNotWantIt() throws {
        let recorder = EventRecorder()
        recorder.acceptsText = false
        try XMLStreamParser(handler: recorder, vocabulary: recorder.vocabulary).parse(
            Array("<a>hidden<b>also</b></a>".utf8))
        #expect(recorder.allText == "")
        #expect(recorder.startedElements == [.plain("a"), .plain("b")])
    }

    @Test func cdataIsDeliveredAsText() throws {
        let text = try Self.record("<a><![CDATA[1 < 2 & 3]]></a>").allText
        #expect(text == "1 < 2 & 3")
    }

    @Test func multibyteTextIsDecodedAsUTF8() throws {
        let text = try Self.record("<a>营业收入24.3亿元，同比增长12.5％</a>").allText
        #expect(text == "营业收入24.3亿元，同比增长12.5％")
    }

    // MARK: Attributes

    @Test func attributeIsFoundByItsCode() throws {
        let val = XMLName(namespace: Self.w, local: "val")
        let recorder = try Self.record(
            #"<w:pStyle xmlns:w="\#(Self.w)" w:val="Heading1" other="x"/>"#, attributes: [val, .plain("other")])
        #expect(
            recorder.events.first
                == .start(
                    XMLName(namespace: Self.w, local: "pStyle"), attributes: [val: "Heading1", .plain("other"): "x"]))
    }

    @Test func attributeWithAnotherNamespaceIsNotFound() throws {
        let val = XMLName(namespace: Self.w, local: "val")
        let recorder = try Self.record(#"<e xmlns:x="urn:other" x:val="1" val="2"/>"#, attributes: [val])
        #expect(recorder.events.first == .start(.plain("e"), attributes: [:]))
    }

    @Test(arguments: [
        ("a &amp; b", "a & b"),
        ("&lt;tag&gt;", "<tag>"),
        ("&quot;quoted&quot; &apos;single&apos;", "\"quoted\" 'single'"),
        ("&#x26;&#38;", "&&"),
        ("&#x4E2D;&#25991;", "中文"),
        ("&amp;#38;", "&#38;"),
    ])
    func entitiesInAttributeValuesAreDecoded(written: String, expected: String) throws {
        let recorder = try Self.record(#"<e a="\#(written)"/>"#, attributes: [.plain("a")])
        #expect(recorder.events.first == .start(.plain("e"), attributes: [.plain("a"): expected]))
    }

    @Test(arguments: [
        ("a &amp; b", "a & b"),
        ("1 &lt; 2 &gt; 0", "1 < 2 > 0"),
        ("&quot;&apos;", "\"'"),
        ("&#x4E2D;&#25991;", "中文"),
        ("&amp;amp;", "&amp;"),
    ])
    func entitiesInTextAreDecoded(written: String, expected: String) throws {
        let text = try Self.record("<t>\(written)</t>").allText
        #expect(text == expected)
    }

    // MARK: Namespaces

    @Test func elementNamesCarryTheirNamespaceURINotTheirPrefix() throws {
        let recorder = try Self.record(
            #"<x:a xmlns:x="urn:one"><y:b xmlns:y="urn:two"/><c xmlns="urn:three"/><d/></x:a>"#)
        #expect(
            recorder.startedElements == [
                XMLName(namespace: "urn:one", local: "a"), XMLName(namespace: "urn:two", local: "b"),
                XMLName(namespace: "urn:three", local: "c"), .plain("d"),
            ])
    }

    @Test func differentPrefixesForOneNamespaceGiveEqualNames() throws {
        let recorder = try Self.record(#"<w:p xmlns:w="\#(Self.w)"><x:p xmlns:x="\#(Self.w)"/></w:p>"#)
        #expect(
            recorder.startedElements == [
                XMLName(namespace: Self.w, local: "p"), XMLName(namespace: Self.w, local: "p"),
            ])
    }

    @Test func prefixesResolveToTheNamespaceInScope() throws {
        let recorder = try Self.record(
            #"<a xmlns="urn:default" xmlns:p="urn:outer"><b xmlns:p="urn:inner"/><c/></a>"#, prefixes: ["p", "", "q"])
        #expect(
            recorder.resolvedPrefixes == [
                ["p": "urn:outer", "": "urn:default", "q": nil],
                ["p": "urn:inner", "": "urn:default", "q": nil],
                ["p": "urn:outer", "": "urn:default", "q": nil],
            ])
    }

    // MARK: Hardening

    @Test func doctypeIsRefused() {
        let error = #expect(throws: XMLStreamError.self) { try Self.record("<!DOCTYPE a>\n<a/>") }
        #expect(error?.code == .doctypeForbidden)
    }

    @Test func externalEntityIsRefusedAndNeverRead() {
        let xml = #"<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>"#
        let recorder = EventRecorder()
        let error = #expect(throws: XMLStreamError.self) {
            try XMLStreamParser(handler: recorder, vocabulary: recorder.vocabulary).parse(Array(xml.utf8))
        }
        #expect(error?.code == .doctypeForbidden)
        #expect(!recorder.allText.contains("root:"))
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var xml = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">"#
        xml += #"<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">"#
        for level in 2...9 {
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        xml += "]><lolz>&lol9;</lolz>"
        let clock = ContinuousClock()
        let start = clock.now
        let error = #expect(throws: XMLStreamError.self) { try Self.record(xml) }
        #expect(error?.code == .doctypeForbidden)
        #expect(clock.now - start < .seconds(1))
    }

    @Test func malformedXMLThrowsMalformedWithTheLine() {
        let error = #expect(throws: XMLStreamError.self) { try Self.record("<a>\n<b>\n</c>\n</a>") }
        #expect(error?.code == .malformed)
        #expect(error?.line == 3)
    }

    @Test(arguments: ["", "<a>", "<a></a><b/>", "<a b=\"1\" b=\"2\"/>", "text only", "<a>&undefined;</a>"])
    func illFormedDocumentThrowsMalformed(xml: String) {
        let error = #expect(throws: XMLStreamError.self) { try Self.record(xml) }
        #expect(error?.code == .malformed)
    }

    @Test func nestingDeeperThanTheLimitThrowsTooDeep() {
        let xml = String(repeating: "<a>", count: 6) + String(repeating: "</a>", count: 6)
        let error = #expect(throws: XMLStreamError.self) { try Self.record(xml, maxDepth: 5) }
        #expect(error?.code == .tooDeep)
    }

    @Test func nestingAtTheLimitIsAccepted() throws {
        let xml = String(repeating: "<a>", count: 5) + String(repeating: "</a>", count: 5)
        let count = try Self.record(xml, maxDepth: 5).startedElements.count
        #expect(count == 5)
    }

    @Test func depthCountsOpenElementsNotElementsSeen() throws {
        let xml = "<r>" + String(repeating: "<a><b/></a>", count: 50) + "</r>"
        let count = try Self.record(xml, maxDepth: 3).startedElements.count
        #expect(count == 101)
    }

    // MARK: Chunking

    @Test func feedingOneByteAtATimeGivesTheSameEvents() throws {
        let xml = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <w:document xmlns:w="\#(Self.w)"><w:body>
            <w:p><w:r><w:t xml:space="preserve">一、总体情况 &amp; 营业收入24.3亿元</w:t></w:r></w:p>
            <w:p w:rsidR="00A1" attr="&lt;中&gt;"><w:r><w:t>第二段 ① ２０２４年</w:t></w:r></w:p>
            </w:body></w:document>
            """#
        let attributes = [XMLName(namespace: Self.w, local: "rsidR"), .plain("attr")]
        let whole = try Self.record(xml, attributes: attributes)

        let recorder = EventRecorder(attributesOfInterest: attributes)
        let parser = XMLStreamParser(handler: recorder, vocabulary: recorder.vocabulary)
        for byte in Array(xml.utf8) {
            let chunk = [byte]
            try parser.feed(chunk.span)
        }
        try parser.finish()
        #expect(recorder.events == whole.events)
        #expect(recorder.allText.contains("一、总体情况 & 营业收入24.3亿元"))
    }

    @Test func finishTwiceIsHarmless() throws {
        let recorder = EventRecorder()
        let parser = XMLStreamParser(handler: recorder, vocabulary: recorder.vocabulary)
        let bytes = Array("<a/>".utf8)
        try parser.feed(bytes.span)
        try parser.finish()
        try parser.finish()
        #expect(recorder.startedElements == [.plain("a")])
    }
}
