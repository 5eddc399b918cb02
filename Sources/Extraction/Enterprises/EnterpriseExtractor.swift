public import DocumentModel
#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// Finds enterprises and organizations, links short and long forms, and ties listed names to their counts.
///
/// Names come from lists tied to counts (`EnumerationFinder`), legal forms (`LegalNameFinder`), brands in lists
/// and running text (`BrandNameFinder`), organization endings (`OrganizationNameFinder`) and table cells under an
/// enterprise header; then `AliasLinker` groups the forms of one name and `MentionSearch` finds every occurrence.
/// Rules match the text folded to simplified characters; names are reported as written.
public struct EnterpriseExtractor: Sendable {
    private let enumerations: EnumerationFinder
    private let legalNames: LegalNameFinder
    private let brandNames: BrandNameFinder
    private let organizationNames: OrganizationNameFinder
    private let linker: AliasLinker
    private let tradeWords: BackwardWordSet
    private let legalForms: BackwardWordSet
    private let aliasMarkers: ForwardWordSet
    private let boundaries: NameBoundaries
    private let categoryWords: WordSet
    private let nonNames: Set<NameKey>
    /// The classes of the scalars the finders pass by (``ScalarClasses``).
    private let scalarClasses: ScalarClasses.Table

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
        // One set of enterprise-name boundaries serves every finder (organizations keep their own).
        let boundaries = NameBoundaries(rules: rules)
        self.boundaries = boundaries
        enumerations = EnumerationFinder(rules: rules, boundaries: boundaries)
        legalNames = LegalNameFinder(rules: rules, boundaries: boundaries)
        brandNames = BrandNameFinder(rules: rules, boundaries: boundaries)
        organizationNames = OrganizationNameFinder(rules: rules)
        linker = AliasLinker(rules: rules)
        tradeWords = BackwardWordSet(rules[.legalForms] + rules[.enterpriseSuffixes] + rules[.weakEnterpriseSuffixes])
        categoryWords = WordSet(rules[.enterpriseCategoryWords])
        legalForms = BackwardWordSet(rules[.legalForms])
        aliasMarkers = ForwardWordSet(rules[.aliasMarkers])
        nonNames = Set(rules[.nonNames].map(NameKey.init) + rules[.categoryHeads].map(NameKey.init))
        scalarClasses = ScalarClasses.Table(
            legalNames.scalarSets + brandNames.scalarSets + organizationNames.scalarSets)
    }

    /// Extracts from paragraphs in document order (a table's header row before its other rows), given the counts
    /// the numeric scanner found in each (same order).
    public func extract(from paragraphs: [Paragraph], counts: [[CountMention]]) -> Result {
        let texts = paragraphs.map { ParagraphText($0) }
        var names = NameCollection()
        var steps: [NameStep] = []
        var classStorage: [UInt8] = []
        for position in texts.indices {
            gather(
                from: texts[position], at: position,
                counts: position < counts.count ? counts[position][...] : [], into: &steps,
                classStorage: &classStorage)
        }
        for step in steps { record(step, of: texts, into: &names) }
        return finish(names, mentions: mentionSearch(for: names).mentions(in: texts))
    }

    /// Finds the names of one paragraph on its own (lists tied to its counts, legal-form names and the short forms
    /// they declare, brands, organizations, and whether it stands in a table cell) and appends them to `steps` in the
    /// order found; `position` is the paragraph's place in what ``record(_:of:into:)`` is later given.
    ///
    /// Nothing here depends on other paragraphs, so paragraphs can be gathered on several threads at once.
    ///
    /// `classStorage` holds the paragraph's scalar classes (``ScalarClasses``) while the finders read them: an array
    /// kept from paragraph to paragraph.
    func gather(
        from paragraph: ParagraphText, at position: Int, counts: ArraySlice<CountMention>,
        into steps: inout [NameStep], classStorage: inout [UInt8]
    ) {
        let text = paragraph.scalars
        for list in enumerations.enumerations(in: text, written: paragraph.written, counts: counts) {
            // Items are cut as in any list: 阿里巴巴产业带 → 阿里巴巴, 国药控股中药饮片生产 → 国药控股.
            // Each name is keyed once, for the checks, the collection and the list alike.
            // Room for every item at once: compactMap grew the array a name at a time.
            var listed: [ListedName] = []
            listed.reserveCapacity(list.items.count)
            for item in list.items {
                let range = brandNames.trimmedItem(item.start..<item.end, in: text)
                let span = range.count >= 2 ? TextSpan(start: range.lowerBound, end: range.upperBound) : item
                // "采取代理出口的企业": a description of enterprises, not a name.
                let scalars = text[span.start..<span.end]
                let describes = scalars.contains("的") || categoryWords.longestMatch(in: text, endingAt: span.end) != nil
                let isName =
                    legalForms.longestMatch(in: text, endingAt: span.end) != nil
                    || brandNames.isListedName(
                        span.start..<span.end, in: text, bareLength: BrandNameFinder.countedNameLength)
                guard !describes, isName else { continue }
                let key = key(of: span.start..<span.end, in: paragraph.scalars)
                if !nonNames.contains(key) { listed.append(ListedName(span: span, key: key)) }
            }
            guard !listed.isEmpty else { continue }
            steps.append(.list(paragraph: position, list, names: listed))
        }
        let classes = scalarClasses.classes(of: text, in: &classStorage)
        for range in legalNames.names(in: text, classes: classes) {
            let key = key(of: range, in: paragraph.scalars)
            steps.append(.name(paragraph: position, range: range, key: key, evidence: .legalForm))
            if let short = declaredShortForm(after: range.upperBound, in: text) {
                let shortKey = self.key(of: short, in: paragraph.scalars)
                steps.append(.name(paragraph: position, range: short, key: shortKey, evidence: .alias))
                steps.append(.alias(short: shortKey, long: key))
            }
            // 某省四通信息技术有限公司, XX市鸿图工艺饰品有限公司: the name without its masked place is a form of it too.
            if let masked = boundaries.maskedPrefixLength(text, at: range.lowerBound), range.count - masked >= 4 {
                let clean = (range.lowerBound + masked)..<range.upperBound
                let cleanKey = self.key(of: clean, in: paragraph.scalars)
                steps.append(.name(paragraph: position, range: clean, key: cleanKey, evidence: .alias))
                steps.append(.alias(short: cleanKey, long: key))
            }
        }
        for candidate in brandNames.names(in: text, classes: classes) {
            let key = key(of: candidate.range, in: paragraph.scalars)
            steps.append(.name(paragraph: position, range: candidate.range, key: key, evidence: candidate.evidence))
        }
        for range in organizationNames.names(in: text, classes: classes) {
            let key = key(of: range, in: paragraph.scalars)
            steps.append(.name(paragraph: position, range: range, key: key, evidence: []))
        }
        if paragraph.cell != nil { steps.append(.cell(paragraph: position)) }
    }

    /// Records one step gathered from `paragraphs` into `names`; steps come in document order.
    ///
    /// A paragraph is passed on as the array and its position: `paragraphs[position]` copies the whole paragraph
    /// (retaining its arrays), where a name reads only the scalars it is written with, and only when it is new. A list
    /// that holds enterprises copies its paragraph once, for the mention of the count fact.
    func record(_ step: consuming NameStep, of paragraphs: [ParagraphText], into names: inout NameCollection) {
        switch consume step {
        case .name(let position, let range, let key, let evidence):
            add(range, key: key, of: paragraphs, at: position, evidence: evidence, to: &names)
        case .alias(let short, let long):
            // Kept until the names are linked: compacted, so as not to hold the paragraphs' scalars.
            names.declaredAliases.append((short.compacted, long.compacted))
        case .list(let position, let list, let listed):
            record(list, listed: listed, of: paragraphs, at: position, into: &names)
        case .cell(let position):
            recordCell(of: paragraphs, at: position, into: &names)
        }
    }

    /// Records the names of a list tied to a count, and the count fact when some of them are enterprises.
    private func record(
        _ list: Enumeration, listed: [ListedName], of paragraphs: [ParagraphText], at position: Int,
        into names: inout NameCollection
    ) {
        var enterprises: [Int] = []
        enterprises.reserveCapacity(listed.count)
        for name in listed {
            guard
                let recorded = add(
                    name.span.start..<name.span.end, key: name.key, of: paragraphs, at: position,
                    evidence: .countList, to: &names),
                names.names[recorded].organizationKind == nil
            else { continue }
            enterprises.append(recorded)
        }
        guard !enterprises.isEmpty else { return }
        names.lists.append(enterprises)
        let paragraph = paragraphs[position]
        let mention = Mention(paragraph, span: list.span, text: paragraph.text(list.span))
        let count = list.count?.value
        let listedCount = Decimal(listed.count)
        let consistent = count.map { list.isOpenEnded ? listedCount <= $0 : listedCount == $0 } ?? true
        names.countFacts.append(
            CountFact(
                category: list.category, count: count, unit: list.count?.unit,
                enterprises: listed.map { written(of: $0.span.start..<$0.span.end, in: paragraph.written) },
                complete: !list.isOpenEnded && consistent, consistent: consistent, mention: mention))
        if !consistent, let count {
            names.warnings.append(
                ExtractionWarning(
                    code: .countMismatch,
                    message: "\(mention.text): \(listed.count) names listed for a count of \(count)",
                    mention: mention))
        }
    }

    /// Records a table cell's paragraph: a header row's text, or a name in a column whose header names enterprises.
    private func recordCell(of paragraphs: [ParagraphText], at position: Int, into names: inout NameCollection) {
        guard let cell = paragraphs[position].cell else { return }
        let text = paragraphs[position].scalars
        let column = NameCollection.TableColumn(table: cell.table, cell: cell.cell)
        if cell.row == 0 {
            names.headers[column, default: []] += text
        } else if isEnterpriseColumn(column, in: &names), isCellName(text) {
            add(text.indices, of: paragraphs, at: position, evidence: .tableColumn, to: &names)
        }
    }

    /// The short form declared in brackets right after a name: "（以下简称瑞禾集团）", "(简称“华源”)".
    private func declaredShortForm(after end: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        guard end < text.count, text[end] == "（" || text[end] == "(",
            let marker = aliasMarkers.longestMatch(in: text, startingAt: end + 1)
        else { return nil }
        var start = end + 1 + marker
        while start < text.count, ScalarBitmap.quotationMarks.contains(text[start]) { start += 1 }
        var close = start
        while close < text.count, close - start <= 12, text[close].isNameScalar { close += 1 }
        guard close - start >= 2, close < text.count else { return nil }
        return start..<close
    }

    /// The key of the name written in `range` of a paragraph's folded scalars, without white space: it shares them
    /// when there is none.
    private func key(of range: Range<Int>, in scalars: [Unicode.Scalar]) -> NameKey {
        NameKey(writtenIn: scalars[range])
    }

    /// The name written in `range` of a paragraph's written scalars, without white space (PDF debris).
    private func written(of range: Range<Int>, in written: [Unicode.Scalar]) -> String {
        let scalars = written[range]
        // Most names hold no white space: their scalars are then encoded straight from the text.
        guard scalars.contains(where: \.isWhiteSpace) else { return String(scalars: scalars) }
        return String(scalars: scalars.lazy.filter { !$0.isWhiteSpace })
    }

    /// Adds the name written in `range` with its evidence; a name seen before gains the evidence.
    private func add(
        _ range: Range<Int>, of paragraphs: [ParagraphText], at position: Int, evidence: NameEvidence,
        to names: inout NameCollection
    ) {
        add(
            range, key: key(of: range, in: paragraphs[position].scalars), of: paragraphs, at: position,
            evidence: evidence, to: &names)
    }

    /// Adds the name written in `range`, whose key is `key`, with its evidence, and returns its position in the
    /// collection; nil when it is not taken as a name (a single scalar, or a body that is not an organization).
    @discardableResult
    private func add(
        _ range: Range<Int>, key: NameKey, of paragraphs: [ParagraphText], at position: Int, evidence: NameEvidence,
        to names: inout NameCollection
    ) -> Int? {
        guard key.scalars.count >= 2 else { return nil }
        if let known = names.addEvidence(evidence, to: key) { return known }
        // A name not known yet: its key compacted, for the organization checks (which read an array) and for the
        // collection (which keeps it).
        let key = key.compacted
        let kind = organizationNames.kind(of: key.scalarArray)
        if kind == nil, organizationNames.holdsBody(key.scalarArray) { return nil }
        return names.insert(
            key, written: written(of: range, in: paragraphs[position].written), organizationKind: kind,
            evidence: evidence)
    }

    /// The search for every mention of the names in `collection` (one list per name, in its order): a body named
    /// after an enterprise (天衡药业研发中心) is a part of it, and its name is found as the enterprise's mention.
    func mentionSearch(for collection: NameCollection) -> MentionSearch {
        let names = collection.names
        return MentionSearch(
            names: names.map { name in
                let isPartOfEnterprise =
                    name.organizationKind != nil
                    && (2..<name.scalars.count).contains {
                        collection.position(of: NameKey(scalars: name.scalars[..<$0])).map {
                            names[$0].organizationKind == nil
                        } ?? false
                    }
                return isPartOfEnterprise ? [] : name.scalars
            }, written: names.map(\.written))
    }

    /// Links short and long forms of the names in `collection`, given every mention of each name
    /// (``mentionSearch(for:)`` over all paragraphs).
    func finish(_ collection: NameCollection, mentions: consuming [[Mention]]) -> Result {
        finish(collection, groups: groups(of: collection), mentions: mentions)
    }

    /// The names of `collection` that are forms of one enterprise, linked: each group's positions in its names.
    ///
    /// Needs no mention, so it can run while the mentions are searched.
    func groups(of collection: NameCollection) -> [[Int]] {
        let names = collection.names
        return linker.groups(
            of: collection, names: names.map(\.scalars), isEnterprise: names.map { $0.organizationKind == nil })
    }

    /// The enterprises and organizations of `collection`, given its names' groups (``groups(of:)``) and every mention
    /// of each name.
    func finish(_ collection: NameCollection, groups: [[Int]], mentions: consuming [[Mention]]) -> Result {
        let names = collection.names
        let forms = names.map(\.scalars)
        var mentionLists = consume mentions
        var enterprises: [EnterpriseFinding] = []
        for group in groups {
            // A group holds enterprises only, so its lists are moved out, not copied: organizations read the others.
            var groupMentions: [Mention] = []
            for member in group {
                if groupMentions.isEmpty {
                    swap(&groupMentions, &mentionLists[member])
                } else {
                    groupMentions += mentionLists[member]
                    mentionLists[member] = []
                }
            }
            // Every occurrence of these forms lies inside a longer name, which the mention search prefers.
            if groupMentions.isEmpty { continue }
            groupMentions.sort { ($0.block, $0.span.start) < ($1.block, $1.span.start) }
            let canonical =
                group.max {
                    (forms[$0].count, names[$1].written) < (forms[$1].count, names[$0].written)
                } ?? group[0]
            var evidence = group.reduce(into: NameEvidence()) { $0.formUnion(names[$1].evidence) }
            if group.count > 1 { evidence.insert(.alias) }
            enterprises.append(
                EnterpriseFinding(
                    name: names[canonical].written,
                    aliases: group.filter { $0 != canonical }.map { names[$0].written }.sorted(),
                    mentions: groupMentions, evidence: evidence))
        }
        enterprises.sort {
            ($0.mentions.first?.block ?? .max, $0.mentions.first?.span.start ?? .max)
                < ($1.mentions.first?.block ?? .max, $1.mentions.first?.span.start ?? .max)
        }
        let organizations = names.indices.compactMap { index -> OrganizationFinding? in
            guard let kind = names[index].organizationKind, !mentionLists[index].isEmpty else { return nil }
            return OrganizationFinding(name: names[index].written, kind: kind, mentions: mentionLists[index])
        }
        return Result(
            enterprises: enterprises, organizations: organizations, countFacts: collection.countFacts,
            warnings: collection.warnings)
    }

    /// Whether a table cell holds one enterprise name and nothing else.
    private func isCellName(_ text: [Unicode.Scalar]) -> Bool {
        let scalars = text[...].withoutWhiteSpace
        guard scalars.count >= 4, scalars.count <= 30, scalars.allSatisfy(\.isNameScalar),
            scalars.contains(where: \.isHan),
            !nonNames.contains(NameKey(scalars: scalars)),
            tradeWords.longestMatch(in: scalars, endingAt: scalars.count) != nil,
            organizationNames.kind(of: scalars) == nil
        else { return false }
        return true
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
