import Extraction
import Foundation
import SeededRandom
import Testing

/// Scans seeded random text built from the characters numbers are made of, and checks what must always hold.
@Suite struct ScannerInvariantTests {
    private static let pieces = [
        "0", "1", "2", "3", "5", "9", "１", "２", "．", ".", ",", "，", " ", "\n", "\u{3000}", "\u{00A0}", "-", "—", "～",
        "至", "一", "二", "两", "十", "百", "千", "万", "亿", "零", "〇", "壹", "拾", "元", "万元", "亿元", "美元", "人民币",
        "￥", "$", "%", "％", "百分之", "个百分点", "家", "个", "人次", "人", "期", "类", "年", "月", "日", "底", "度",
        "季度", "上半年", "第", "约", "近", "超过", "不超过", "以上", "左右", "多", "余", "资金", "投资", "企业", "项目",
        "吨", "平方米", "的", "，", "。", "xx", "**", "x", "G", "𠀋",
    ]

    @Test func randomTextKeepsTheInvariants() {
        var generator = SplitMix64(seed: 0xD1CE)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                text += Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)]
            }
            let findings = builtInScanner.scan(text)
            let scalarCount = text.unicodeScalars.count
            let spans = allSpans(findings)
            for span in spans { #expect(span.start >= 0 && span.start < span.end && span.end <= scalarCount) }
            for (left, right) in zip(spans, spans.dropFirst()) { #expect(left.end <= right.start, "\(text)") }
            for amount in findings.amounts {
                #expect(scalars(of: text, in: amount.span) == amount.text)
                #expect(amount.valueMax.map { $0 > amount.value } ?? true)
            }
            for count in findings.counts {
                #expect(scalars(of: text, in: count.span) == count.text)
                #expect(count.value >= 0)
            }
            for percentage in findings.percentages {
                #expect(scalars(of: text, in: percentage.span) == percentage.text)
            }
            for date in findings.dates {
                #expect(scalars(of: text, in: date.span) == date.text)
                #expect(date.month.map { (1...12).contains($0) } ?? true)
                #expect(date.day.map { (1...31).contains($0) } ?? true)
                #expect(date.year.map { (1900...2099).contains($0) } ?? true)
            }
            #expect(builtInScanner.scan(text) == findings)
        }
    }

    @Test func pathologicalRunsStayLinear() {
        let digitsWithBlanks = String(repeating: "1 ", count: 50_000)
        let groupedChain = String(repeating: "1,000", count: 20_000)
        let numerals = String(repeating: "一二三四五六七八九十", count: 10_000)
        for text in [digitsWithBlanks, groupedChain, numerals] {
            _ = builtInScanner.scan(text)
        }
    }
}
