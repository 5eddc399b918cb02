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
        let digit = chineseClass(of: scalar) & 0x0F
        return digit == 0 ? nil : Int(digit) - 1
    }

    /// Whether the scalar is one of the Chinese zeros (零, 〇, ○).
    static func isChineseZero(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "零" || scalar == "〇" || scalar == "○"
    }

    /// The value of a Chinese unit below ten thousand: 十/拾 10, 百/佰 100, 千/仟 1000.
    static func chineseSmallUnit(_ scalar: Unicode.Scalar) -> Int? {
        switch chineseClass(of: scalar) >> 4 & 0x3 {
        case 1: 10
        case 2: 100
        case 3: 1000
        default: nil
        }
    }

    /// The power of ten of a large Chinese unit: 万/萬 4, 亿/億 8.
    static func chineseLargeUnitExponent(_ scalar: Unicode.Scalar) -> Int? {
        switch chineseClass(of: scalar) >> 6 {
        case 1: 4
        case 2: 8
        default: nil
        }
    }

    /// Every scalar that may start a number: the ASCII and full-width digits and the Chinese numerals (exactly the
    /// scalars ``arabicDigit(_:)`` or ``isChineseNumeral(_:)`` accept).
    static var numberStarts: [Unicode.Scalar] {
        Array("0123456789０１２３４５６７８９〇○零一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億".unicodeScalars)
    }

    /// Whether the scalar is part of a Chinese numeral (a digit or a unit).
    static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        chineseClass(of: scalar) != 0
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

    /// The scalar's class among the Chinese numerals in one byte: the digit value plus one in bits 0–3, the small
    /// unit in bits 4–5 (1 十, 2 百, 3 千), the large unit in bits 6–7 (1 万, 2 亿); 0 for every other scalar.
    ///
    /// Numbers are looked for at most positions of a text: one switch over the scalar value (which the compiler
    /// makes a binary search) answers every question about it, with no dictionary and no global table.
    private static func chineseClass(of scalar: Unicode.Scalar) -> UInt8 {
        switch scalar {
        case "〇", "○", "零": 1
        case "一", "壹": 2
        case "二", "贰", "貳", "两", "兩": 3
        case "三", "叁", "參": 4
        case "四", "肆": 5
        case "五", "伍": 6
        case "六", "陆", "陸": 7
        case "七", "柒": 8
        case "八", "捌": 9
        case "九", "玖": 10
        case "十", "拾": 1 << 4
        case "百", "佰": 2 << 4
        case "千", "仟": 3 << 4
        case "万", "萬": 1 << 6
        case "亿", "億": 2 << 6
        default: 0
        }
    }
}
