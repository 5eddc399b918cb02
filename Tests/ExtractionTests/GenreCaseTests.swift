import DocumentModel
import Extraction
import Foundation
import Testing

/// Sentences in the genre's style, written for this repository with the enterprises and counts a careful reader
/// takes from them and the traps a naive reader falls into (`Resources/genre-cases.json`), one family of rules each.
@Suite("Genre cases by rule family")
struct GenreCaseTests {
    struct Case: Decodable, Sendable, CustomTestStringConvertible {
        struct Count: Decodable, Sendable {
            var text: String
            var value: Decimal
        }

        var family: String
        var text: String
        var enterprises: [String]
        var notEnterprises: [String]
        var counts: [Count]
        var notCounts: [String]

        var testDescription: String { "\(family): \(text.prefix(24))…" }

        private enum CodingKeys: String, CodingKey {
            case family, text, enterprises, counts
            case notEnterprises = "not_enterprises"
            case notCounts = "not_counts"
        }
    }

    static let cases: [Case] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Resources/genre-cases.json")
        guard let data = try? Data(contentsOf: path), let cases = try? JSONDecoder().decode([Case].self, from: data)
        else {
            return []
        }
        return cases
    }()

    /// The share of each family's expected enterprises that must be found, as measured when the rules were written.
    static let enterpriseRecallFloors: [String: Double] = [
        "brand_list": 0.90, "project_head": 0.75, "context_brand": 0.85, "legal_forms": 0.90, "left_edge": 1.0,
        "pdf_break": 0.85,
    ]

    private static let extractor = DocumentExtractor()

    private static func result(of text: String) -> DocumentExtractor.Result {
        extractor.extract(from: [Paragraph(index: 0, text: text)])
    }

    /// The names an enterprise is known by, without line feeds.
    private static func forms(_ result: DocumentExtractor.Result) -> Set<String> {
        Set(result.enterprises.flatMap { [$0.name] + $0.aliases }.map { $0.replacingOccurrences(of: "\n", with: "") })
    }

    @Test("The case file is read and every family is present")
    func casesAreRead() {
        let families = Set(Self.cases.map(\.family))
        #expect(Self.cases.count >= 90)
        #expect(families.isSuperset(of: Self.enterpriseRecallFloors.keys))
        #expect(families.isSuperset(of: ["category_not_name", "count_measures", "count_traps"]))
    }

    @Test("No trap is taken for an enterprise", arguments: cases.filter { !$0.notEnterprises.isEmpty })
    func trapsAreNotEnterprises(_ genreCase: Case) {
        let names = Self.forms(Self.result(of: genreCase.text))
        for trap in genreCase.notEnterprises {
            #expect(!names.contains(trap), "\(trap) taken as an enterprise in \(genreCase.text)")
        }
    }

    @Test("Every expected count is read with its value, and no trap is", arguments: cases)
    func countsAreRead(_ genreCase: Case) {
        let counts = Self.result(of: genreCase.text).counts.map(\.finding)
        for expected in genreCase.counts {
            #expect(
                counts.contains { $0.text == expected.text && $0.value == expected.value },
                "\(expected.text) not read in \(genreCase.text)")
        }
        for trap in genreCase.notCounts {
            #expect(!counts.contains { $0.text == trap }, "\(trap) read as a count in \(genreCase.text)")
        }
    }

    @Test("Each family's expected enterprises are found at its floor", arguments: enterpriseRecallFloors.keys.sorted())
    func enterprisesAreFound(family: String) throws {
        let cases = Self.cases.filter { $0.family == family }
        var expected = 0
        var found = 0
        for genreCase in cases {
            let names = Self.forms(Self.result(of: genreCase.text))
            expected += genreCase.enterprises.count
            found += genreCase.enterprises.filter { names.contains($0) }.count
        }
        let floor = try #require(Self.enterpriseRecallFloors[family])
        #expect(expected > 0)
        #expect(Double(found) / Double(expected) >= floor, "\(family): \(found) of \(expected) found")
    }
}
