internal import DocumentModel

/// Gives every block of the main story its section path, from heading levels and outline labels.
///
/// A paragraph opens a section when it is a heading (style or `w:outlineLvl`) or when it starts with a
/// Chinese outline label, auto-numbered or typed: 一、 (rank 1), （一） (2), 1、 or 1. (3), （1） (4), ① (5).
/// Headings rank by their level. Only top-level body paragraphs open sections; table cells and text
/// boxes inherit the path where they stand.
///
/// The story's assembler places each top-level block as it is made, in reading order: a paragraph before it is
/// wrapped in its block, so that its path is set in place rather than on a copy.
struct SectionPaths {
    private var ranks: [Int] = []
    // One array per section, shared by every block in it (copy-on-write), not one per block.
    private var path: [String] = []

    /// Gives the next top-level paragraph of the story its section path, after the section it opens, if any (a
    /// paragraph in a text box opens none).
    mutating func place(_ paragraph: inout Paragraph) {
        if !paragraph.location.inTextBox, let rank = Self.rank(of: paragraph) {
            while let last = ranks.last, last >= rank {
                ranks.removeLast()
                path.removeLast()
            }
            ranks.append(rank)
            path.append(Self.title(of: paragraph))
        }
        paragraph.sectionPath = path
    }

    /// Gives a top-level table, and every block in its cells, the current section path.
    func place(_ table: inout Table) {
        Self.setPath(path, in: &table)
    }

    /// Gives a top-level block that opens no section (one of a text box), and every block in it, the current path.
    func place(_ block: inout Block) {
        Self.setPath(path, in: &block)
    }

    private static func setPath(_ path: [String], in table: inout Table) {
        table.sectionPath = path
        for row in table.rows.indices {
            for cell in table.rows[row].cells.indices {
                for block in table.rows[row].cells[cell].blocks.indices {
                    setPath(path, in: &table.rows[row].cells[cell].blocks[block])
                }
            }
        }
    }

    private static func setPath(_ path: [String], in block: inout Block) {
        switch consume block {
        case .paragraph(var paragraph):
            paragraph.sectionPath = path
            block = .paragraph(paragraph)
        case .table(var table):
            setPath(path, in: &table)
            block = .table(table)
        }
    }

    /// The outline rank of a paragraph, or nil when it opens no section.
    static func rank(of paragraph: Paragraph) -> Int? {
        if let level = paragraph.headingLevel { return level }
        if let label = paragraph.listLabel, !label.text.isEmpty {
            return OutlineLabel.rank(ofLeading: label.text + String(paragraph.text.prefix(4)))
        }
        return OutlineLabel.rank(ofLeading: paragraph.text)
    }

    /// The section title: the label and the text up to the first sentence break, at most 40 characters.
    static func title(of paragraph: Paragraph) -> String {
        let scalars = paragraph.text.unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        var end = start
        var length = 0
        while end < scalars.endIndex, length < 40 {
            if paragraph.headingLevel == nil, Self.isSentenceBreak(scalars[end]) { break }
            end = scalars.index(after: end)
            length += 1
        }
        let title = String(Substring(scalars[start..<end]))
        // The title starts with a scalar that is not white space; one that also ends with a scalar that always begins a
        // character of its own and is not white space has nothing to trim.
        let trimmed =
            scalars[start..<end].last.map(Self.endsCharacterPlainly) == true ? title : title.trimmingWhitespace
        return (paragraph.listLabel?.text ?? "") + trimmed
    }

    /// Whether `scalar` is printable ASCII or CJK text (ideographs, CJK punctuation, full-width forms) other than
    /// white space: such a scalar is a character of its own, whatever precedes it.
    private static func endsCharacterPlainly(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x3001...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF9D: true
        default: false
        }
    }

    /// Whether a title ends before `scalar`: one of 。；;：:！？!? and the line feed.
    private static func isSentenceBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "。", "；", ";", "：", ":", "！", "？", "!", "?", "\n": true
        default: false
        }
    }
}

