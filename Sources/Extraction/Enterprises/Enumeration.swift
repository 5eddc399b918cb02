#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// A list of enterprise names in one sentence, with the count and category it is tied to, if any.
struct Enumeration: Sendable, Equatable {
    /// The names' spans in the block text, in written order.
    var items: [TextSpan]
    /// The count the list belongs to ("新增3家（…）", "…等14家企业").
    var count: CountMention?
    /// Whether the list ends with 等, so it may name fewer than the count.
    var isOpenEnded: Bool
    /// The category the list counts (高新技术企业), when the sentence says.
    var category: String?
    /// The span from the first name to the end of the count or list.
    var span: TextSpan
}

/// Finds enumerations of names: "新增3家（甲、乙、丙）" and "甲、乙等12家企业…".
struct EnumerationFinder: Sendable {
    private let boundaries: NameBoundaries
    private let categoryWords: WordSet
    private let placeListMarkers: ForwardWordSet
    private let trailingVerbs: BackwardWordSet
    private let categoryVerbs: ForwardWordSet
    /// The endings cut from a category, as scalars.
    private let categoryEndings: [[Unicode.Scalar]]
    /// Subjects that name no category of their own: the category is then looked for before the count.
    private static let genericSubjects: [[Unicode.Scalar]] = [Array("企业".unicodeScalars), Array("公司".unicodeScalars)]
    private static let itemSeparators: ScalarBitmap = ["、", "，", ",", "；", ";", "/", "／"]
    /// The items a list's array makes room for at once: grown an item at a time, it was reallocated at each doubling.
    private static let itemsReserved = 8
    private static let clauseBreaks: ScalarBitmap = [
        "，", ",", "。", "；", ";", "：", ":", "！", "？", "\n", "（", "(", "）", ")", "“", "”", "\t",
    ]

    init(rules: ExtractionRules, boundaries: NameBoundaries) {
        self.boundaries = boundaries
        categoryWords = WordSet(rules[.enterpriseCategoryWords])
        placeListMarkers = ForwardWordSet(rules[.placeListMarkers])
        trailingVerbs = BackwardWordSet(rules[.categoryTrailingVerbs])
        categoryVerbs = ForwardWordSet(rules[.categoryVerbs])
        categoryEndings = rules[.categoryEndings].map(\.scalarArray)
    }

    /// Whether a count counts enterprises: 家, or a subject naming enterprises (3个企业, 5个单位); 3个项目 does not.
    private func countsEnterprises(_ count: CountMention, in text: [Unicode.Scalar]) -> Bool {
        let perHousehold = Self.isHouseholdUnit(count.unit)
        guard let subject = count.subject else { return perHousehold }
        let scalars = Self.folded(subject)
        // "新增5家（…）" with the category before the count; but "等8家种养大户" counts households, not enterprises.
        let subjectFollows =
            count.span.end + scalars.count <= text.count
            && text[count.span.end..<(count.span.end + scalars.count)].elementsEqual(scalars)
        if perHousehold && !subjectFollows { return true }
        return scalars.indices.contains { categoryWords.longestMatch(in: scalars, startingAt: $0) != nil }
    }

    /// Every enumeration in a block's text (folded to simplified characters; `written` is the text as written, one
    /// scalar for one, which categories quote), given the counts found in it.
    func enumerations(
        in text: [Unicode.Scalar], written: [Unicode.Scalar], counts: ArraySlice<CountMention>
    ) -> [Enumeration] {
        // Only counts of enterprises take lists; that is checked last, where a list's shape is found, as it is the
        // dearest test and most counts have no list around them.
        var found: [Enumeration] = []
        // By index, and only where a bracket follows: copying every count would retain its three strings.
        for position in counts.indices where Self.openingBracket(after: counts[position].span.end, in: text) != nil {
            if counts[position].value > 0, let list = parenthesized(after: counts[position], in: text, written: written)
            {
                found.append(list)
            }
        }
        var index = 0
        while index < text.count {
            if text[index] == "等", let list = openEnded(at: index, in: text, written: written, counts: counts) {
                if !found.contains(where: { $0.span.start < list.span.end && list.span.start < $0.span.end }) {
                    found.append(list)
                }
            }
            index += 1
        }
        // Sorted in place: `sorted` makes a new array, even for a paragraph of one list.
        if found.count > 1 { found.sort { $0.span.start < $1.span.start } }
        return found
    }

