/// Finds enterprises named without a legal form: short brand names in lists (锦江泉酒业、鸿达实业、苗家王食品), brand plus
/// trade word in running text (鑫科铜业), and brand names at the head of a project or after a context verb.
///
/// A list (items joined by 、) names enterprises when one item ends in a legal form or a trade word, two end in a
/// weak trade word, or the sentence says so (…等企业, 以…为代表, 引进 …). A place list (…等地) never does. Every item of
/// an enterprise list is taken, cut before what follows a name (项目, 获, 投产 …); categories, organizations and
/// places are left out.
struct BrandNameFinder: Sendable {
    private let boundaries: NameBoundaries
    private let legalForms: WordSet
    private let strongSuffixes: WordSet
    private let weakSuffixes: BackwardWordSet
    /// The strong and the weak trade words in one trie read backwards, each word's value whether it is strong (a word
    /// of both lists is): the longest trade word ending at a position, and its strength, in one walk.
    ///
    /// Its first scalars (the words' last) are where a trade word can end: elsewhere running text names no brand.
    private let tradeWordStrengths: WordTrie<Bool>
    private let contextBefore: BackwardWordSet
    /// The words of the rules' `enterprise_context_after` that are a company's acts (投产, 落户, 签约), not nouns
    /// such as 项目 or 投资.
    private let actsAfter: ForwardWordSet
    private let projectWords: ForwardWordSet
    private let placeListMarkers: ForwardWordSet
    private let categoryWords: ForwardWordSet
    private let categoryHeads: ForwardWordSet
    private let nameEndWords: ForwardWordSet
    private let listContextAfter: ForwardWordSet
    private let adverbs: ForwardWordSet
    /// Particles that never begin or end a brand.
    private let particles: ScalarBitmap
    /// Characters after a trade word that make it part of a longer word (化工业, 电子化, 科技产业).
    private let wordContinuations: ScalarBitmap
    private let placeEndings: ScalarBitmap
    private let conjunctions: ScalarBitmap
    /// Measure words that, after a numeral, end a name in a list (两个, 两家).
    private let countMeasureWords: ScalarBitmap
    /// Project words and the activities a project does (生产, 研发, 加工, 建设): what follows a name, not part of it.
    private let activityWords: ForwardWordSet
    private let frameBefore: BackwardWordSet
    private let frameAfter: ForwardWordSet
    /// Trade, generic, category and project words: an item made of these only names no one.
    private let genericWords: ForwardWordSet
    /// Every trade word and legal form, to find the longest one that starts at a position.
    private let tradeWords: ForwardWordSet

    /// The longest list item, in scalars.
    private static let maxItemLength = 16
    /// The items a list's arrays make room for at once.
    private static let itemsReserved = 8
    /// The longest brand named without a trade word in a list.
    static let bareBrandLength = 6
    /// The longest name without a trade word in a list tied to a count of enterprises (思源电力电容器).
    static let countedNameLength = 10
    /// The shortest and longest brand before a trade word.
    private static let brandLengths = 2...5
    /// Scalars that separate the items of a list; one list uses one of them.
    private static let itemSeparators: ScalarBitmap = ["、", "；", ";"]

    /// A name found, as a span of the paragraph, with why it was taken.
    struct Candidate: Sendable, Equatable {
        var range: Range<Int>
        var evidence: NameEvidence
    }

