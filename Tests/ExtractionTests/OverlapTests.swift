import Extraction
import Testing

@Suite struct OverlapTests {
    @Test func pointsWinOverTheCountInside() {
        let findings = builtInScanner.scan("提高3个百分点")
        #expect(findings.percentages.map(\.text) == ["3个百分点"])
        #expect(findings.counts.isEmpty)
    }

    @Test func dateWinsOverNumberParts() {
        let findings = builtInScanner.scan("2023年11月30日")
        #expect(findings.dates.map(\.text) == ["2023年11月30日"])
        #expect(findings.counts.isEmpty && findings.amounts.isEmpty && findings.percentages.isEmpty)
    }

    @Test func longerPrefixedAmountWins() {
        let findings = builtInScanner.scan("融资US$300万元")
        #expect(findings.amounts.map(\.text) == ["US$300万元"])
    }

    @Test func brokenNumberIsReadWholeNotFromItsSecondHalf() {
        let findings = builtInScanner.scan("投入24. 3 亿元")
        #expect(findings.amounts.map(\.text) == ["24. 3 亿元"])
        #expect(findings.counts.isEmpty)
    }

    @Test func mixedSentenceYieldsEachFindingOnce() {
        let findings = builtInScanner.scan("2024年一季度，园区15家企业获得资金1200万，占比达48%。")
        #expect(findings.dates.map(\.text) == ["2024年一季度"])
        #expect(findings.counts.map(\.text) == ["15家"])
        #expect(findings.amounts.map(\.text) == ["1200万"])
        #expect(findings.percentages.map(\.text) == ["48%"])
    }

    @Test func emptyAndNumberlessTextYieldNothing() {
        #expect(builtInScanner.scan("") == NumericFindings())
        #expect(builtInScanner.scan("坚持创新驱动发展战略，全力做好服务工作。") == NumericFindings())
    }

    @Test func longTextScansEveryRepetition() {
        let sentence = "新增企业3家，投资500万元，占12%，2024年底完成。"
        let text = String(repeating: sentence, count: 2000)
        let findings = builtInScanner.scan(text)
        #expect(findings.counts.count == 2000)
        #expect(findings.amounts.count == 2000)
        #expect(findings.percentages.count == 2000)
        #expect(findings.dates.count == 2000)
    }
}
