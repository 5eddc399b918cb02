/// Writes whole numbers below 10⁸ as Chinese numerals, the way reports do (一千二百, 十五, 一百零五, 三千五百万).
enum ChineseNumeralFormatter {
    private static let plainDigits: [Character] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
    private static let financialDigits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]

    /// The numeral for `value` (0 < value < 10⁸), in everyday or financial (壹贰叁) characters.
    static func format(_ value: Int, financial: Bool = false) -> String {
        precondition(value > 0 && value < 100_000_000)
        let high = value / 10_000
        let low = value % 10_000
        var result = ""
        if high > 0 {
            result += section(high, financial: financial, isLeading: true) + "万"
            if low > 0 {
                if low < 1000 { result += "零" }
                result += section(low, financial: financial, isLeading: false)
            }
        } else {
            result = section(low, financial: financial, isLeading: true)
        }
        return result
    }

    /// A section below 10⁴; a leading 一十 is written 十 (十五), except in financial characters.
    private static func section(_ value: Int, financial: Bool, isLeading: Bool) -> String {
        let digits = financial ? financialDigits : plainDigits
        let units: [String] = financial ? ["仟", "佰", "拾", ""] : ["千", "百", "十", ""]
        let places = [value / 1000, value / 100 % 10, value / 10 % 10, value % 10]
        var result = ""
        var pendingZero = false
        var started = false
        for (index, digit) in places.enumerated() {
            if digit == 0 {
                if started { pendingZero = true }
                continue
            }
            if pendingZero {
                result.append(digits[0])
                pendingZero = false
            }
            let isBareTen = index == 2 && digit == 1 && !started && isLeading && !financial
            if !isBareTen { result.append(digits[digit]) }
            result += units[index]
            started = true
        }
        return result
    }
}
