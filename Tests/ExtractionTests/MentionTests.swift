import DocumentModel
import Extraction
import Foundation
import Testing

/// A mention keeps its block, span, text, story and section path, and reads them back from JSON.
@Suite struct MentionTests {
    @Test func fieldsReadBackAsSet() {
        var mention = Mention(
            block: 41, span: TextSpan(start: 3, end: 9), text: "瑞禾精密", story: .footnote, sectionPath: ["一、概况"])
        #expect(mention.block == 41 && mention.span == TextSpan(start: 3, end: 9))
        mention.block = 7
        mention.span = TextSpan(start: 0, end: 2)
        #expect(
            mention
                == Mention(
                    block: 7, span: TextSpan(start: 0, end: 2), text: "瑞禾精密", story: .footnote,
                    sectionPath: ["一、概况"]))
    }

    @Test func decodesWhatItEncodes() throws {
        let mention = Mention(block: 12, span: TextSpan(start: 5, end: 11), text: "1601.9万元", sectionPath: ["二"])
        let decoded = try JSONDecoder().decode(Mention.self, from: JSONEncoder().encode(mention))
        #expect(decoded == mention)
    }

    @Test func anOffsetBeyondThirtyTwoBitsIsADecodingError() {
        let json = #"{"block":1,"start":0,"end":4294967296,"text":"x","story":"body","section_path":[]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Mention.self, from: Data(json.utf8)) }
    }
}