    init(rules: ExtractionRules, boundaries: NameBoundaries) {
        self.boundaries = boundaries
        legalForms = WordSet(rules[.legalForms])
        strongSuffixes = WordSet(rules[.enterpriseSuffixes])
        weakSuffixes = BackwardWordSet(rules[.weakEnterpriseSuffixes])
        // Strong words first: a repeated word keeps its first value.
        tradeWordStrengths = WordTrie(
            rules[.enterpriseSuffixes].map { ($0, true) } + rules[.weakEnterpriseSuffixes].map { ($0, false) },
            direction: .backward)
        contextBefore = BackwardWordSet(rules[.enterpriseContextBefore])
        // Compared as scalars: `String.hasSuffix` compares by grapheme, which costs far more.
        let nouns = (rules[.projectWords] + rules[.moneyContextWords]).map { Array($0.unicodeScalars) }
        actsAfter = ForwardWordSet(
            rules[.enterpriseContextAfter].filter { word in
                let scalars = Array(word.unicodeScalars)
                return !nouns.contains { scalars.count >= $0.count && scalars.suffix($0.count).elementsEqual($0) }
            })
        projectWords = ForwardWordSet(rules[.projectWords])
        placeListMarkers = ForwardWordSet(rules[.placeListMarkers])
        categoryWords = ForwardWordSet(rules[.enterpriseCategoryWords])
        categoryHeads = ForwardWordSet(rules[.categoryHeads] + rules[.nonNames])
        nameEndWords = ForwardWordSet(rules[.enterpriseContextAfter] + rules[.projectWords] + rules[.nameBoundaryWords])
        listContextAfter = ForwardWordSet(rules[.listContextAfter])
        adverbs = ForwardWordSet(rules[.actAdverbs])
        particles = ScalarBitmap(words: rules[.brandEdgeParticles])
        wordContinuations = ScalarBitmap(words: rules[.tradeWordContinuations])
        placeEndings = ScalarBitmap(words: rules[.placeEndings])
        conjunctions = ScalarBitmap(words: rules[.listConjunctions])
        countMeasureWords = ScalarBitmap(words: rules[.listCountMeasureWords])
        activityWords = ForwardWordSet(rules[.projectWords] + rules[.activityWords])
        frameBefore = BackwardWordSet(rules[.enterpriseFrameBefore])
        frameAfter = ForwardWordSet(rules[.enterpriseFrameAfter])
        genericWords = ForwardWordSet(
            rules[.genericCompanyWords] + rules[.enterpriseSuffixes] + rules[.weakEnterpriseSuffixes]
                + rules[.categoryHeads]
                + rules[.projectWords] + rules[.legalForms] + rules[.enterpriseCategoryWords])
        tradeWords = ForwardWordSet(rules[.legalForms] + rules[.enterpriseSuffixes] + rules[.weakEnterpriseSuffixes])
    }

    /// The scalar sets whose positions in a paragraph ``names(in:classes:)`` reads off its ``ScalarClasses``.
    var scalarSets: [(member: ScalarClasses.Member, scalars: ScalarBitmap)] {
        [
            (.itemSeparator, Self.itemSeparators), (.tradeWordEnd, tradeWordStrengths.firstScalars),
            (.frameWordEnd, frameBefore.lastScalars),
        ]
    }

    /// The brand names of one paragraph (folded text), lists first, then names in running text outside them;
    /// `classes` are the paragraph's, from a table of ``scalarSets``.
    func names(in text: [Unicode.Scalar], classes: ScalarClasses) -> [Candidate] {
        var found: [Candidate] = []
        var covered: [Range<Int>] = []
        var index = classes.first(.itemSeparator, from: 0)
        while index < text.count {
            var next = index + 1
            if let list = list(around: index, in: text) {
                // The first list's names are taken as they are: appending them to an empty array copies them.
                if found.isEmpty { found = list.names } else { found += list.names }
                covered.append(list.range)
                next = list.range.upperBound
            }
            index = classes.first(.itemSeparator, from: next)
        }
        // Running text before framed names, each taken in turn (joined, they were copied into an array of their own).
        func take(_ candidates: [Candidate]) {
            for candidate in candidates where !covered.contains(where: { $0.overlaps(candidate.range) }) {
                found.append(candidate)
                covered.append(candidate.range)
            }
        }
        take(runningNames(in: text, classes: classes))
        take(framedNames(in: text, classes: classes))
        return found
    }

    // MARK: Lists

