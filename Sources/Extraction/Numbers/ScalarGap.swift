/// Skips the blanks that PDF conversion leaves inside numbers: spaces, NBSP, U+3000 and at most one line break.
enum ScalarGap {
    /// The most scalars one gap may span.
    static let maxLength = 4

    /// Whether the scalar is a horizontal blank (space, tab, NBSP, ideographic or thin space).
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x3000, 0x2000...0x200A, 0x202F: true
        default: false
        }
    }

    /// Whether the scalar breaks a line.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r" || scalar == "\u{2028}"
    }

    /// The index after the gap that starts at `index` (`index` itself when there is none, or when the blanks
    /// run longer than ``maxLength`` or hold two line breaks: that is layout, not debris).
    static func skip(in text: ScalarText, from index: Int) -> Int {
        var i = index
        var sawBreak = false
        while let scalar = text[i] {
            if isBlank(scalar) {
                i += 1
            } else if isLineBreak(scalar) {
                guard !sawBreak else { return index }
                sawBreak = true
                i += scalar == "\r" && text[i + 1] == "\n" ? 2 : 1
            } else {
                break
            }
            if i - index > maxLength { return index }
        }
        return i
    }

    /// The index where the gap that ends just before `index` starts (`index` itself when there is none, or
    /// when it is too long to be debris).
    static func skipBackward(in text: ScalarText, from index: Int) -> Int {
        var i = index
        var sawBreak = false
        while let scalar = text[i - 1] {
            if isBlank(scalar) {
                i -= 1
            } else if isLineBreak(scalar) {
                guard !sawBreak else { return index }
                sawBreak = true
                i -= scalar == "\n" && text[i - 2] == "\r" ? 2 : 1
            } else {
                break
            }
            if index - i > maxLength { return index }
        }
        return i
    }
}
