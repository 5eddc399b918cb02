import Extraction
import Foundation
import SeededRandom
import Testing

/// Formats random amounts the ways reports write them and checks that scanning gives back the exact value.
@Suite struct RoundTripTests {
    static let seed: UInt64 = 0x5EED_2024
    static let caseCount = 600

    private struct Sample {
        var written: String
        var expected: Decimal
    }

    private static let scales: [(unit: String, factor: Decimal)] = [
        ("元", 1), ("万元", 10_000), ("亿元", 100_000_000),
    ]

    /// One random amount, written with one of the shapes reports use.
    private static func sample(using generator: inout SplitMix64) -> Sample {
        let scale = scales[Int.random(in: 0..<scales.count, using: &generator)]
        let shape = Int.random(in: 0..<6, using: &generator)
        switch shape {
        case 0, 1:
            // An integer, plain or grouped by thousands (ASCII or full-width comma).
            let value = Int.random(in: 1...999_999_999, using: &generator)
            let written =
                shape == 0 ? String(value) : grouped(value, separator: Bool.random(using: &generator) ? "," : "，")
            return Sample(written: written + scale.unit, expected: Decimal(value) * scale.factor)
        case 2:
            // A decimal with one to four fraction digits.
            let whole = Int.random(in: 0...99_999, using: &generator)
            let fractionDigits = Int.random(in: 1...4, using: &generator)
            var fraction = String(Int.random(in: 0..<power(10, fractionDigits), using: &generator))
            fraction = String(repeating: "0", count: fractionDigits - fraction.count) + fraction
            let literal = "\(whole).\(fraction)"
            return Sample(written: literal + scale.unit, expected: exact(literal) * scale.factor)
        case 3:
            // Full-width digits and decimal point.
            let whole = Int.random(in: 1...99_999, using: &generator)
            let fraction = Int.random(in: 0...99, using: &generator)
            let literal = fraction == 0 ? "\(whole)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
            return Sample(written: fullWidth(literal) + scale.unit, expected: exact(literal) * scale.factor)
        case 4:
            // A Chinese numeral; below 10⁴ before 万元/亿元, as reports write them.
            let limit = scale.factor == 1 ? 99_999_999 : 9_999
            let value = Int.random(in: 1...limit, using: &generator)
            let financial = Int.random(in: 0..<4, using: &generator) == 0
            return Sample(
                written: ChineseNumeralFormatter.format(value, financial: financial) + scale.unit,
                expected: Decimal(value) * scale.factor)
        default:
            // A number broken by PDF conversion: a blank after the decimal point and before the unit.
            let whole = Int.random(in: 1...9_999, using: &generator)
            let fraction = Int.random(in: 1...9, using: &generator)
            let blank = [" ", "\u{00A0}", "\u{3000}", "\n"][Int.random(in: 0..<4, using: &generator)]
            return Sample(
                written: "\(whole).\(blank)\(fraction) \(scale.unit)",
                expected: exact("\(whole).\(fraction)") * scale.factor)
        }
    }

    private static func grouped(_ value: Int, separator: String) -> String {
        let digits = Array(String(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }

    private static func fullWidth(_ literal: String) -> String {
        String(
            String.UnicodeScalarView(
                literal.unicodeScalars.map { scalar in
                    switch scalar {
                    case "0"..."9": Unicode.Scalar(scalar.value - 0x30 + 0xFF10)!
                    case ".": "．"
                    default: scalar
                    }
                }))
    }

    private static func power(_ base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { product, _ in product * base }
    }

    @Test func formattedAmountsReadBackExactly() {
        var generator = SplitMix64(seed: Self.seed)
        var failures: [String] = []
        for _ in 0..<Self.caseCount {
            let sample = Self.sample(using: &generator)
            let sentence = "项目获得支持" + sample.written + "。"
            let amounts = builtInScanner.scan(sentence).amounts
            if amounts.count != 1 || amounts.first?.value != sample.expected || amounts.first?.text != sample.written {
                failures.append(
                    "\(sample.written) → \(amounts.map { "\($0.text)=\($0.value)" }) expected \(sample.expected)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(Self.caseCount) failed: \(failures.prefix(10))")
    }

    @Test func chineseNumeralsReadBackExactly() {
        var generator = SplitMix64(seed: Self.seed ^ 0xC0FFEE)
        var failures: [String] = []
        for _ in 0..<Self.caseCount {
            let value = Int.random(in: 1...99_999_999, using: &generator)
            let written = ChineseNumeralFormatter.format(value) + "元"
            let amount = builtInScanner.scan("奖励" + written).amounts.first
            if amount?.value != Decimal(value) { failures.append("\(written) → \(String(describing: amount?.value))") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test func formatterWritesReportNumerals() {
        #expect(ChineseNumeralFormatter.format(15) == "十五")
        #expect(ChineseNumeralFormatter.format(105) == "一百零五")
        #expect(ChineseNumeralFormatter.format(1200) == "一千二百")
        #expect(ChineseNumeralFormatter.format(35_000_000) == "三千五百万")
        #expect(ChineseNumeralFormatter.format(10_010) == "一万零一十")
        #expect(ChineseNumeralFormatter.format(120, financial: true) == "壹佰贰拾")
    }
}