    /// The list whose first separator is at `separator`: its range and the names taken from it (none when it is
    /// not a list of enterprises).
    private func list(around separator: Int, in text: [Unicode.Scalar]) -> (range: Range<Int>, names: [Candidate])? {
        let mark = text[separator]
        // Room for a list of eight items at once: grown an item at a time, a list's arrays were reallocated three
        // or four times each. The first item's place is kept until its start is found.
        var items: [Range<Int>] = []
        items.reserveCapacity(Self.itemsReserved)
        items.append(separator..<separator)
        var lastSeparator = separator
        var next = separator + 1
        while let itemEnd = itemEnd(from: next, in: text), itemEnd > next {
            // 龍洋木業(yè)、新源糧食倉儲(chǔ)、…: converter pinyin after an item stands before its separator.
            let end = Self.skippingPinyin(from: itemEnd, in: text)
            guard end < text.count, text[end] == mark else { break }
            items.append((lastSeparator + 1)..<end)
            lastSeparator = end
            next = end + 1
        }
        let firstStart = boundaries.start(of: text, endingAt: separator, maxLength: Self.maxItemLength)
        guard firstStart < separator else { return nil }
        items[0] = firstStart..<separator
        var lastStart = lastSeparator + 1
        guard let lastEnd = itemEnd(from: lastStart, in: text), lastEnd > lastStart else { return nil }
        var last = lastItem(lastStart..<lastEnd, in: text)
        // "德国西门子、固泰电子与意大利菲尔姆等": 与, 和, 及 join one more item.
        while last.upperBound < lastEnd, conjunctions.contains(text[last.upperBound]), last.count >= 2 {
            items.append(last)
            lastStart = last.upperBound + 1
            guard lastStart < lastEnd else { break }
            last = lastItem(lastStart..<lastEnd, in: text)
        }
        items.append(last)
        let range = firstStart..<last.upperBound
        // Clauses are joined by ； too: such a list holds names only when every item is short.
        if mark != "、", items.contains(where: { $0.count > 8 || !isPlausibleBrand($0, in: text) }) { return nil }
        // "赴上海、广州、深圳等地": places.
        if placeListMarkers.longestMatch(in: text, startingAt: last.upperBound) != nil { return (range, []) }
        // Each item trimmed, and its trade word looked up once, for the list's evidence and for each name.
        let trimmed = items.map { item -> (range: Range<Int>, endsInStrong: Bool, endsInWeak: Bool) in
            let range = trimmedItem(item, in: text)
            return (range, endsInTrade(range, in: text, weak: false), endsInTrade(range, in: text, weak: true))
        }
        let strong = trimmed.count(where: \.endsInStrong)
        let weak = trimmed.count(where: \.endsInWeak)
        let evidence: NameEvidence
        // Clauses joined by ； need two names with trade words to be a list of names.
        if mark == "、" ? (strong >= 1 || weak >= 2) : strong + weak >= 2 {
            evidence = .list
        } else if saysEnterprises(items: items, trimmedEnd: trimmed[trimmed.count - 1].range.upperBound, in: text) {
            evidence = .context
        } else {
            return (range, [])
        }
        var names: [Candidate] = []
        names.reserveCapacity(trimmed.count)
        for item in trimmed where isListedName(item.range, in: text, endsInTrade: item.endsInStrong || item.endsInWeak)
        {
            names.append(Candidate(range: item.range, evidence: evidence))
        }
        return (range, names)
    }

    /// Whether the words around a list of `items` (the last ending at `trimmedEnd` once trimmed) say that they
    /// name enterprises, and no item is a figure.
    private func saysEnterprises(items: [Range<Int>], trimmedEnd: Int, in text: [Unicode.Scalar]) -> Bool {
        let firstStart = items[0].lowerBound
        // 美的厨卫、美智空调2家企业…: the list's own count follows its last name.
        let countedAfter = isEnterpriseContext(after: trimmedEnd, in: text)
        // 与北化、红太阳“牵手”: a frame around the whole list.
        let framed =
            frameBefore.longestMatch(in: text, endingAt: firstStart) != nil
            && frameAfter.longestMatch(
                in: text, startingAt: skippingAdverbs(from: Self.skippingQuotes(from: trimmedEnd, in: text), in: text))
                != nil
        let said =
            isEnterpriseContext(after: items[items.count - 1].upperBound, in: text) || countedAfter || framed
            || contextBefore.longestMatch(in: text, endingAt: firstStart) != nil
        guard said else { return false }
        // 考察团组63批、共计410人次: items with figures are quantities, whatever the verb before them.
        let holdsFigures = items.enumerated().contains { position, item in
            guard position < items.count - 1 || !countedAfter else { return false }
            return item.contains { text[$0].isDigit && ($0 + 1 >= item.upperBound || text[$0 + 1] != "号") }
        }
        return !holdsFigures
    }

