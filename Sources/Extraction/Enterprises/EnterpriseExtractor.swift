public import DocumentModel
internal import Foundation

/// Finds enterprises and organizations, links short and long forms, and ties listed names to their counts.
///
/// Names come from enumerations tied to counts, from legal-form suffixes (…有限公司, …集团), and from
/// table cells that hold a single name; then every occurrence of a known name becomes a mention.
/// A short form is linked to a long one only when two lists name them at the same positions.
public struct EnterpriseExtractor: Sendable {
    private let rules: ExtractionRules
    private let boundaries: NameBoundaries
    private let enumerations: EnumerationFinder
    private let strongSuffixes: WordSet
    private let weakSuffixes: WordSet
    private let organizationMarkers: [(suffix: [Unicode.Scalar], kind: OrganizationKind)]
    private let markerSet: WordSet
    private let organizationExclusions: WordSet
    private let categoryWords: WordSet
    private let nonNames: Set<NameKey>
    private let moneyContext: WordSet

    /// The enterprise-related findings of a document.
    public struct Result: Sendable, Equatable {
        /// Enterprises, in order of first mention.
        public var enterprises: [EnterpriseFinding]
        /// Organizations that are not enterprises, in order of first mention.
        public var organizations: [OrganizationFinding]
        /// Counts tied to listed enterprises.
        public var countFacts: [CountFact]
        /// Lists whose names disagree with their count.
        public var warnings: [ExtractionWarning]
    }

    /// Creates an extractor over the given rules.
    public init(rules: ExtractionRules) {
        self.rules = rules
        boundaries = NameBoundaries(rules: rules)
        enumerations = EnumerationFinder(rules: rules)
        let strong = ["股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团", "股份"]
        strongSuffixes = WordSet(rules.enterpriseSuffixes.filter { strong.contains($0) })
        weakSuffixes = WordSet(rules.enterpriseSuffixes)
        organizationMarkers = rules.organizationMarkers.map { (Array($0.suffix.unicodeScalars), $0.kind) }
            .sorted { $0.suffix.count > $1.suffix.count }
        markerSet = WordSet(rules.organizationMarkers.map(\.suffix))
        organizationExclusions = WordSet(rules.organizationExclusions)
        categoryWords = WordSet(rules.enterpriseCategoryWords)
        nonNames = Set(rules.nonNames.map(NameKey.init))
        moneyContext = WordSet(rules.moneyContextWords)
    }

    /// Extracts from paragraphs in document order (a table's header row before its other rows), given the counts
    /// the numeric scanner found in each (same order).
    public func extract(from paragraphs: [Paragraph], counts: [[CountMention]]) -> Result {
        let texts = paragraphs.map(ParagraphText.init)
        var names = NameCollection()
        for position in texts.indices {
            collect(from: texts[position], counts: position < counts.count ? counts[position][...] : [], into: &names)
        }
        return finish(names, paragraphs: texts)
    }

    /// Gathers the names of one paragraph (lists tied to its counts, legal-form names, organizations, names in
    /// enterprise table columns) into `names`; paragraphs come in document order.
    func collect(from paragraph: ParagraphText, counts: ArraySlice<CountMention>, into names: inout NameCollection) {
        let text = paragraph.scalars
        for list in enumerations.enumerations(in: text, counts: counts) {
            let listed = list.items.map(\.name).filter { !nonNames.contains(NameKey($0)) }
            guard !listed.isEmpty else { continue }
            for name in listed { add(name.scalarArray, name: name, to: &names) }
            let enterpriseNames = listed.filter { names.isEnterprise(NameKey($0)) == true }
            guard !enterpriseNames.isEmpty else { continue }
            names.lists.append(enterpriseNames)
            let mention = Mention(paragraph, span: list.span, text: paragraph.text(list.span))
            let count = list.count?.value
            let listedCount = Decimal(listed.count)
            let consistent = count.map { list.isOpenEnded ? listedCount <= $0 : listedCount == $0 } ?? true
            names.countFacts.append(
                CountFact(
                    category: list.category, count: count, unit: list.count?.unit, enterprises: listed,
                    complete: !list.isOpenEnded && consistent, consistent: consistent, mention: mention))
            if !consistent, let count {
                names.warnings.append(
                    ExtractionWarning(
                        code: .countMismatch,
                        message: "\(mention.text): \(listed.count) names listed for a count of \(count)",
                        mention: mention))
            }
        }
        for name in suffixNames(in: text) { add(name, to: &names) }
        for name in organizationNames(in: text) { add(name, to: &names) }
        guard let cell = paragraph.cell else { return }
        let column = NameCollection.TableColumn(table: cell.table, cell: cell.cell)
        if cell.row == 0 {
            names.headers[column, default: []] += text
        } else if isEnterpriseColumn(column, in: &names), let name = cellName(text) {
            add(name, to: &names)
        }
    }

