import Extraction
import Testing

@Suite struct DateTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var text: String
        var year: Int? = nil
        var month: Int? = nil
        var day: Int? = nil
        var period: String? = nil
        var testDescription: String { sentence }
    }

    static let dates: [Case] = [
        Case(sentence: "于2022年10月18日挂牌", text: "2022年10月18日", year: 2022, month: 10, day: 18),
        Case(sentence: "于2022年10月18号挂牌", text: "2022年10月18号", year: 2022, month: 10, day: 18),
        Case(sentence: "截至2022年10月，", text: "2022年10月", year: 2022, month: 10),
        Case(sentence: "2022年，园区", text: "2022年", year: 2022),
        Case(sentence: "1998年建成", text: "1998年", year: 1998),
        Case(sentence: "2022年度专项资金", text: "2022年度", year: 2022),
        Case(sentence: "截至10月底", text: "10月底", month: 10, period: "月底"),
        Case(sentence: "截至１０月底", text: "１０月底", month: 10, period: "月底"),
        Case(sentence: "6月初启动", text: "6月初", month: 6, period: "月初"),
        Case(sentence: "十一月上旬", text: "十一月上旬", month: 11, period: "上旬"),
        Case(sentence: "于6月18日举行", text: "6月18日", month: 6, day: 18),
        Case(sentence: "九月份", text: "九月份", month: 9),
        Case(sentence: "7月份起", text: "7月份", month: 7),
        Case(sentence: "上半年完成", text: "上半年", period: "上半年"),
        Case(sentence: "下半年力争", text: "下半年", period: "下半年"),
        Case(sentence: "2025年上半年", text: "2025年上半年", year: 2025, period: "上半年"),
        Case(sentence: "2025年下半年", text: "2025年下半年", year: 2025, period: "下半年"),
        Case(sentence: "一季度实现", text: "一季度", period: "一季度"),
        Case(sentence: "第三季度", text: "第三季度", period: "第三季度"),
        Case(sentence: "前三季度累计", text: "前三季度", period: "前三季度"),
        Case(sentence: "2025年第一季度", text: "2025年第一季度", year: 2025, period: "第一季度"),
        Case(sentence: "2025年二季度", text: "2025年二季度", year: 2025, period: "二季度"),
        Case(sentence: "到年底", text: "年底", period: "年底"),
        Case(sentence: "年初制定", text: "年初", period: "年初"),
        Case(sentence: "年末余额", text: "年末", period: "年末"),
        Case(sentence: "于2021年底改制", text: "2021年底", year: 2021, period: "年底"),
        Case(sentence: "2021年初", text: "2021年初", year: 2021, period: "年初"),
        Case(sentence: "二〇二四年工作", text: "二〇二四年", year: 2024),
        Case(sentence: "二零二三年", text: "二零二三年", year: 2023),
        Case(sentence: "时间：2022-03-09", text: "2022-03-09", year: 2022, month: 3, day: 9),
        Case(sentence: "日期 2022/3/9 发布", text: "2022/3/9", year: 2022, month: 3, day: 9),
        Case(sentence: "日期2022.03.09", text: "2022.03.09", year: 2022, month: 3, day: 9),
        Case(sentence: "2022 年 3 月", text: "2022 年 3 月", year: 2022, month: 3),
    ]

    @Test(arguments: dates)
    func dateIsRead(_ testCase: Case) throws {
        let findings = builtInScanner.scan(testCase.sentence)
        #expect(findings.dates.count == 1)
        let date = try #require(findings.dates.first)
        #expect(date.text == testCase.text)
        #expect(date.year == testCase.year)
        #expect(date.month == testCase.month)
        #expect(date.day == testCase.day)
        #expect(date.period == testCase.period)
        #expect(scalars(of: testCase.sentence, in: date.span) == date.text)
        #expect(findings.counts.isEmpty)
    }

    static let nonDates = ["1800年", "23年", "2300年", "13月", "2023月底", "今年初步完成", "3个月", "12,023年"]

    @Test(arguments: nonDates)
    func textHasNoDate(_ sentence: String) {
        #expect(builtInScanner.scan(sentence).dates.isEmpty)
    }

    @Test func invalidDayKeepsTheMonth() throws {
        let date = try #require(builtInScanner.scan("5月32日").dates.first)
        #expect(date.text == "5月")
        #expect(date.day == nil)
    }
}