    /// Whether a list item can be a name: plausible, and at most `bareLength` long when it has no trade word (北化,
    /// 红太阳, 意大利菲尔姆; a longer item names an enterprise with its trade word).
    func isListedName(_ item: Range<Int>, in text: [Unicode.Scalar], bareLength: Int = bareBrandLength) -> Bool {
        isListedName(
            item, in: text,
            endsInTrade: endsInTrade(item, in: text, weak: false) || endsInTrade(item, in: text, weak: true),
            bareLength: bareLength)
    }

    /// ``isListedName(_:in:bareLength:)`` for an item whose trade word is known.
    private func isListedName(
        _ item: Range<Int>, in text: [Unicode.Scalar], endsInTrade: Bool, bareLength: Int = bareBrandLength
    ) -> Bool {
        isPlausibleBrand(item, in: text) && (endsInTrade || item.count <= bareLength)
    }

    /// Where an item that starts at `start` ends: at the first scalar that cannot stand in a name (a line feed
    /// between two Han characters is PDF debris and is crossed), or a few scalars past ``maxItemLength``.
    private func itemEnd(from start: Int, in text: [Unicode.Scalar]) -> Int? {
        var index = start
        while index < text.count, index - start <= Self.maxItemLength + 4 {
            let scalar = text[index]
            if scalar == "\n", index > start, text[index - 1].isHan, index + 1 < text.count, text[index + 1].isHan {
                index += 1
                continue
            }
            if !scalar.isNameScalar && !(scalar == " " && index > start) { return index }
            index += 1
        }
        return min(index, text.count)
    }

    /// The last item cut before what follows it in the sentence: 等, a verb (获, 投产), a project word (项目).
    private func lastItem(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        var end = range.upperBound
        if var tradeEnd = tradeWordEnd(in: range, of: text) {
            if legalForms.longestMatch(in: text, endingAt: tradeEnd) != nil { return range.lowerBound..<tradeEnd }
            // 加勒里亚生物科技: trade words in a row end the name together, unless a suffix makes them a phrase (智能化).
            while let more = tradeWords.longestMatch(in: text, startingWithin: tradeEnd..<range.upperBound),
                tradeEnd + more >= range.upperBound || !wordContinuations.contains(text[tradeEnd + more])
            {
                tradeEnd += more
            }
            end = tradeEnd
        }
        for index in (range.lowerBound + 2)..<max(range.lowerBound + 2, end) {
            if text[index] == "等" || nameEndWords.longestMatch(in: text, startingAt: index) != nil {
                end = index
                break
            }
        }
        return range.lowerBound..<end
    }

    /// The end of the first legal form or trade word in `range` that has a brand before it and more text after it
    /// (康和化工获…, 华鲁制药公司袋装输液 → 华鲁制药公司).
    private func tradeWordEnd(in range: Range<Int>, of text: [Unicode.Scalar]) -> Int? {
        // A legal form ends the name wherever it stands (泓远检测技术服务有限公司启动…).
        for index in (range.lowerBound + 2)..<max(range.lowerBound + 2, range.upperBound) {
            if var length = legalForms.longestMatch(in: text, startingWithin: index..<range.upperBound) {
                while let more = legalForms.longestMatch(in: text, startingWithin: (index + length)..<range.upperBound)
                {
                    length += more
                }
                return index + length < range.upperBound ? index + length : nil
            }
        }
        var index = range.lowerBound + 2
        while index < range.upperBound {
            if let length = tradeWords.longestMatch(in: text, startingWithin: index..<range.upperBound) {
                var end = index + length
                while let more = legalForms.longestMatch(in: text, startingWithin: end..<range.upperBound) {
                    end += more
                }
                if end < range.upperBound, !genericWords.covers(text, range.lowerBound..<index) { return end }
                index = end
                continue
            }
            index += 1
        }
        return nil
    }

