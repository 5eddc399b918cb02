internal import DocumentModel

/// Gives every block of the main story its section path, from heading levels and outline labels.
///
/// A paragraph opens a section when it is a heading (style or `w:outlineLvl`) or when it starts with a
/// Chinese outline label, auto-numbered or typed: 一、 (rank 1), （一） (2), 1、 or 1. (3), （1） (4), ① (5).
/// Headings rank by their level. Only top-level body paragraphs open sections; table cells and text
/// boxes inherit the path where they stand.
struct SectionPaths {
    private var ranks: [Int] = []
    // One array per section, shared by every block in it (copy-on-write), not one per block.
    private var path: [String] = []

    /// Gives every block its section path, in order.
    static func assign(to blocks: inout [Block]) {
        var paths = SectionPaths()
        for position in blocks.indices { paths.assign(to: &blocks[position]) }
    }

    /// Gives the next block of the story its section path; blocks must come in reading order.
    mutating func assign(to block: inout Block) {
        // The block is consumed and rebuilt, so that its paragraph or table is changed in place, not copied.
        switch consume block {
        case .paragraph(var paragraph):
            if !paragraph.location.inTextBox, let rank = Self.rank(of: paragraph) {
                while let last = ranks.last, last >= rank {
                    ranks.removeLast()
                    path.removeLast()
                }
                ranks.append(rank)
                path.append(Self.title(of: paragraph))
            }
            paragraph.sectionPath = path
            block = .paragraph(paragraph)
        case .table(var table):
            Self.setPath(path, in: &table)
            block = .table(table)
        }
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
        var title: [UInt8] = []
        var length = 0
        var started = false
        for scalar in paragraph.text.unicodeScalars {
            if !started {
                if scalar.properties.isWhitespace { continue }
                started = true
            }
            if paragraph.headingLevel == nil, Self.isSentenceBreak(scalar) { break }
            UTF8.encode(scalar) { title.append($0) }
            length += 1
            if length >= 40 { break }
        }
        return (paragraph.listLabel?.text ?? "") + String(decoding: title, as: UTF8.self).trimmingWhitespace
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

    /// 1 for 一、, 2 for （一）, 3 for 1、/1./1．, 4 for （1）, 5 for ①; nil otherwise.
    static func rank(ofLeading text: String) -> Int? {
        guard let scalar = text.unicodeScalars.first, mayStartLabel(scalar: scalar) else { return nil }
        guard let first = text.first, mayStartLabel(first) else { return nil }
        let characters = Array(text.prefix(8))
        if circled.contains(first) { return 5 }
        if chineseNumerals.contains(first) {
            var index = 0
            while index < characters.count, chineseNumerals.contains(characters[index]) { index += 1 }
            if index < characters.count, "、．.，".contains(characters[index]) { return 1 }
            return nil
        }
        if first == "（" || first == "(" {
            var index = 1
            guard index < characters.count else { return nil }
            if chineseNumerals.contains(characters[index]) {
                while index < characters.count, chineseNumerals.contains(characters[index]) { index += 1 }
                return index < characters.count && (characters[index] == "）" || characters[index] == ")") ? 2 : nil
            }
            if characters[index].isASCIIDigitOrFullWidth {
                while index < characters.count, characters[index].isASCIIDigitOrFullWidth { index += 1 }
                return index < characters.count && (characters[index] == "）" || characters[index] == ")") ? 4 : nil
            }
            return nil
        }
        if first.isASCIIDigitOrFullWidth {
            var index = 0
            while index < characters.count, characters[index].isASCIIDigitOrFullWidth { index += 1 }
            guard index < characters.count, "、．.".contains(characters[index]) else { return nil }
            // "1.5亿" is a number, not a label.
            if index + 1 < characters.count, characters[index + 1].isASCIIDigitOrFullWidth { return nil }
            return 3
        }
        return nil
    }
}

extension Character {
    fileprivate var isASCIIDigitOrFullWidth: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
    }
}
