/// Renders list counters in WordprocessingML number formats (`w:numFmt`), Chinese formats included.
enum ListNumberFormatter {
    private static let chineseDigits = Array("〇一二三四五六七八九")
    private static let countingDigits = Array("零一二三四五六七八九")
    private static let legalDigits = Array("零壹贰叁肆伍陆柒捌玖")
    private static let heavenlyStems = Array("甲乙丙丁戊己庚辛壬癸")
    private static let earthlyBranches = Array("子丑寅卯辰巳午未申酉戌亥")
    private static let enclosedCircle = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")
    private static let enclosedParen = Array("⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇")
    private static let enclosedFullStop = Array("⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛")

    /// The text of `value` in `format`; unknown formats fall back to decimal, as Word does.
    static func format(_ value: Int, as format: String, custom: String? = nil) -> String {
        switch format {
        case "decimal", "ordinal", "cardinalText", "ordinalText", "decimalHalfWidth": return String(value)
        case "decimalZero": return value >= 0 && value < 10 ? "0\(value)" : String(value)
        case "upperRoman": return roman(value)
        case "lowerRoman": return roman(value).lowercased()
        case "upperLetter": return letters(value)
        case "lowerLetter": return letters(value).lowercased()
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
            "taiwaneseCountingThousand", "koreanCounting", "japaneseDigitalTenThousand":
            return chineseCounting(
                value, digits: countingDigits, units: ["", "十", "百", "千"], omitLeadingOneBeforeTen: true)
        case "chineseLegalSimplified", "japaneseLegal":
            return chineseCounting(
                value, digits: legalDigits, units: ["", "拾", "佰", "仟"], omitLeadingOneBeforeTen: false)
        case "ideographDigital", "taiwaneseDigital", "koreanDigital", "koreanDigital2":
            return value < 0 ? String(value) : String(String(value).map { chineseDigits[Int(String($0)) ?? 0] })
        case "ideographTraditional": return cyclic(value, heavenlyStems)
        case "ideographZodiac", "ideographZodiacTraditional": return cyclic(value, earthlyBranches)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle":
            return enclosed(value, enclosedCircle)
        case "decimalEnclosedParen": return enclosed(value, enclosedParen)
        case "decimalEnclosedFullstop": return enclosed(value, enclosedFullStop)
        case "decimalFullWidth", "decimalFullWidth2":
            return String(
                String(value).unicodeScalars.map { scalar -> Character in
                    guard scalar.isASCII, scalar.properties.numericType != nil else { return Character(scalar) }
                    return Character(Unicode.Scalar(scalar.value - 0x30 + 0xFF10) ?? scalar)
                })
        case "none": return ""
        case "custom": return customFormat(value, sample: custom)
        default: return String(value)
        }
    }

    /// Chinese counting: 十, 十一, 二十, 一百零一, 一万零五 … (`omitLeadingOneBeforeTen` drops 一 in 一十 … 一十九).
    static func chineseCounting(_ value: Int, digits: [Character], units: [String], omitLeadingOneBeforeTen: Bool)
        -> String
    {
        guard value > 0 else { return value == 0 ? String(digits[0]) : String(value) }
        let bigUnits = ["", "万", "亿", "万亿"]
        var groups: [Int] = []
        var rest = value
        while rest > 0 {
            groups.append(rest % 10_000)
            rest /= 10_000
        }
        var result = ""
        var pendingZero = false
        for (groupIndex, group) in groups.enumerated().reversed() {
            if group == 0 {
                pendingZero = !result.isEmpty
                continue
            }
            if !result.isEmpty && (group < 1000 || pendingZero) { result.append(digits[0]) }
            pendingZero = false
            result += groupText(
                group, digits: digits, units: units, isLeading: result.isEmpty, omitLeadingOne: omitLeadingOneBeforeTen)
            result += bigUnits[min(groupIndex, bigUnits.count - 1)]
        }
        return result
    }

    private static func groupText(
        _ group: Int, digits: [Character], units: [String], isLeading: Bool, omitLeadingOne: Bool
    ) -> String {
        var text = ""
        var zero = false
        for position in stride(from: 3, through: 0, by: -1) {
            let divisor = [1, 10, 100, 1000][position]
            let digit = group / divisor % 10
            if digit == 0 {
                if !text.isEmpty { zero = true }
                continue
            }
            if zero { text.append(digits[0]); zero = false }
            let skipOne = omitLeadingOne && isLeading && text.isEmpty && position == 1 && digit == 1 && group < 20
            if !skipOne { text.append(digits[digit]) }
            text += units[position]
        }
        return text
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
            (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var text = ""
        for (amount, numeral) in table {
            while rest >= amount {
                text += numeral
                rest -= amount
            }
        }
        return text
    }

    /// A, B … Z, AA, BB … (Word repeats the letter).
    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func cyclic(_ value: Int, _ symbols: [Character]) -> String {
        guard value > 0 else { return String(value) }
        return String(symbols[(value - 1) % symbols.count])
    }

    private static func enclosed(_ value: Int, _ symbols: [Character]) -> String {
        value >= 1 && value <= symbols.count ? String(symbols[value - 1]) : String(value)
    }

    /// `w:format` samples such as "001, 002, 003, ..." give zero-padded decimals; others fall back to decimal.
    private static func customFormat(_ value: Int, sample: String?) -> String {
        guard let first = sample?.split(separator: ",").first?.trimmingCharacters(in: " "), first.allSatisfy(\.isASCII),
            first.allSatisfy(\.isNumber), first.count > 1
        else { return String(value) }
        let digits = String(value)
        return String(repeating: "0", count: max(0, first.count - digits.count)) + digits
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> Substring {
        var text = self
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return text
    }
}