    /// An item without blanks at its edges, cut before a project word (阿里巴巴产业带 → 阿里巴巴) or a number
    /// (星星轮毂 100 万只 → 星星轮毂), and after a trade word followed by a product (国药控股中药饮片 → 国药控股).
    func trimmedItem(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, text[start].isWhiteSpace { start += 1 }
        while end > start, text[end - 1].isWhiteSpace || text[end - 1] == "等" { end -= 1 }
        var index = start + 2
        var headsProject = false
        while index < end {
            if text[index].isDigit || (text[index] == " " && index + 1 < end && text[index + 1].isDigit) {
                end = index
                headsProject = true
                break
            }
            if projectWords.longestMatch(in: text, startingAt: index) != nil {
                end = index
                headsProject = true
                break
            }
            if Self.skippingPinyin(from: index, in: text) > index {
                end = index
                break
            }
            // 极岸两个总部项目, 星澜两家科技企业: a count after the name.
            if NumeralScalars.isChineseNumeral(text[index]), index + 1 < end,
                countMeasureWords.contains(text[index + 1])
            {
                end = index
                break
            }
            index += 1
        }
        while end > start, text[end - 1].isWhiteSpace { end -= 1 }
        // 华鲁制药公司袋装输液, 汇晟塑业新能源电池壳体项目, 国药控股中药饮片生产: the name ends with its legal form, or with
        // its trade word when a project or an activity follows; 思源电力电容器 and 昆杰五金工具 stay whole.
        if let tradeEnd = tradeWordEnd(in: start..<end, of: text) {
            let activityFollows = (tradeEnd..<range.upperBound).contains {
                activityWords.longestMatch(in: text, startingAt: $0) != nil
            }
            if legalForms.longestMatch(in: text, endingAt: tradeEnd) != nil
                || ((headsProject || activityFollows) && !tradeWords.covers(text, tradeEnd..<end))
            {
                end = tradeEnd
            }
        }
        return start..<end
    }

    /// Whether the item ends in a legal form or a trade word (a weak one when `weak`).
    private func endsInTrade(_ range: Range<Int>, in text: [Unicode.Scalar], weak: Bool) -> Bool {
        guard range.count >= 3 else { return false }
        // Each set asked where it is stored: choosing one into a local copied it, a retain and a release a call.
        var length =
            weak
            ? weakSuffixes.longestMatch(in: text, endingWithin: range)
            : strongSuffixes.backward.longestMatch(in: text, endingWithin: range)
        if !weak, length == nil { length = legalForms.longestMatch(in: text, endingWithin: range) }
        guard let length, length < range.count else { return false }
        return !genericWords.covers(text, range.lowerBound..<(range.upperBound - length))
    }

    /// Whether the words after a list say its items are enterprises: 等企业, 等12家企业, 为代表, 等公司.
    private func isEnterpriseContext(after end: Int, in text: [Unicode.Scalar]) -> Bool {
        if listContextAfter.longestMatch(in: text, startingAt: end) != nil { return true }
        // 美的厨卫、美智空调2家企业…, 嘉泰、天娇2个项目…: the list is counted right after it.
        var number = end
        while number < text.count, text[number].isDigit || NumeralScalars.isChineseNumeral(text[number]) { number += 1 }
        if number > end, number < text.count {
            if text[number] == "家" { return true }
            if text[number] == "个" || text[number] == "项",
                projectWords.longestMatch(in: text, startingAt: number + 1) != nil
            {
                return true
            }
        }
        guard end < text.count, text[end] == "等" else { return false }
        var index = end + 1
        while index < text.count, index - end <= 8, text[index].isNameScalar {
            if categoryWords.longestMatch(in: text, startingAt: index) != nil { return true }
            index += 1
        }
        return false
    }

    /// Whether the item can be a name: 2–12 scalars, mostly Han, no placeholder, not a category or place.
    private func isPlausibleBrand(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        guard range.count >= 2, range.count <= 12 else { return false }
        // The item without white space, read where it stands unless it holds some.
        return text.withoutWhiteSpace(in: range) { words, bounds in
            isPlausibleBrand(bounds, of: words, in: text, range)
        }
    }

