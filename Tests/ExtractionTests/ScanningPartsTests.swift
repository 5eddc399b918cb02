import SeededRandom
import Testing

@testable import Extraction

@Suite struct WordTrieTests {
    @Test func forwardTrieFindsTheLongestWordAtAPosition() {
        let trie = WordTrie([("万元", "a"), ("元", "b"), ("万元人民币", "c"), ("美元", "d")])
        ScalarText.reading("300万元人民币和5美元") { text in
            #expect(trie.longestMatch(in: text, at: 3)?.length == 5)
            #expect(trie.longestMatch(in: text, at: 3)?.value == "c")
            #expect(trie.longestMatch(in: text, at: 4)?.value == "b")
            #expect(trie.longestMatch(in: text, at: 10)?.value == "d")
            #expect(trie.longestMatch(in: text, at: 0) == nil)
            #expect(trie.longestMatch(in: text, at: text.count) == nil)
        }
    }

    @Test func backwardTrieFindsTheLongestWordEndingBeforeAPosition() {
        let trie = WordTrie([("超过", 1), ("不超过", 2), ("约", 3)], direction: .backward)
        ScalarText.reading("不超过5家，约3人") { text in
            #expect(trie.longestMatch(in: text, at: 3)?.value == 2)
            #expect(trie.longestMatch(in: text, at: 3)?.length == 3)
            #expect(trie.longestMatch(in: text, at: 7)?.value == 3)
            #expect(trie.longestMatch(in: text, at: 0) == nil)
        }
    }

    @Test func repeatedWordKeepsItsFirstValue() {
        let trie = WordTrie([("家", 1), ("家", 2)])
        #expect(ScalarText.reading("家") { trie.longestMatch(in: $0, at: 0)?.value } == 1)
    }

    /// A root with hundreds of edges (the subject words) finds every word and nothing else.
    @Test func wideRootFindsEveryWord() {
        let words = CountSubjectWords.stops + CountSubjectWords.keeps
        let trie = WordTrie(words.map { ($0, $0) })
        for word in words {
            let length = ScalarText.reading(word) { trie.longestMatch(in: $0, at: 0)?.length } ?? 0
            #expect(length >= word.unicodeScalars.count, "\(word)")
        }
        #expect(ScalarText.reading("𠀋") { trie.longestMatch(in: $0, at: 0) } == nil)
        #expect(ScalarText.reading("家") { WordTrie<Int>([]).longestMatch(in: $0, at: 0) } == nil)
    }

    /// An inner node with more edges than a linear scan reads is searched by halves: every word is found, each with
    /// its own value, and a scalar between two edges leads nowhere (Latin scalars, which folding leaves as they are).
    @Test func wideInnerNodeFindsEveryWord() {
        let seconds = (0..<40).map { Unicode.Scalar(0x100 + 2 * $0)! }
        let trie = WordTrie(seconds.enumerated().map { ("科" + String($0.element), $0.offset) })
        for (offset, second) in seconds.enumerated() {
            #expect(
                ScalarText.reading("科" + String(second) + "技") { trie.longestMatch(in: $0, at: 0)?.value } == offset)
            let between = Unicode.Scalar(second.value + 1)!
            #expect(ScalarText.reading("科" + String(between)) { trie.longestMatch(in: $0, at: 0) } == nil)
        }
    }
}

@Suite struct RecentBarriersTests {
    private func barrier(_ start: Int, _ end: Int, reach: Int? = nil) -> SubjectBarrier {
        SubjectBarrier(span: TextSpan(start: start, end: end), reach: reach ?? end, isAmount: false)
    }

    @Test func windowKeepsTheLastFourNewestFirst() {
        var barriers = RecentBarriers()
        #expect(barriers.newest == nil)
        let starts = (0...RecentBarriers.capacity).map { $0 * 10 }
        for start in starts { barriers.push(barrier(start, start + 2)) }
        #expect(barriers.newest?.span.start == starts.last)
        #expect(barriers.newest(reaching: starts[1] + 2)?.span.start == starts[1])
        #expect(barriers.newest(reaching: starts[0] + 2) == nil)
    }

    @Test func replacingTheNewestKeepsTheOthers() {
        var barriers = RecentBarriers()
        barriers.push(barrier(0, 2))
        barriers.push(barrier(5, 7))
        barriers.replaceNewest(with: barrier(4, 9, reach: 12))
        #expect(barriers.newest?.span.start == 4)
        #expect(barriers.newest(reaching: 7) == nil)
        #expect(barriers.newest(reaching: 12)?.span.end == 9)
        #expect(barriers.newest(reaching: 2)?.span.start == 0)
    }

    @Test func searchFindsTheNewestOfTwoWithTheSameReach() {
        var barriers = RecentBarriers()
        barriers.push(SubjectBarrier(span: TextSpan(start: 0, end: 3), reach: 8, isAmount: true))
        barriers.push(SubjectBarrier(span: TextSpan(start: 4, end: 6), reach: 8, isAmount: false))
        #expect(barriers.newest(reaching: 8)?.isAmount == false)
    }
}

@Suite struct ScanStartsTests {
    @Test func everyWordStartIsMarkedWithItsKind() {
        let rules = ExtractionRules.builtIn
        let starts = ScanStarts(
            moneyWords: rules[.moneyContextWords], currencyPrefixes: rules.currencies.flatMap(\.prefixes),
            spelledPercentages: ["百分之"], dateWords: DateWords.standalonePeriods + ["第", "前"])
        for word in rules[.moneyContextWords] {
            #expect(starts.kinds(of: word.unicodeScalars.first!).contains(.moneyWord), "\(word)")
        }
        for word in rules.currencies.flatMap(\.prefixes) {
            #expect(starts.kinds(of: word.unicodeScalars.first!).contains(.currencyPrefix), "\(word)")
        }
        #expect(starts.kinds(of: "百").contains([.spelledPercentage, .number]))
        #expect(starts.kinds(of: "第").contains(.dateWord))
        #expect(starts.kinds(of: "７").contains(.number))
        #expect(starts.kinds(of: "兩").contains(.number))
        #expect(starts.kinds(of: "，").contains(.clauseBreak))
        #expect(starts.kinds(of: "的").isEmpty)
        #expect(starts.kinds(of: "𠀋").isEmpty)
    }

