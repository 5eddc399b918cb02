import DocumentModel
import Docx
import TestSupport
import Testing

/// Every sample document reads to its hand-written expected text (see `Samples/GOLD.md`).
@Suite("Samples")
struct SampleTests {
    /// Samples that have a `<name>.expected.txt` beside them.
    static let samplesWithExpectedText: [String] = Fixtures.samples(withExtension: "docx").filter {
        Fixtures.text(atPath: expectedPath(for: $0, suffix: ".expected.txt")) != nil
    }

    private static func expectedPath(for sample: String, suffix: String) -> String {
        String(sample.dropLast(".docx".count)) + suffix
    }

    private static func fileName(_ path: String) -> String { String(path.split(separator: "/").last ?? "") }

    @Test func samplesAreFound() {
        #expect(Self.samplesWithExpectedText.map(Self.fileName).contains("features.docx"))
    }

    @Test(arguments: samplesWithExpectedText)
    func sampleReadsToItsExpectedText(path: String) throws {
        let expected = try #require(Fixtures.text(atPath: Self.expectedPath(for: path, suffix: ".expected.txt")))
        let text = try DocxReader().read(contentsOf: path).plainText()
        #expect(text == expected, "\(Self.fileName(path)): first difference \(Self.firstDifference(text, expected))")
    }

    @Test(arguments: Fixtures.samples(withExtension: "docx"))
    func streamingTheBodyHandsOnTheBlocksAWholeReadKeeps(path: String) throws {
        let whole = try DocxReader().read(contentsOf: path)
        let streamed = StreamedBlocks()
        let rest = try DocxReader().read(contentsOf: path) { streamed.blocks.append($0) }
        #expect(streamed.blocks == whole.body, "\(Self.fileName(path))")
        #expect(rest.body.isEmpty)
        #expect(rest.stories == whole.stories)
        #expect(rest.warnings == whole.warnings)
    }

    @Test(arguments: Fixtures.samples(withExtension: "docx"))
    func handingOnTheBodyOfBytesInMemoryGivesTheBlocksAWholeReadKeeps(path: String) throws {
        let bytes = try #require(Fixtures.bytes(atPath: path))
        let whole = try DocxReader().read(bytes: bytes, name: path)
        let handed = StreamedBlocks()
        let rest = try DocxReader().read(bytes: bytes, name: path) { handed.blocks.append($0) }
        #expect(handed.blocks == whole.body, "\(Self.fileName(path))")
        #expect(rest.body.isEmpty)
        #expect(rest.stories == whole.stories)
        #expect(rest.warnings == whole.warnings)
    }

    @Test func featuresSampleWithStoriesReadsToItsExpectedPartsText() throws {
        let path = Fixtures.samplesDirectory + "/features.docx"
        let expected = try #require(Fixtures.text(atPath: Self.expectedPath(for: path, suffix: ".expected-parts.txt")))
        let text = try DocxReader().read(contentsOf: path).plainText(includingStories: true)
        #expect(text == expected, "first difference \(Self.firstDifference(text, expected))")
    }

    /// The first line where two texts differ, to make a failing golden readable.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(actualLines.count, expectedLines.count) {
            let got = index < actualLines.count ? String(actualLines[index]) : "<none>"
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
            if got != want {
                return "at line \(index + 1): got \(got.debugDescription), expected \(want.debugDescription)"
            }
        }
        return "none"
    }
}

/// The blocks a streaming read handed on, in order.
private final class StreamedBlocks {
    var blocks: [Block] = []
}