    /// Adds a name once. Names repeat through a document: a repeated one costs one hash lookup, and its String
    /// is made once.
    private func add(_ scalars: [Unicode.Scalar], name: String? = nil, to names: inout NameCollection) {
        let key = NameKey(scalars: scalars)
        guard names.isEnterprise(key) == nil else { return }
        names.insert(key, name: name ?? String(scalars: scalars), organizationKind: organizationKind(of: scalars))
    }

    /// Links short and long forms and finds every mention of every name gathered from `paragraphs`.
    func finish(_ names: NameCollection, paragraphs: [ParagraphText]) -> Result {
        let order = names.order
        let organizationKinds = names.organizationKinds
        let isEnterprise = order.map { organizationKinds[NameKey($0)] == nil }
        let groups = linkedForms(order, isEnterprise: isEnterprise, lists: names.lists)
        let mentionLists = self.mentions(of: order, in: paragraphs)
        var enterprises: [EnterpriseFinding] = []
        for group in groups {
            let forms = group.map { order[$0] }
            let canonical = forms.max { ($0.unicodeScalars.count, $1) < ($1.unicodeScalars.count, $0) } ?? forms[0]
            var groupMentions = group.flatMap { mentionLists[$0] }
            // Every occurrence of these forms lies inside a longer name, which the mention search prefers.
            if groupMentions.isEmpty { continue }
            groupMentions.sort { ($0.block, $0.span.start) < ($1.block, $1.span.start) }
            enterprises.append(
                EnterpriseFinding(name: canonical, aliases: forms.filter { $0 != canonical }.sorted(), mentions: groupMentions))
        }
        enterprises.sort { ($0.mentions.first?.block ?? .max, $0.mentions.first?.span.start ?? .max) < ($1.mentions.first?.block ?? .max, $1.mentions.first?.span.start ?? .max) }
        let organizations = order.indices.compactMap { index -> OrganizationFinding? in
            guard let kind = organizationKinds[NameKey(order[index])], !mentionLists[index].isEmpty else { return nil }
            return OrganizationFinding(name: order[index], kind: kind, mentions: mentionLists[index])
        }
        return Result(
            enterprises: enterprises, organizations: organizations, countFacts: names.countFacts, warnings: names.warnings)
    }

    /// The organization kind a name's ending gives, or nil for an enterprise (legal-form endings win).
    private func organizationKind(of scalars: [Unicode.Scalar]) -> OrganizationKind? {
        organizationKind(of: scalars, in: scalars.indices)
    }

    /// The organization kind of the name written in `range` of `text` (read in place).
    private func organizationKind(of text: [Unicode.Scalar], in range: Range<Int>) -> OrganizationKind? {
        if strongSuffixes.longestMatch(in: text, endingWithin: range) != nil { return nil }
        for marker in organizationMarkers where range.count >= marker.suffix.count {
            if text[(range.upperBound - marker.suffix.count)..<range.upperBound].elementsEqual(marker.suffix) { return marker.kind }
        }
        return nil
    }

    /// Names ending in a legal form: "上海三思电子公司", "华源电气股份有限公司", "禾嘉新材料科技集团有限公司".
    private func suffixNames(in text: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var names: [[Unicode.Scalar]] = []
        var index = 0
        var previousEnd = 0
        while index < text.count {
            guard let length = strongSuffixes.longestMatch(in: text, startingAt: index) else {
                index += 1
                continue
            }
            // Chained legal forms ("集团" + "有限公司") end one name.
            var end = index + length
            while let next = strongSuffixes.longestMatch(in: text, startingAt: end) { end += next }
            // "股份制改造", "集团化": a legal-form word inside a longer word is no suffix.
            if end < text.count, text[end].isHan, Self.wordContinuations.contains(text[end]) {
                index = end
                continue
            }
            let start = boundaries.start(of: text, endingAt: index, maxLength: 24, floor: previousEnd)
            if index - start >= 2 {
                let name = enumerations.normalizedScalars(text[start..<end])
                if enumerations.isPlausibleName(scalars: name), !nonNames.contains(NameKey(scalars: name)) {
                    names.append(name)
                    previousEnd = end
                }
            }
            index = end
        }
        return names
    }