    /// The opening bracket of a list after a count that ends at `end`: at most ten name characters (企业, 科技型企业)
    /// may stand between them.
    private static func openingBracket(after end: Int, in text: [Unicode.Scalar]) -> Int? {
        var open = end
        while open < text.count, open - end <= 10, text[open] != "（", text[open] != "(" {
            guard text[open].isNameScalar else { return nil }
            open += 1
        }
        return open < text.count && (text[open] == "（" || text[open] == "(") ? open : nil
    }

    /// "新增3家（甲、乙、丙）", "新增3家企业（甲、乙、丙）".
    private func parenthesized(after count: CountMention, in text: [Unicode.Scalar], written: [Unicode.Scalar])
        -> Enumeration?
    {
        guard let open = Self.openingBracket(after: count.span.end, in: text), countsEnterprises(count, in: text) else {
            return nil
        }
        var close = open + 1
        while close < text.count, text[close] != "）", text[close] != ")", close - open < 400 {
            if text[close] == "（" || text[close] == "(" || text[close] == "。" { return nil }
            close += 1
        }
        guard close < text.count, text[close] == "）" || text[close] == ")" else { return nil }
        let items = split(text, from: open + 1, to: close)
        guard !items.isEmpty,
            items.allSatisfy({ text.withoutWhiteSpace(in: $0.start..<$0.end, satisfies: { isPlausibleName($0, $1) }) })
        else { return nil }
        let lastItemOpen = items.last.map { text[$0.start..<$0.end].last == "等" } ?? false
        var category = count.subject
        let subject = category.map(Self.folded)
        if subject.map(Self.genericSubjects.contains) ?? true {
            category = categoryBefore(count.span.start, in: text, written: written) ?? category
        }
        return Enumeration(
            items: items, count: count, isOpenEnded: lastItemOpen, category: category,
            span: TextSpan(start: count.span.start, end: close + 1))
    }

    /// "甲、乙等12家企业…", "甲、乙等园区企业".
    private func openEnded(
        at index: Int, in text: [Unicode.Scalar], written: [Unicode.Scalar], counts: ArraySlice<CountMention>
    ) -> Enumeration? {
        // "赴上海、广州等地拜访企业": places.
        if placeListMarkers.longestMatch(in: text, startingAt: index) != nil { return nil }
        var after = index + 1
        if after < text.count, text[after] == "共" { after += 1 }
        let count = counts.first {
            ($0.span.start == after || $0.span.start == index + 1) && countsEnterprises($0, in: text)
        }
        var end = count?.span.end ?? index + 1
        if count == nil {
            // "等园区企业", "等重点企业": a category word within a few characters.
            var probe = index + 1
            while probe < text.count, probe - index <= 8, text[probe].isHan {
                probe += 1
                if categoryWords.longestMatch(in: text, endingAt: probe) != nil { end = probe; break }
            }
            guard end > index + 1 else { return nil }
        }
        // Walk back over "甲、乙、丙" to the first name's left edge, the last item first.
        var items: [TextSpan] = []
        var itemEnd = index
        while itemEnd > 0 {
            let itemStart = boundaries.start(of: text, endingAt: itemEnd, maxLength: 30)
            guard itemStart < itemEnd else { break }
            guard text.withoutWhiteSpace(in: itemStart..<itemEnd, satisfies: { isPlausibleName($0, $1) }) else { break }
            if items.isEmpty { items.reserveCapacity(Self.itemsReserved) }
            items.append(TextSpan(start: itemStart, end: itemEnd))
            guard itemStart > 0, text[itemStart - 1] == "、" else { break }
            itemEnd = itemStart - 1
        }
        items.reverse()
        guard !items.isEmpty, let first = items.first else { return nil }
        // A single name before 等 needs a count ("推荐甲等2家企业"): "等" alone is too common.
        if items.count == 1 && count == nil { return nil }
        var category = count?.subject
        if let subject = category, categoryWords.forward.contains(Self.folded(subject)) {
            category = categoryAfter(end, in: text, written: written) ?? subject
        } else if category == nil {
            category = categoryAfter(end, in: text, written: written) ?? String(scalars: written[(index + 1)..<end])
        }
        return Enumeration(
            items: items, count: count, isOpenEnded: true, category: category,
            span: TextSpan(start: first.start, end: end))
    }

