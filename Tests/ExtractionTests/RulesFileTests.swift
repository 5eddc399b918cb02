import DocumentModel
import Extraction
import Foundation
import Testing

@Suite("Rules files")
struct RulesFileTests {
    @Test("The built-in rules compiled at build time equal rules.json decoded at run time")
    func compiledRulesEqualTheFile() throws {
        let decoded = try RulesFile.decode(Data(ExtractionRules.builtInJSON.utf8)).applied(to: nil)
        #expect(decoded == ExtractionRules.builtIn)
    }

    @Test("An extending file appends to the built-in lists without duplicates")
    func extendAppends() throws {
        let file = try RulesFile.decode(Data(#"{"version": 1, "measure_words": ["丛", "家"]}"#.utf8))
        let rules = try file.applied(to: .builtIn)
        #expect(rules[.measureWords].last == "丛")
        #expect(rules[.measureWords].filter { $0 == "家" }.count == 1)
        #expect(rules[.enterpriseSuffixes] == ExtractionRules.builtIn[.enterpriseSuffixes])
    }

    @Test("A replacing file replaces the lists it gives and keeps the others")
    func replaceReplaces() throws {
        let file = try RulesFile.decode(Data(#"{"version": 1, "mode": "replace", "enterprise_suffixes": ["酒业"]}"#.utf8))
        let rules = try file.applied(to: .builtIn)
        #expect(rules[.enterpriseSuffixes] == ["酒业"])
        #expect(rules[.measureWords] == ExtractionRules.builtIn[.measureWords])
    }

    @Test("An unsupported version is refused")
    func versionIsChecked() {
        #expect(throws: RulesError.self) { try RulesFile.decode(Data(#"{"version": 2}"#.utf8)) }
    }

    @Test("A new measure word makes new counts")
    func measureWordFromRules() throws {
        let rules = try RulesFile.decode(Data(#"{"version": 1, "measure_words": ["丛"]}"#.utf8)).applied(to: .builtIn)
        let findings = NumericScanner(rules: rules).scan("种植月季120丛。")
        #expect(findings.counts.map(\.unit) == ["丛"])
        #expect(NumericScanner(rules: .builtIn).scan("种植月季120丛。").counts.isEmpty)
    }

    @Test("A new enterprise suffix makes a name in an enterprise column an enterprise")
    func suffixFromRules() throws {
        let rules = try RulesFile.decode(Data(#"{"version": 1, "enterprise_suffixes": ["绣坊"]}"#.utf8)).applied(
            to: .builtIn)
        let header = Location(cells: [CellCoordinate(table: 0, row: 0, cell: 0)])
        let cell = Location(cells: [CellCoordinate(table: 0, row: 1, cell: 0)])
        let paragraphs = [
            Paragraph(index: 1, text: "企业名称", location: header), Paragraph(index: 2, text: "甲乙丙丁绣坊", location: cell),
        ]
        #expect(DocumentExtractor(rules: rules).extract(from: paragraphs).enterprises.map(\.name) == ["甲乙丙丁绣坊"])
        #expect(DocumentExtractor(rules: .builtIn).extract(from: paragraphs).enterprises.isEmpty)
    }
}
