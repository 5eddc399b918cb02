import Foundation
import Testing

@testable import Extraction

/// Reads `input` as one number with its trailing scale (万, 亿, 千万), or nil unless all of it is one number.
///
/// The number is read after a leading 共, as in running text (at the start of a line, `24. 3` would be an
/// outline label followed by a number).
private func parseWhole(_ input: String) -> Decimal? {
    ScalarText.reading("共" + input) { text in
        guard let number = NumberReader.read(text, at: 1) else { return nil }
        var value = number.value
        var end = number.end
        if number.form == .arabic,
            let scale = ScaleSuffix.read(text, at: ScalarGap.skip(in: text, from: end), blockingUnits: WordTrie([]))
        {
            value = value.scaled(byPowerOfTen: scale.exponent)
            end = scale.end
        }
        return end == text.count ? value.decimal : nil
    }
}

/// The number `NumberReader` reads at `index` of `string`.
private func number(in string: String, at index: Int) -> ParsedNumber? {
    ScalarText.reading(string) { NumberReader.read($0, at: index) }
}

@Suite struct NumberParsingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var input: String
        var value: String
        var testDescription: String { "\(input) → \(value)" }
    }

    static let numbers: [Case] = [
        Case(input: "0", value: "0"),
        Case(input: "7", value: "7"),
        Case(input: "1608", value: "1608"),
        Case(input: "2,000", value: "2000"),
        Case(input: "2，000", value: "2000"),
        Case(input: "12,345,678", value: "12345678"),
        Case(input: "1,234.56", value: "1234.56"),
        Case(input: "48.5", value: "48.5"),
        Case(input: "0.64", value: "0.64"),
        Case(input: "１４", value: "14"),
        Case(input: "７２５０．７４", value: "7250.74"),
        Case(input: "１，２００", value: "1200"),
        Case(input: "7250.74万", value: "72507400"),
        Case(input: "8356.27万", value: "83562700"),
        Case(input: "1.2万", value: "12000"),
        Case(input: "3千万", value: "30000000"),
        Case(input: "2.5亿", value: "250000000"),
        Case(input: "5百万", value: "5000000"),
        Case(input: "3万亿", value: "3000000000000"),
        Case(input: "24. 3 亿", value: "2430000000"),
        Case(input: "24.\u{00A0}3亿", value: "2430000000"),
        Case(input: "24.\u{3000}3亿", value: "2430000000"),
        Case(input: "12\n0238", value: "120238"),
        Case(input: "15 \n万", value: "150000"),
        Case(input: "十", value: "10"),
        Case(input: "十四", value: "14"),
        Case(input: "二十", value: "20"),
        Case(input: "一百零五", value: "105"),
        Case(input: "一千零五十", value: "1050"),
        Case(input: "一千二百", value: "1200"),
        Case(input: "一千二", value: "1200"),
        Case(input: "一万五", value: "15000"),
        Case(input: "两", value: "2"),
        Case(input: "两万三千", value: "23000"),
        Case(input: "二十万", value: "200000"),
        Case(input: "三千五百万", value: "35000000"),
        Case(input: "一亿二千万", value: "120000000"),
        Case(input: "三万亿", value: "3000000000000"),
        Case(input: "壹佰贰拾", value: "120"),
        Case(input: "叁仟肆佰伍拾陆", value: "3456"),
        Case(input: "玖拾玖万", value: "990000"),
        Case(input: "十万零八", value: "100008"),
        Case(input: "十二点五", value: "12.5"),
        Case(input: "三点五亿", value: "350000000"),
        Case(input: "二〇二四", value: "2024"),
        Case(input: "二零二三", value: "2023"),
    ]

    @Test(arguments: numbers)
    func numberParsesExactly(_ testCase: Case) {
        #expect(parseWhole(testCase.input) == exact(testCase.value))
    }

    static let notNumbers = ["万", "亿", "千", "百", "零", "〇五", "十二五", "十四五", "万万", "x", "xx", "**"]

    @Test(arguments: notNumbers)
    func wordIsNotANumber(_ input: String) {
        #expect(parseWhole(input) == nil)
    }

    @Test func separatorNeedsExactlyThreeDigits() {
        // "2,00" and "2,0000" are not grouped numbers: the reading stops before the comma.
        #expect(parseWhole("2,00") == nil)
        #expect(parseWhole("2,0000") == nil)
        #expect(parseWhole("12345,678") == nil)
    }

    @Test func outlineLabelIsNotJoinedToTheNextNumber() {
        #expect(number(in: "1. 2023年", at: 0)?.value == 1)
        #expect(number(in: "共计 1. 5亿", at: 3)?.value.decimal == exact("1.5"))
    }

    @Test func brokenNumberAtLineStartIsAnOutlineLabel() {
        #expect(number(in: "24. 3亿", at: 0)?.value == 24)
        #expect(number(in: "前言\n12 3家", at: 3)?.value == 12)
        #expect(number(in: "124. 3亿", at: 0)?.value.decimal == exact("124.3"))
    }

    @Test func sectionNumberIsNotADecimal() {
        #expect(number(in: "3.2.1", at: 0) == nil)
    }

    @Test func sevenThousandTwoHundredFiftyPointSevenFourWanIsExact() throws {
        let value = try #require(parseWhole("7250.74万"))
        #expect(value == Decimal(72_507_400))
        #expect("\(value)" == "72507400")
    }
}
