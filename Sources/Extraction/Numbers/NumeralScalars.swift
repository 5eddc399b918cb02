/// Classifies the scalars numbers are written with: Arabic and full-width digits, separators, Chinese numerals.
enum NumeralScalars {
    /// The value of an ASCII or full-width digit.
    static func arabicDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)
        default: nil
        }
    }

    /// Whether the scalar is a decimal point (`.` or full-width `．`).
    static func isDecimalPoint(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "\u{FF0E}"
    }

    /// Whether the scalar may separate thousands (`,` or full-width `，`).
    static func isThousandsSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "\u{FF0C}"
    }

    /// The value of a Chinese digit, including the financial forms (壹贰叁) and the zeros 〇/零.
    static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
        chineseDigits[scalar]
    }

    /// Whether the scalar is one of the Chinese zeros (零, 〇, ○).
    static func isChineseZero(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "零" || scalar == "〇" || scalar == "○"
    }

    /// The value of a Chinese unit below ten thousand: 十/拾 10, 百/佰 100, 千/仟 1000.
    static func chineseSmallUnit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "十", "拾": 10
        case "百", "佰": 100
        case "千", "仟": 1000
        default: nil
        }
    }

    /// The power of ten of a large Chinese unit: 万/萬 4, 亿/億 8.
    static func chineseLargeUnitExponent(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "万", "萬": 4
        case "亿", "億": 8
        default: nil
        }
    }

    /// Whether the scalar is part of a Chinese numeral (a digit or a unit).
    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        chineseDigit(scalar) != nil || chineseSmallUnit(scalar) != nil || chineseLargeUnitExponent(scalar) != nil
    }

    /// Whether the scalar is an ASCII or full-width Latin letter.
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        default: false
        }
    }

    /// Whether the scalar is a CJK ideograph.
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    private static let chineseDigits: [Unicode.Scalar: Int] = [
        "〇": 0, "○": 0, "零": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "三": 3, "叁": 3,
        "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
        "九": 9, "玖": 9,
    ]
}
