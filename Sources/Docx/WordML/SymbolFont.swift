/// Maps `w:sym` characters to Unicode: Symbol-font codes to their Greek and mathematical characters,
/// other fonts' private-use codes kept as they are.
enum SymbolFont {
    private static let symbolUppercase = Array("ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ")
    private static let symbolLowercase = Array("αβχδεφγηιϕκλμνοπθρστυϖωξψζ")
    private static let symbolHigh: [UInt32: Character] = [
        0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2A: "∗", 0x2D: "−", 0x40: "≅", 0x5C: "∴", 0x5E: "⊥", 0x60: "‾",
        0xA1: "ϒ", 0xA2: "′", 0xA3: "≤", 0xA4: "⁄", 0xA5: "∞", 0xA7: "♣", 0xA8: "♦", 0xA9: "♥", 0xAA: "♠",
        0xAB: "↔", 0xAC: "←", 0xAD: "↑", 0xAE: "→", 0xAF: "↓", 0xB0: "°", 0xB1: "±", 0xB2: "″", 0xB3: "≥",
        0xB4: "×", 0xB5: "∝", 0xB6: "∂", 0xB7: "•", 0xB8: "÷", 0xB9: "≠", 0xBA: "≡", 0xBB: "≈", 0xBC: "…",
        0xC5: "⊕", 0xC6: "∅", 0xC7: "∩", 0xC8: "∪", 0xC9: "⊃", 0xCA: "⊇", 0xCB: "⊄", 0xCC: "⊂", 0xCD: "⊆",
        0xCE: "∈", 0xCF: "∉", 0xD0: "∠", 0xD1: "∇", 0xD5: "∏", 0xD6: "√", 0xD7: "⋅", 0xD8: "¬", 0xD9: "∧",
        0xDA: "∨", 0xDB: "⇔", 0xDC: "⇐", 0xDD: "⇑", 0xDE: "⇒", 0xDF: "⇓", 0xE0: "◊", 0xE5: "∑", 0xF2: "∫",
    ]

    /// The character for `w:char` (hex) in `w:font`; nil when the code is not hexadecimal.
    static func character(code: String, font: String?) -> String? {
        guard var value = UInt32(code, radix: 16) else { return nil }
        let isSymbol = font?.lowercased() == "symbol"
        if value >= 0xF000, value <= 0xF0FF, isSymbol { value -= 0xF000 }
        if isSymbol, value < 0x100 {
            switch value {
            case 0x41...0x5A: return String(symbolUppercase[Int(value - 0x41)])
            case 0x61...0x7A: return String(symbolLowercase[Int(value - 0x61)])
            default:
                if let mapped = symbolHigh[value] { return String(mapped) }
            }
        }
        return Unicode.Scalar(value).map { String(Character($0)) }
    }
}
