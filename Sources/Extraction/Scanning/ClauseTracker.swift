/// Follows the clause the scan is in and whether a money-context word has appeared in it so far.
///
/// A clause runs from the start of the text or the last `，。；：！？` (or their ASCII forms; a comma between
/// digits is a thousands separator, not a break).
struct ClauseTracker: Sendable {
    /// Where the current clause starts.
    private(set) var clauseStart = 0
    private var firstMoneyWordEnd = Int.max

    /// Moves the scan to `index`, starting a new clause after a break.
    mutating func enter(_ index: Int, in text: ScalarText) {
        guard let previous = text[index - 1], Self.isBreak(previous) else { return }
        if NumeralScalars.isThousandsSeparator(previous), let before = text[index - 2], let next = text[index],
            NumeralScalars.arabicDigit(before) != nil, NumeralScalars.arabicDigit(next) != nil
        {
            return
        }
        clauseStart = index
        firstMoneyWordEnd = .max
    }

    /// Records a money-context word of the current clause that ends at `end`.
    mutating func noteMoneyWord(endingAt end: Int) {
        firstMoneyWordEnd = min(firstMoneyWordEnd, end)
    }

    /// Whether a money-context word of the current clause ends at or before `index`.
    func hasMoneyWord(before index: Int) -> Bool {
        firstMoneyWordEnd <= index
    }

    /// Every scalar that ends a clause (exactly those ``isBreak(_:)`` accepts).
    static var breaks: [Unicode.Scalar] { Array("，。；：！？,;:!?".unicodeScalars) }

    /// Whether the scalar ends a clause.
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "，", "。", "；", "：", "！", "？", ",", ";", ":", "!", "?": true
        default: false
        }
    }
}
