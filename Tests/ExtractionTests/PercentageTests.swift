import Extraction
import Foundation
import Testing

@Suite struct PercentageTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var text: String
        var value: String
        var isPoints = false
        var qualifier: Qualifier? = nil
        var testDescription: String { sentence }
    }

    static let percentages: [Case] = [
        Case(sentence: "兑现率达91%", text: "91%", value: "91"),
        Case(sentence: "兑现率达91％", text: "91％", value: "91"),
        Case(sentence: "兑现率达９１％", text: "９１％", value: "91"),
        Case(sentence: "占比37.5%，", text: "37.5%", value: "37.5"),
        Case(sentence: "增长12.5 %", text: "12.5 %", value: "12.5"),
        Case(sentence: "比重达到百分之四十六", text: "百分之四十六", value: "46"),
        Case(sentence: "比重达到百分之12", text: "百分之12", value: "12"),
        Case(sentence: "完成率百分之百", text: "百分之百", value: "100"),
        Case(sentence: "下降百分之十二点五", text: "百分之十二点五", value: "12.5"),
        Case(sentence: "比上年提高2个百分点", text: "2个百分点", value: "2", isPoints: true),
        Case(sentence: "增速提高3.2个百分点", text: "3.2个百分点", value: "3.2", isPoints: true),
        Case(sentence: "下降三个百分点", text: "三个百分点", value: "3", isPoints: true),
        Case(sentence: "回落0.5百分点", text: "0.5百分点", value: "0.5", isPoints: true),
        Case(sentence: "覆盖率约80%", text: "80%", value: "80", qualifier: .approx),
        Case(sentence: "满意度90%以上", text: "90%", value: "90", qualifier: .min),
        Case(sentence: "比例仅为百分之五十八左右", text: "百分之五十八", value: "58", qualifier: .approx),
        Case(sentence: "不超过30%", text: "30%", value: "30", qualifier: .max),
    ]

    @Test(arguments: percentages)
    func percentageIsRead(_ testCase: Case) throws {
        let findings = builtInScanner.scan(testCase.sentence)
        #expect(findings.percentages.count == 1)
        let percentage = try #require(findings.percentages.first)
        #expect(percentage.text == testCase.text)
        #expect(percentage.value == exact(testCase.value))
        #expect(percentage.isPoints == testCase.isPoints)
        #expect(percentage.qualifier == testCase.qualifier)
        #expect(scalars(of: testCase.sentence, in: percentage.span) == percentage.text)
        #expect(findings.counts.isEmpty)
    }

    static let nonPercentages = ["百分之", "百分之xx", "x%", "xx%", "**%", "百分百努力"]

    @Test(arguments: nonPercentages)
    func textHasNoPercentage(_ sentence: String) {
        #expect(builtInScanner.scan(sentence).percentages.isEmpty)
    }
}