    /// ``isPlausibleBrand(_:in:)`` of `range` of `text`, which is `bounds` of `words` without white space.
    private func isPlausibleBrand(
        _ bounds: Range<Int>, of words: [Unicode.Scalar], in text: [Unicode.Scalar], _ range: Range<Int>
    ) -> Bool {
        let scalars = words[bounds]
        guard scalars.count >= 2, scalars.allSatisfy(\.isNameScalar), scalars.contains(where: \.isHan) else {
            return false
        }
        guard !boundaries.containsPlaceholder(text, within: range) else { return false }
        if categoryHeads.longestMatch(in: words, startingWithin: bounds) == bounds.count
            || genericWords.covers(words, bounds)
        {
            return false
        }
        // 国家进口贸易…, 省级智能网联汽车…: a name does not begin with a generic word.
        if let length = genericWords.longestMatch(in: words, startingWithin: bounds), length < bounds.count,
            !tradeWords.covers(words, bounds.lowerBound..<(bounds.lowerBound + length))
        {
            return false
        }
        // 60万吨PVC, 63批: a quantity, not a name; a number names a brand only before 号 (1号店).
        if let digit = scalars.lastIndex(where: \.isDigit), digit + 1 >= bounds.upperBound || words[digit + 1] != "号" {
            return false
        }
        if let last = scalars.last, placeEndings.contains(last), scalars.count <= 4 { return false }
        return true
    }

    // MARK: Running text

    /// Brand + trade word outside lists: 鑫科铜业入围…, 与北化合作…; a weak trade word needs a context word before or
    /// after the name.
    private func runningNames(in text: [Unicode.Scalar], classes: ScalarClasses) -> [Candidate] {
        var found: [Candidate] = []
        var index = 2
        var previousEnd = 0
        while index <= text.count {
            // Most positions end no trade word: the classes pass them by, before the trie is asked.
            guard classes.contains(.tradeWordEnd, at: index - 1) else {
                index = classes.first(.tradeWordEnd, from: index) + 1
                continue
            }
            guard
                let (length, isStrong) = ScalarText.reading(
                    text, { tradeWordStrengths.longestMatch(in: $0, at: index) })
            else {
                index += 1
                continue
            }
            // A legal form or a longer trade word continues the name: the legal-name finder takes it.
            if legalForms.longestMatch(in: text, startingAt: index) != nil
                || strongSuffixes.longestMatch(in: text, startingAt: index) != nil
                || (index < text.count && wordContinuations.contains(text[index])
                    && !(text[index] == "产" && projectWords.longestMatch(in: text, startingAt: index) != nil))
            {
                index += 1
                continue
            }
            let suffixStart = index - length
            if let longer = tradeWords.longestMatch(in: text, startingAt: suffixStart), longer > length {
                index += 1
                continue
            }
            let start = boundaries.start(
                of: text, endingAt: suffixStart, maxLength: Self.brandLengths.upperBound, floor: previousEnd)
            // The brand is checked first: the context words around it are looked up only for a brand.
            if Self.brandLengths.contains(suffixStart - start), isBrand(start..<suffixStart, in: text),
                isTaken(brandAt: start, tradeWordEnd: index, isStrong: isStrong, in: text)
            {
                found.append(Candidate(range: start..<index, evidence: isStrong ? .industryWord : .context))
                previousEnd = index
            }
            index += 1
        }
        return found
    }