/// Recognises the outline labels that Chinese reports type at the start of a paragraph.
enum OutlineLabel {
    private static let chineseNumerals: Set<Character> = Set("一二三四五六七八九十")
    private static let circled: Set<Character> = Set("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    /// Whether a paragraph starting with `character` can start with a label (most paragraphs cannot).
    private static func mayStartLabel(_ character: Character) -> Bool {
        circled.contains(character) || chineseNumerals.contains(character) || character == "（" || character == "("
            || character.isASCIIDigitOrFullWidth
    }

    /// Whether a paragraph whose first scalar is `scalar` can start with a label: every label's first character is
    /// one scalar, so a paragraph failing this cannot, and most are told so without forming a character.
    private static func mayStartLabel(scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x28, 0xFF08, 0xFF10...0xFF19, 0x2460...0x2473: true
        case 0x4E00, 0x4E03, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x516B, 0x516D, 0x5341, 0x56DB: true
        default: false
        }
    }

    /// What a leading character is to the label patterns.
    enum Kind {
        case chineseNumeral, circled, digit, openingParenthesis, closingParenthesis, enumerationComma, fullStop
        case fullWidthComma, other
    }

    /// 1 for 一、, 2 for （一）, 3 for 1、/1./1．, 4 for （1）, 5 for ①; nil otherwise.
    static func rank(ofLeading text: String) -> Int? {
        guard let scalar = text.unicodeScalars.first, mayStartLabel(scalar: scalar) else { return nil }
        if let kinds = plainLeadingKinds(of: text) { return rank(of: kinds) }
        guard let first = text.first, mayStartLabel(first) else { return nil }
        return rank(of: text.prefix(8).map(kind(of:)))
    }

    /// The kinds of the first 8 characters, when each of them and the character after them is one plain scalar.
    ///
    /// Plain scalars (printable ASCII, enclosed numbers, CJK punctuation, ideographs, full-width forms) are characters
    /// of their own and canonically equal to no other, so their kinds are those of the characters. Nil otherwise.
    private static func plainLeadingKinds(of text: String) -> [Kind]? {
        var kinds: [Kind] = []
        kinds.reserveCapacity(8)
        var examined = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20...0x7E, 0x2460...0x24FF, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF9D: break
            default: return nil
            }
            examined += 1
            if examined > 8 { break }
            kinds.append(kind(ofPlain: scalar))
        }
        return kinds
    }

    private static func kind(ofPlain scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: .chineseNumeral
        case 0x2460...0x2473: .circled
        case 0x30...0x39, 0xFF10...0xFF19: .digit
        case 0x28, 0xFF08: .openingParenthesis
        case 0x29, 0xFF09: .closingParenthesis
        case 0x3001: .enumerationComma
        case 0x2E, 0xFF0E: .fullStop
        case 0xFF0C: .fullWidthComma
        default: .other
        }
    }

    private static func kind(of character: Character) -> Kind {
        if circled.contains(character) { return .circled }
        if chineseNumerals.contains(character) { return .chineseNumeral }
        if character.isASCIIDigitOrFullWidth { return .digit }
        switch character {
        case "（", "(": return .openingParenthesis
        case "）", ")": return .closingParenthesis
        case "、": return .enumerationComma
        case "．", ".": return .fullStop
        case "，": return .fullWidthComma
        default: return .other
        }
    }

    /// The rank of the label the leading characters of a paragraph (at most 8, by kind) form, if any.
    private static func rank(of characters: [Kind]) -> Int? {
        guard let first = characters.first else { return nil }
        switch first {
        case .circled: return 5
        case .chineseNumeral:
            var index = 0
            while index < characters.count, characters[index] == .chineseNumeral { index += 1 }
            guard index < characters.count else { return nil }
            switch characters[index] {
            case .enumerationComma, .fullStop, .fullWidthComma: return 1
            default: return nil
            }
        case .openingParenthesis:
            var index = 1
            guard index < characters.count else { return nil }
            let inner = characters[index]
            guard inner == .chineseNumeral || inner == .digit else { return nil }
            while index < characters.count, characters[index] == inner { index += 1 }
            guard index < characters.count, characters[index] == .closingParenthesis else { return nil }
            return inner == .chineseNumeral ? 2 : 4
        case .digit:
            var index = 0
            while index < characters.count, characters[index] == .digit { index += 1 }
            guard index < characters.count, characters[index] == .enumerationComma || characters[index] == .fullStop
            else { return nil }
            // "1.5亿" is a number, not a label.
            if index + 1 < characters.count, characters[index + 1] == .digit { return nil }
            return 3
        default: return nil
        }
    }
}

extension Character {
    fileprivate var isASCIIDigitOrFullWidth: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }
}