    /// Characters that make a legal-form word part of a longer word: 股份制, 集团化, 公司法, 股份合作.
    private static let wordContinuations: ScalarBitmap = ["制", "化", "法", "合", "型", "式", "内", "外", "级", "改", "员", "章"]

    /// Organization names ending in a marker: "区科委", "市知识产权局", "…管委会".
    private func organizationNames(in text: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var names: [[Unicode.Scalar]] = []
        var index = 1
        while index <= text.count {
            guard let length = markerSet.longestMatch(in: text, endingAt: index) else {
                index += 1
                continue
            }
            let markerStart = index - length
            // Words that contain a marker without naming a body: 举办, 干部, 局部, 办法.
            let excludedBefore = organizationExclusions.longestMatch(in: text, endingAt: index).map { $0 > length } ?? false
            let excludedAfter = organizationExclusions.longestMatch(in: text, startingAt: index - 1) != nil
            if excludedBefore || (length == 1 && excludedAfter) {
                index += 1
                continue
            }
            let start = boundaries.start(of: text, endingAt: markerStart, maxLength: 12, allowDigits: false)
            let name = start..<index
            let minimum = length == 1 ? 3 : 2
            // A bare marker names a body on its own only for one-of-a-kind bodies: 管委会, 证监会, 交易所.
            let kind = organizationKind(of: text, in: name)
            let standalone = name.count > length || kind == .parkManagement || kind == .exchange
            if name.count >= minimum, standalone, kind != nil, !boundaries.containsPlaceholder(text, within: name),
                text[name].allSatisfy(\.isNameScalar), moneyContext.longestMatch(in: text, startingWithin: name) == nil
            {
                names.append(Array(text[name]))
            }
            index += 1
        }
        return names
    }

    /// A table cell that holds one enterprise name and nothing else: the name's scalars.
    private func cellName(_ text: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let scalars = enumerations.normalizedScalars(text[...])
        guard enumerations.isPlausibleName(scalars: scalars), scalars.count >= 4,
            !nonNames.contains(NameKey(scalars: scalars)),
            weakSuffixes.longestMatch(in: scalars, endingAt: scalars.count) != nil,
            organizationKind(of: scalars) == nil
        else { return nil }
        return scalars
    }

    /// Groups names into enterprises, as indices into `names` (only those marked as enterprises). A short form
    /// joins a long one when
    /// - two lists of the same length name them at the same position and the long form begins with the short one, or
    /// - the long form is a full legal name that begins with the short form, what follows is only a place in
    ///   brackets, trade words and the legal form (at most two other characters), and no other known name
    ///   begins with the short form — so 思源 joins neither 思源电力电容器 nor 思源高压开关.
    private func linkedForms(_ names: [String], isEnterprise: [Bool], lists: [[String]]) -> [[Int]] {
        let scalarsOfNames = names.map(\.scalarArray)
        var indexOfName: [NameKey: Int] = [:]
        for (index, scalars) in scalarsOfNames.enumerated() where isEnterprise[index] {
            indexOfName[NameKey(scalars: scalars)] = index
        }
        var parent = Array(names.indices)
        func root(_ index: Int) -> Int {
            var current = index
            while parent[current] != current { current = parent[current] }
            return current
        }
        func link(_ short: Int, _ long: Int) {
            let (a, b) = (root(short), root(long))
            if a != b { parent[a] = b }
        }
        // Lists as name indices, each distinct list once.
        var seenLists: Set<[Int]> = []
        var indexLists: [[Int]] = []
        for list in lists {
            let indices = list.map { indexOfName[NameKey($0)] ?? -1 }
            if seenLists.insert(indices).inserted { indexLists.append(indices) }
        }
        for (i, first) in indexLists.enumerated() {
            for second in indexLists[(i + 1)...] where second.count == first.count {
                for (a, b) in zip(first, second) where a != b && a >= 0 && b >= 0 {
                    let (short, long) = scalarsOfNames[a].count < scalarsOfNames[b].count ? (a, b) : (b, a)
                    if scalarsOfNames[long].starts(with: scalarsOfNames[short]) { link(short, long) }
                }
            }
        }
        // In lexicographic order the names that begin with a name follow it directly.
        let sorted = names.indices.filter { isEnterprise[$0] }
            .sorted { scalarsOfNames[$0].lexicographicallyPrecedes(scalarsOfNames[$1]) }
        for (position, index) in sorted.enumerated() {
            let shortScalars = scalarsOfNames[index]
            guard shortScalars.count >= 2, strongSuffixes.longestMatch(in: shortScalars, endingAt: shortScalars.count) == nil
            else { continue }
            var extensions: [Int] = []
            var next = position + 1
            while next < sorted.count, scalarsOfNames[sorted[next]].starts(with: shortScalars) {
                extensions.append(sorted[next])
                next += 1
            }
            let legalNames = extensions.filter { isLegalExtension(of: shortScalars, by: scalarsOfNames[$0]) }
            // Every longer form must be the same company: one legal name, the others its own prefixes.
            guard let legal = legalNames.max(by: { scalarsOfNames[$0].count < scalarsOfNames[$1].count }),
                extensions.allSatisfy({ scalarsOfNames[legal].starts(with: scalarsOfNames[$0]) })
            else { continue }
            link(index, legal)
        }
        var groups: [Int: [Int]] = [:]
        var rootsInOrder: [Int] = []
        for index in names.indices where isEnterprise[index] {
            let r = root(index)
            if groups[r] == nil { rootsInOrder.append(r) }
            groups[r, default: []].append(index)
        }
        return rootsInOrder.compactMap { groups[$0] }
    }