    /// "…申报高新技术企业", "…成为市科技小巨人企业": the category named after the count.
    private func categoryAfter(_ position: Int, in text: [Unicode.Scalar], written: [Unicode.Scalar]) -> String? {
        var index = position
        while index < text.count, index - position < 6, !Self.clauseBreaks.contains(text[index]) {
            if let verb = categoryVerbs.longestMatch(in: text, startingAt: index) {
                var end = index + verb
                while end < text.count, !Self.clauseBreaks.contains(text[end]), text[end] != "、", end - index < 24 {
                    end += 1
                }
                // The endings are matched in the folded text and cut from the written one at the same length.
                var category = normalizedScalars(text[(index + verb)..<end])
                var quoted = normalizedScalars(written[(index + verb)..<end])
                for suffix in categoryEndings
                where category.count > suffix.count + 1 && category.suffix(suffix.count).elementsEqual(suffix) {
                    category.removeLast(suffix.count)
                    quoted.removeLast(suffix.count)
                }
                return quoted.isEmpty ? nil : String(scalars: quoted)
            }
            index += 1
        }
        return nil
    }

    /// "区级专利示范企业新增4家": the category written before the count, trailing verbs dropped.
    private func categoryBefore(_ position: Int, in text: [Unicode.Scalar], written: [Unicode.Scalar]) -> String? {
        var start = position
        while start > 0, position - start < 24, !Self.clauseBreaks.contains(text[start - 1]), text[start - 1] != "、" {
            start -= 1
        }
        var end = position
        while end > start, let length = trailingVerbs.longestMatch(in: text, endingAt: end) { end -= length }
        let category = Array(text[start..<end])
        let trimmed = boundaries.trimmingLeadingBoundaryWords(category)
        return trimmed.count >= 2 ? String(scalars: written[(end - trimmed.count)..<end]) : nil
    }

    /// The spans of the items of a list between `start` and `end`, without the white space at their edges and the
    /// 等 at their ends.
    private func split(_ text: [Unicode.Scalar], from start: Int, to end: Int) -> [TextSpan] {
        var items: [TextSpan] = []
        items.reserveCapacity(Self.itemsReserved)
        var itemStart = start
        let itemSeparators = Self.itemSeparators
        for index in start...end {
            if index == end || itemSeparators.contains(text[index]) {
                var s = itemStart
                var e = index
                while s < e, text[s].isWhiteSpace { s += 1 }
                while e > s, text[e - 1].isWhiteSpace || text[e - 1] == "等" { e -= 1 }
                if s < e { items.append(TextSpan(start: s, end: e)) }
                itemStart = index + 1
            }
        }
        return items
    }

    /// Whether a count's unit counts households or enterprises one by one: 家 or 户 (traditional 戶 folded).
    private static func isHouseholdUnit(_ unit: String) -> Bool {
        var scalars = unit.unicodeScalars.makeIterator()
        guard let scalar = scalars.next(), scalars.next() == nil else { return false }
        let folded = CharacterFolding.shipped.folded(scalar)
        return folded == "家" || folded == "户"
    }

    /// A count's unit or subject (quoted as written) folded as the text the rules read.
    private static func folded(_ string: String) -> [Unicode.Scalar] {
        let scalars = string.scalarArray
        return CharacterFolding.shipped.folded(scalars) ?? scalars
    }

    /// The name's scalars without line feeds and spaces (PDF debris inside names).
    func normalizedScalars(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        scalars.withoutWhiteSpace
    }

    /// Whether a name's scalars, `range` of `text` (without white space), are plausible: 2–30 characters, mostly
    /// name characters, not a placeholder.
    func isPlausibleName(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let scalars = text[range]
        guard scalars.count >= 2, scalars.count <= 30, scalars.allSatisfy(\.isNameScalar) else { return false }
        guard scalars.contains(where: { $0.isHan || ($0.properties.isAlphabetic && !$0.isASCIIHexLetterX) }) else {
            return false
        }
        return !boundaries.containsPlaceholder(text, within: range)
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIIHexLetterX: Bool { self == "x" || self == "X" }
}
