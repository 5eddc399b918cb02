import DocumentModel
import Docx
import Extraction
import Foundation
import TestSupport
import Testing

/// One report written by five producers (`Samples/interop/`, see its README) reads to the same text and
/// gives the same findings, whichever producer wrote it.
@Suite("Interop samples")
struct InteropTests {
    static let directory = Fixtures.samplesDirectory + "/interop"

    /// pandoc, LibreOffice and python-docx wrote theirs; the WPS and Google Docs files are hand-written in their style.
    static let producers = ["pandoc.docx", "libreoffice.docx", "python-docx.docx", "wps.docx", "google-docs.docx"]

    /// The producer whose findings the others are compared with.
    static let reference = "python-docx.docx"

    private static func read(_ file: String) throws -> Document {
        try DocxReader().read(contentsOf: directory + "/" + file)
    }

    @Test(arguments: producers)
    func readsToTheExpectedText(file: String) throws {
        let expected = try #require(Fixtures.text(atPath: Self.directory + "/expected.txt"))
        let text = try Self.read(file).plainText()
        #expect(text == expected, "\(file): first difference \(SampleTests.firstDifference(text, expected))")
    }

    /// No producer here should need one: see "What the tests check" in the README.
    @Test(arguments: producers)
    func readsWithoutWarnings(file: String) throws {
        let warnings = try Self.read(file).warnings.map {
            "\($0.code.rawValue) \($0.element ?? "-") ×\($0.count) at \($0.firstLocation?.description ?? "?")"
        }
        #expect(warnings.isEmpty, "\(file): \(warnings)")
    }

    /// Heading styles are recognised whatever their ids (`Heading1`, WPS's "2"), so the outline is the same.
    @Test(arguments: producers.filter { $0 != reference })
    func outlineIsTheSameAsPythonDocx(file: String) throws {
        func outline(_ file: String) throws -> [String] {
            try Self.read(file).bodyParagraphs.compactMap { paragraph in
                paragraph.headingLevel.map { "\($0) \(paragraph.sectionPath.joined(separator: " / "))" }
            }
        }
        let reference = try outline(Self.reference)
        #expect(reference.count == 8)
        #expect(try outline(file) == reference, "\(file)")
    }

    /// The WPS file has no typed outline labels: "一、" and "（一）" come from its Chinese numbering definitions.
    @Test func wpsOutlineLabelsComeFromNumbering() throws {
        let headings = try Self.read("wps.docx").bodyParagraphs.filter { $0.headingLevel != nil }
        #expect(headings.map { $0.listLabel?.text ?? "" } == ["一、", "（一）", "（二）", "（三）", "（四）", "（五）", "二、", "三、"])
        #expect(headings.map { $0.listLabel?.separator } == Array(repeating: "", count: headings.count))
        #expect(headings.first?.text == "主要工作成效")
    }

    // MARK: Findings

    private struct Amount: Comparable, CustomStringConvertible {
        var text: String
        var value: Decimal
        static func < (a: Self, b: Self) -> Bool { (a.text, a.value) < (b.text, b.value) }
        var description: String { "\(text)=\(value)" }
    }

    private struct Count: Comparable, CustomStringConvertible {
        var text: String
        var value: Decimal
        var unit: String
        static func < (a: Self, b: Self) -> Bool { (a.text, a.value, a.unit) < (b.text, b.value, b.unit) }
        var description: String { "\(text)=\(value)\(unit)" }
    }

    private struct Percentage: Comparable, CustomStringConvertible {
        var text: String
        var value: Decimal
        var points: Bool
        static func < (a: Self, b: Self) -> Bool { (a.text, a.value) < (b.text, b.value) }
        var description: String { "\(text)=\(value)\(points ? "pt" : "%")" }
    }

    private struct Findings: Equatable {
        var amounts: [Amount]
        var counts: [Count]
        var percentages: [Percentage]
        /// Each enterprise as "name (alias, alias)".
        var enterprises: [String]
        var organizations: [String]
        /// Each fact as "category count: name, name".
        var countFacts: [String]
    }

    private static func findings(_ file: String) throws -> Findings {
        let result = DocumentExtractor().extract(from: try read(file))
        return Findings(
            amounts: result.amounts.map { Amount(text: $0.finding.text, value: $0.finding.value) }.sorted(),
            counts: result.counts.map { Count(text: $0.finding.text, value: $0.finding.value, unit: $0.finding.unit) }
                .sorted(),
            percentages: result.percentages.map {
                Percentage(text: $0.finding.text, value: $0.finding.value, points: $0.finding.isPoints)
            }.sorted(),
            enterprises: result.enterprises.map { "\($0.name) (\($0.aliases.sorted().joined(separator: ", ")))" }
                .sorted(),
            organizations: result.organizations.map(\.name).sorted(),
            countFacts: result.countFacts.map {
                "\($0.category ?? "-") \($0.count.map { "\($0)" } ?? "-"): \($0.enterprises.joined(separator: ", "))"
            }.sorted())
    }

    /// The comparison below would pass on two empty lists; the reference must find what the report holds.
    @Test func referenceFindingsAreNotEmpty() throws {
        let reference = try Self.findings(Self.reference)
        #expect(reference.amounts.contains(Amount(text: "865.4万元", value: 8_654_000)))
        #expect(reference.amounts.contains(Amount(text: "3亿元", value: 300_000_000)))
        #expect(reference.counts.contains(Count(text: "12家", value: 12, unit: "家")))
        #expect(reference.percentages.contains(Percentage(text: "12.5%", value: 12.5, points: false)))
        #expect(reference.enterprises.contains("甲乙科技有限公司 (甲乙科技)"))
        #expect(reference.countFacts.contains("市级专精特新企业 4: 甲乙科技, 丙丁材料, 戊己生物, 庚辛电子"))
    }

    /// Texts and values only: block indices and spans may differ, because a label that comes from numbering.xml
    /// (the WPS headings) is not part of `Paragraph.text`, so a finding in such a heading starts earlier.
    @Test(arguments: producers.filter { $0 != reference })
    func findingsAreTheSameAsPythonDocx(file: String) throws {
        let reference = try Self.findings(Self.reference)
        let findings = try Self.findings(file)
        #expect(findings.amounts == reference.amounts, "\(file) amounts")
        #expect(findings.counts == reference.counts, "\(file) counts")
        #expect(findings.percentages == reference.percentages, "\(file) percentages")
        #expect(findings.enterprises == reference.enterprises, "\(file) enterprises")
        #expect(findings.organizations == reference.organizations, "\(file) organizations")
        #expect(findings.countFacts == reference.countFacts, "\(file) count facts")
    }
}