    /// Whether `long` is `short` completed to a legal name: a bracketed place, trade words and a legal form,
    /// with at most two other characters ("澄明光电" → "澄明光电科技股份有限公司", "恒川液压" → "恒川液压（香港）有限公司").
    private func isLegalExtension(of short: [Unicode.Scalar], by long: [Unicode.Scalar]) -> Bool {
        guard long.count > short.count, long.starts(with: short),
            strongSuffixes.longestMatch(in: long, endingAt: long.count) != nil
        else { return false }
        var rest = Array(long[short.count...])
        if let open = rest.firstIndex(where: { $0 == "（" || $0 == "(" }),
            let close = rest[open...].firstIndex(where: { $0 == "）" || $0 == ")" })
        {
            rest.removeSubrange(open...close)
        }
        var unexplained = 0
        var index = 0
        while index < rest.count {
            if let length = weakSuffixes.longestMatch(in: rest, startingAt: index) {
                index += length
            } else {
                unexplained += 1
                index += 1
            }
        }
        return unexplained <= 2
    }

    /// Every occurrence of every known name (one list per name, in `names` order), longest match first,
    /// by one scan per paragraph; names are matched across line feeds (PDF debris), offsets mapped back.
    private func mentions(of names: [String], in paragraphs: [ParagraphText]) -> [[Mention]] {
        let trie = WordTrie(names.enumerated().map { ($0.element, $0.offset) })
        var result = [[Mention]](repeating: [], count: names.count)
        for paragraph in paragraphs {
            let text = paragraph.scalars
            let hasLineFeed = text.contains("\n")
            let stripped = ScalarText(scalars: hasLineFeed ? text.filter { $0 != "\n" } : text)
            let offsets = hasLineFeed ? text.indices.filter { text[$0] != "\n" } : []
            var index = 0
            while index < stripped.count {
                guard let match = trie.longestMatch(in: stripped, at: index) else {
                    index += 1
                    continue
                }
                let span = hasLineFeed
                    ? TextSpan(start: offsets[index], end: offsets[index + match.length - 1] + 1)
                    : TextSpan(start: index, end: index + match.length)
                // Without a line feed inside, the matched text is the name itself: share its String.
                let matched = hasLineFeed ? paragraph.text(span) : names[match.value]
                result[match.value].append(Mention(paragraph, span: span, text: matched))
                index += match.length
            }
        }
        return result
    }

    /// Whether a table column's header (its first row) names enterprises: 企业名称, 承担单位 … Decided once per
    /// column, when its first data row is read, by which time the whole header row has been.
    private func isEnterpriseColumn(_ column: NameCollection.TableColumn, in names: inout NameCollection) -> Bool {
        if let known = names.enterpriseColumns[column] { return known }
        let header = names.headers[column] ?? []
        let isEnterprise = header.indices.contains { categoryWords.longestMatch(in: header, startingAt: $0) != nil }
        names.enterpriseColumns[column] = isEnterprise
        return isEnterprise
    }
}
