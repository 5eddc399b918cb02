import Extraction
import Foundation
import Testing

/// The scanner takes its words from the rules, so extending the rules extends what it finds.
@Suite struct RulesDrivenTests {
    private static func scanner(extendedWith json: String) throws -> NumericScanner {
        let file = try RulesFile.decode(Data(json.utf8))
        return NumericScanner(rules: try file.applied(to: .builtIn))
    }

    @Test func addedMeasureWordMakesCounts() throws {
        #expect(builtInScanner.scan("育苗大棚5垄").counts.isEmpty)
        let scanner = try Self.scanner(extendedWith: #"{"version": 1, "measure_words": ["垄"]}"#)
        let count = try #require(scanner.scan("育苗大棚5垄").counts.first)
        #expect(count.text == "5垄")
        #expect(count.subject == "育苗大棚")
    }

    @Test func addedCurrencyMakesAmounts() throws {
        let json = #"{"version": 1, "currencies": [{"code": "KRW", "prefixes": ["₩"], "suffixes": ["韩元"]}]}"#
        let scanner = try Self.scanner(extendedWith: json)
        let amount = try #require(scanner.scan("合作方出资300亿韩元").amounts.first)
        #expect(amount.currency == "KRW")
        #expect(amount.value == exact("30000000000"))
        #expect(scanner.scan("出资₩500万").amounts.first?.text == "₩500万")
    }

    @Test func addedContextWordAcceptsBareScale() throws {
        #expect(builtInScanner.scan("全年奖金池1500万").amounts.isEmpty)
        let scanner = try Self.scanner(extendedWith: #"{"version": 1, "money_context_words": ["奖金池"]}"#)
        #expect(scanner.scan("全年奖金池1500万").amounts.first?.isBareScale == true)
    }

    @Test func addedNonMoneyUnitRejectsBareScale() throws {
        #expect(builtInScanner.scan("投资建设1.5万标方").amounts.count == 1)
        let scanner = try Self.scanner(extendedWith: #"{"version": 1, "non_money_units": ["标方"]}"#)
        #expect(scanner.scan("投资建设1.5万标方").amounts.isEmpty)
    }

    @Test func addedQualifierIsRead() throws {
        let scanner = try Self.scanner(extendedWith: #"{"version": 1, "qualifiers": {"max_before": ["封顶为"]}}"#)
        #expect(scanner.scan("补贴封顶为80万元").amounts.first?.qualifier == .max)
    }
}