    /// Whether running text names the brand that starts at `start`, before a trade word that ends at `tradeWordEnd`:
    /// a strong trade word needs the brand to start a clause, a context word, a project it heads or a boundary word
    /// before it; a weak one needs a context word or a project it heads.
    private func isTaken(brandAt start: Int, tradeWordEnd end: Int, isStrong: Bool, in text: [Unicode.Scalar]) -> Bool {
        let startsClause = start == 0 || !text[start - 1].isNameScalar
        if isStrong, startsClause { return true }
        if contextBefore.longestMatch(in: text, endingAt: start) != nil
            || actsAfter.longestMatch(in: text, startingAt: skippingAdverbs(from: end, in: text)) != nil
        {
            return true
        }
        let headsProject =
            projectWithin(from: end, in: text)
            && (startsClause || boundaries.endsBoundaryWord(text, at: start)
                || contextBefore.longestMatch(in: text, endingAt: start) != nil)
        return headsProject || (isStrong && boundaries.endsBoundaryWord(text, at: start))
    }

    /// The position after converter pinyin in brackets at `index` (`(yè)`, `(chǔ)`), or `index` itself.
    static func skippingPinyin(from index: Int, in text: [Unicode.Scalar]) -> Int {
        guard index < text.count, text[index] == "(" || text[index] == "（" else { return index }
        var close = index + 1
        while close < text.count, close - index <= 10, text[close].isPinyinLetter {
            close += 1
        }
        guard close > index + 1, close < text.count, text[close] == ")" || text[close] == "）" else { return index }
        return close + 1
    }

    /// The position after the quotation marks at `index`.
    private static func skippingQuotes(from index: Int, in text: [Unicode.Scalar]) -> Int {
        var position = index
        while position < text.count, ScalarBitmap.quotationMarks.contains(text[position]) { position += 1 }
        return position
    }

    /// Whether a project word follows within a few name characters (凌川电子智能制造基地项目, 岚峰食品中央厨房项目).
    private func projectWithin(from index: Int, in text: [Unicode.Scalar]) -> Bool {
        var position = index
        while position < text.count, position - index <= 8, text[position].isHan {
            if projectWords.longestMatch(in: text, startingAt: position) != nil { return true }
            position += 1
        }
        return false
    }

    /// Bare brands framed by a context word before and an act after: 与澜图签约, 由青岱总投资, 依托福晟发展订单农业.
    private func framedNames(in text: [Unicode.Scalar], classes: ScalarClasses) -> [Candidate] {
        var found: [Candidate] = []
        var next = classes.nextEnd(.frameWordEnd, from: 0)
        while next < text.count {
            let start = next
            next = classes.nextEnd(.frameWordEnd, from: start + 1)
            guard frameBefore.longestMatch(in: text, endingAt: start) != nil else { continue }
            for length in Self.framedLengths where start + length <= text.count {
                let end = start + length
                let after = skippingAdverbs(from: end, in: text)
                guard frameAfter.longestMatch(in: text, startingAt: after) != nil else { continue }
                if text[start..<end].allSatisfy(\.isHan), isPlausibleBrand(start..<end, in: text),
                    isBrand(start..<end, in: text),
                    !placeEndings.contains(text[end - 1])
                {
                    found.append(Candidate(range: start..<end, evidence: .context))
                    break
                }
            }
        }
        return found
    }

    /// The lengths of a framed brand, shortest first.
    private static let framedLengths = 2...4

    /// The position after the adverbs that start at `index`.
    private func skippingAdverbs(from index: Int, in text: [Unicode.Scalar]) -> Int {
        var position = index
        while let length = adverbs.longestMatch(in: text, startingAt: position) { position += length }
        return position
    }

    /// Whether the scalars before a trade word can be a brand: Han only, no placeholder, not itself a trade word or a
    /// category, and not ending in a particle.
    private func isBrand(_ range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        guard text[range].allSatisfy(\.isHan), !boundaries.containsPlaceholder(text, within: range) else {
            return false
        }
        // 100 万只铝轮毂: what follows a number is its unit, not a brand.
        if range.lowerBound > 0, text[range.lowerBound - 1].isDigit || text[range.lowerBound - 1] == " " {
            return false
        }
        if strongSuffixes.forward.hasWord(in: text, within: range) || genericWords.covers(text, range) { return false }
        if categoryHeads.hasWord(in: text, within: range)
            || genericWords.longestMatch(in: text, startingAt: range.lowerBound) != nil
        {
            return false
        }
        return !particles.contains(text[range.upperBound - 1]) && !particles.contains(text[range.lowerBound])
    }

}
