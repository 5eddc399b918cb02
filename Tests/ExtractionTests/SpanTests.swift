import Extraction
import Testing

@Suite struct SpanTests {
    @Test func spansCountUnicodeScalarsAfterChineseText() throws {
        let sentence = "园区2024年实现产值3.5亿元，同比增长12%，新增企业8家。"
        let findings = builtInScanner.scan(sentence)
        #expect(findings.dates.map(\.span) == [TextSpan(start: 2, end: 7)])
        #expect(findings.amounts.map(\.span) == [TextSpan(start: 11, end: 16)])
        #expect(findings.percentages.map(\.span) == [TextSpan(start: 21, end: 24)])
        #expect(findings.counts.map(\.span) == [TextSpan(start: 29, end: 31)])
    }

    @Test func astralScalarsCountOnce() throws {
        // 𠀋 (U+2000B) is one scalar but two UTF-16 code units.
        let sentence = "𠀋𠀋集团投资5000万元"
        let amount = try #require(builtInScanner.scan(sentence).amounts.first)
        #expect(amount.span == TextSpan(start: 6, end: 12))
        #expect(amount.text == "5000万元")
    }

    @Test func combiningMarksAreSeparateScalars() throws {
        // "é" written as e + U+0301 is two scalars.
        let sentence = "Cafe\u{301}投资3亿元"
        let amount = try #require(builtInScanner.scan(sentence).amounts.first)
        #expect(amount.span == TextSpan(start: 7, end: 10))
    }

    static let sentences = [
        "全年新增高新技术企业３２家，通过认定２６家，资金落实率达７６%。",
        "截至２０２４年１１月底，累计拨付资金2,476.35万元，其中市级资金1150万，含共享。",
        "推荐甲乙科技、丙丁材料等5家企业申请区级资金，每家不超过250万元。",
        "使用统筹资金1. 86 亿元，其中科技扶持0.64亿元，比上年提高0.4个百分点。",
        "2025年上半年，新签约项目26个、协议总投资186.4亿元，完成年度目标的57%。",
        "举办培训3期，吸引近520名居民参与，发放资料3000余份。",
    ]

    @Test(arguments: sentences)
    func everySpanMatchesItsText(_ sentence: String) {
        let findings = builtInScanner.scan(sentence)
        for amount in findings.amounts { #expect(scalars(of: sentence, in: amount.span) == amount.text) }
        for count in findings.counts { #expect(scalars(of: sentence, in: count.span) == count.text) }
        for percentage in findings.percentages {
            #expect(scalars(of: sentence, in: percentage.span) == percentage.text)
        }
        for date in findings.dates { #expect(scalars(of: sentence, in: date.span) == date.text) }
    }

    @Test(arguments: sentences)
    func findingsNeverOverlap(_ sentence: String) {
        let spans = allSpans(builtInScanner.scan(sentence))
        for (left, right) in zip(spans, spans.dropFirst()) {
            #expect(left.end <= right.start, "\(left) overlaps \(right)")
        }
    }
}
