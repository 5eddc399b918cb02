/// Reads a number's scale (万, 亿, 千万), a 多/余 inside it and a range to a second number (300-500万,
/// 300万至500万, 1—10亿): the part of a figure that amounts and counts share.
struct QuantityReader: Sendable {
    private let qualifiers: QualifierReader
    private let nonMoneyUnits: WordTrie<String>

    /// Whether the scalar joins the two ends of a range.
    static func isRangeConnector(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "－", "—", "–", "‐", "‑", "−", "~", "～", "〜", "至", "到": true
        default: false
        }
    }

    /// Creates a reader that stops scales before the rules' non-money units (千瓦, 千米).
    init(qualifiers: QualifierReader, lexicon: ScannerLexicon) {
        self.qualifiers = qualifiers
        self.nonMoneyUnits = lexicon.nonMoneyUnits
    }

    private struct Part {
        var value: ExactNumber
        var end: Int
        var isApproximate: Bool
        var endsWithLargeUnit: Bool
        var hasOwnScale: Bool
        /// The power of ten that a bare first number of a range takes from this part (300-500万: 4).
        var rangeScaleExponent: Int
    }

    /// The quantity that starts with `number`.
    func read(_ number: ParsedNumber, in text: ScalarText) -> Quantity {
        let first = readPart(number, in: text)
        let single = Quantity(
            start: number.start, end: first.end, value: first.value, valueMax: nil,
            isApproximate: first.isApproximate, endsWithLargeUnit: first.endsWithLargeUnit, number: number)
        guard !first.isApproximate else { return single }
        let connector = ScalarGap.skip(in: text, from: first.end)
        guard let scalar = text[connector], Self.isRangeConnector(scalar) else { return single }
        let secondStart = ScalarGap.skip(in: text, from: connector + 1)
        guard let second = NumberReader.read(text, at: secondStart), second.form != .chineseDigitSequence,
            number.form != .chineseDigitSequence
        else { return single }
        let high = readPart(second, in: text)
        let low = first.hasOwnScale ? first.value : first.value.scaled(byPowerOfTen: high.rangeScaleExponent)
        guard low < high.value else { return single }
        return Quantity(
            start: number.start, end: high.end, value: low, valueMax: high.value, isApproximate: high.isApproximate,
            endsWithLargeUnit: high.endsWithLargeUnit, number: number)
    }

    /// A number, its scale characters and a 多/余 before or after them.
    private func readPart(_ number: ParsedNumber, in text: ScalarText) -> Part {
        var end = number.end
        var multiplierExponent = 0
        var scaled = false
        var endsWithLargeUnit = number.hasTrailingScale
        var isApproximate = false
        if number.form == .arabic,
            let scale = ScaleSuffix.read(text, at: ScalarGap.skip(in: text, from: end), blockingUnits: nonMoneyUnits)
        {
            multiplierExponent = scale.exponent
            scaled = true
            end = scale.end
            endsWithLargeUnit = scale.endsWithLargeUnit
        }
        let approximationStart = ScalarGap.skip(in: text, from: end)
        if let length = qualifiers.innerApproximationLength(at: approximationStart, in: text) {
            isApproximate = true
            end = approximationStart + length
            if let scale = ScaleSuffix.read(text, at: end, blockingUnits: nonMoneyUnits) {
                multiplierExponent = scaled ? multiplierExponent + scale.exponent : scale.exponent
                scaled = true
                end = scale.end
                endsWithLargeUnit = scale.endsWithLargeUnit
            }
        }
        // Scales are powers of ten, so applying one only moves the exponent.
        return Part(
            value: number.value.scaled(byPowerOfTen: multiplierExponent), end: end,
            isApproximate: isApproximate, endsWithLargeUnit: endsWithLargeUnit,
            hasOwnScale: (scaled && multiplierExponent != 0) || number.hasLargeUnit,
            rangeScaleExponent: multiplierExponent + number.trailingScaleExponent)
    }
}