    @Test("The number starts and clause breaks listed are exactly the scalars their tests accept")
    func listedScalarsMatchTheirTests() {
        let numberStarts = Set(NumeralScalars.numberStarts)
        let breaks = Set(ClauseTracker.breaks)
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let isNumber = NumeralScalars.arabicDigit(scalar) != nil || NumeralScalars.isChineseNumeral(scalar)
            #expect(numberStarts.contains(scalar) == isNumber, "\(scalar)")
            #expect(breaks.contains(scalar) == ClauseTracker.isBreak(scalar), "\(scalar)")
        }
    }

    @Test func wordsAboveTheBasicPlaneMarkAllAstralScalars() {
        let starts = ScanStarts(moneyWords: ["𠀋资金"], currencyPrefixes: [], spelledPercentages: [], dateWords: [])
        #expect(starts.kinds(of: "𠀋") == .moneyWord)
        #expect(starts.kinds(of: "资") == [])
    }
}

@Suite struct ScalarTextTests {
    @Test(arguments: ["", "a", "1601.9万元", "é¥", "高新技术企业十四家以上，共计人民币三千五百万元整", "𠀋𠀌x"])
    func stringOfAnySpanIsTheTextBetween(_ string: String) {
        let scalars = Array(string.unicodeScalars)
        ScalarText.reading(string) { text in
            for start in 0...scalars.count {
                for end in start...scalars.count {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[start..<end])
                    #expect(text.string(from: start, to: end) == String(view))
                }
            }
        }
    }

    @Test func scalarWordIsMatchedOnlyInside() {
        ScalarText.reading("提高3个百分点") { text in
            #expect(text.contains(Array("个百分点".unicodeScalars), at: 3))
            #expect(!text.contains(Array("个百分点".unicodeScalars), at: 4))
            #expect(!text.contains(Array("百分点了".unicodeScalars), at: 4))
            #expect(!text.contains(Array("提".unicodeScalars), at: -1))
        }
    }

    @Test("Folding reads the table's supplementary-plane lines too, the last line of a scalar winning")
    func foldingBeyondTheBasicPlane() {
        let folding = CharacterFolding(table: "個个\n\u{20021}乙\n\u{2000B}丁\n\u{20021}丙\nnot a pair\n")
        #expect(folding.folded(Unicode.Scalar(0x2000B)!) == "丁")
        #expect(folding.folded(Unicode.Scalar(0x20021)!) == "丙")
        #expect(folding.folded(Unicode.Scalar(0x20000)!) == Unicode.Scalar(0x20000)!)
        #expect(folding.folded("個") == "个")
        #expect(folding.folded(Array("萬個".unicodeScalars)) == Array("萬个".unicodeScalars))
    }

    @Test("A text is left unfolded exactly when no scalar of it folds to another, over the whole shipped table")
    func textFoldsWhereItsScalarsDo() {
        let folding = CharacterFolding.shipped
        var disagreements: [UInt32] = []
        for value in UInt32(0x3300)..<0xA100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected: [Unicode.Scalar]? = folding.folded(scalar) == scalar ? nil : ["a", folding.folded(scalar)]
            if folding.folded(["a", scalar]) != expected { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
        // A table line that maps a scalar to itself folds nothing.
        #expect(CharacterFolding(table: "个个\n").folded(Array("个".unicodeScalars)) == nil)
    }

    @Test("Continuation bytes are counted eight at a time as one at a time counts them")
    func continuationBytesAreCounted() {
        var random = SplitMix64(seed: 0x4355_5446)
        for length in 0..<80 {
            let bytes = random.bytes(count: length)
            let expected = bytes.count { $0 & 0xC0 == 0x80 }
            #expect(bytes.withUnsafeBufferPointer { String.continuationByteCount($0) } == expected)
        }
        let text = "新增3家（宜瓷龙、艾麒、太阳生物）𠀋 é"
        #expect(text.scalarArray == Array(text.unicodeScalars))
    }

    @Test("Texts of every mix of ASCII, two-, three- and four-byte scalars decode to their scalars")
    func mixedTextsDecodeToTheirScalars() {
        var random = SplitMix64(seed: 0x5343_414C)
        let pieces = ["a", "12345678", "园区", "，", "é", "𠀋", "新增3家", "\u{7F}", "\u{800}", "\u{FFFF}", "abcdefghij"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 16) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            #expect(text.scalarArray == Array(text.unicodeScalars), "\(text.debugDescription)")
        }
    }

    @Test("A scalar set built from ascending scalars holds exactly those, astral ones too")
    func bitmapFromAscendingScalars() {
        let scalars: [Unicode.Scalar] = ["A", "家", "个", "龥", "\u{20000}", "\u{2A6D6}"].sorted { $0.value < $1.value }
        let set = scalars.map(\.value).withUnsafeBufferPointer { ScalarBitmap(ascending: $0) }
        for scalar in scalars { #expect(set.contains(scalar)) }
        for scalar: Unicode.Scalar in ["B", "@", "一", "\u{20001}", "\u{FFFF}"] { #expect(!set.contains(scalar)) }
        #expect(![UInt32]().withUnsafeBufferPointer { ScalarBitmap(ascending: $0) }.contains("A"))
    }
}
