import SeededRandom
import Testing

@testable import Extraction

/// The lexicon search against a brute-force reading of the same words: the trie's layout, its first-scalar and
/// first-pair filters and bounded texts must never change which word is found.
@Suite struct LexiconSearchTests {
    /// A few ideographs and letters, so random words share prefixes and random texts hold many of them.
    private static let alphabet: [Unicode.Scalar] = ["企", "业", "公", "司", "有", "限", "a", "b", "𠀋"]

    private static func randomWord(_ random: inout SplitMix64, maxLength: Int) -> [Unicode.Scalar] {
        (0..<Int.random(in: 1...maxLength, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
    }

    /// The longest of `words` that starts at `position` (forward) or ends there (backward) within `bounds`.
    private static func bruteForce(
        _ words: [[Unicode.Scalar]], in text: [Unicode.Scalar], at position: Int, bounds: Range<Int>, forward: Bool
    ) -> (length: Int, value: Int)? {
        var best: (length: Int, value: Int)?
        for (value, word) in words.enumerated() {
            let range = forward ? position..<(position + word.count) : (position - word.count)..<position
            guard range.lowerBound >= bounds.lowerBound, range.upperBound <= bounds.upperBound,
                Array(text[range]) == word
            else { continue }
            if word.count > best?.length ?? 0 { best = (word.count, value) }
        }
        return best
    }

    @Test("A trie finds the word a brute-force search finds, in both directions", arguments: [false, true])
    func trieAgreesWithBruteForce(backward: Bool) {
        var random = SplitMix64(seed: backward ? 7 : 3)
        for round in 0..<200 {
            // Every other round has a single-scalar word, which turns the first-pair filter off.
            var words = (0..<Int.random(in: 1...12, using: &random)).map { _ in Self.randomWord(&random, maxLength: 4) }
            if round.isMultiple(of: 2) { words.removeAll { $0.count == 1 } }
            guard !words.isEmpty else { continue }
            let trie = WordTrie(
                words.enumerated().map { (String(String.UnicodeScalarView($0.element)), $0.offset) },
                direction: backward ? .backward : .forward)
            let text = Self.randomWord(&random, maxLength: 30)
            for position in 0...text.count {
                let found = ScalarText.reading(text) { trie.longestMatch(in: $0, at: position) }
                let expected = Self.bruteForce(words, in: text, at: position, bounds: text.indices, forward: !backward)
                #expect(found?.length == expected?.length, "\(words) in \(text) at \(position)")
                // Of two equal words, the first keeps its value.
                if let expected, let found {
                    #expect(words[found.value] == words[expected.value])
                    #expect(found.value == words.firstIndex(of: words[expected.value]))
                }
            }
        }
    }

    @Test("A trie of hundreds of words, many sharing their first three scalars, agrees with a brute-force search")
    func largeTrieAgreesWithBruteForce() {
        var random = SplitMix64(seed: 41)
        for backward in [false, true] {
            // Words of 4 to 7 scalars that begin with three of three letters: every beginning is shared by many
            // words, whose order comes from their later scalars, of twelve letters (more children than a node scans
            // one by one); a few words repeat.
            let first: [Unicode.Scalar] = ["企", "业", "𠀋"]
            let later: [Unicode.Scalar] = ["公", "司", "有", "限", "科", "技", "材", "料", "生", "物", "b", "𠀌"]
            let words = (0..<400).map { _ in
                (0..<3).map { _ in first.randomElement(using: &random)! }
                    + (0..<Int.random(in: 1...4, using: &random)).map { _ in later.randomElement(using: &random)! }
            }
            let trie = WordTrie(
                words.enumerated().map { (String(String.UnicodeScalarView($0.element)), $0.offset) },
                direction: backward ? .backward : .forward)
            for _ in 0..<20 {
                // The words themselves, joined with a scalar of no word between some of them.
                var text: [Unicode.Scalar] = []
                for _ in 0..<6 {
                    text += words.randomElement(using: &random)!
                    if Bool.random(using: &random) { text.append("a") }
                }
                for position in 0...text.count {
                    let found = ScalarText.reading(text) { trie.longestMatch(in: $0, at: position) }
                    let expected = Self.bruteForce(
                        words, in: text, at: position, bounds: text.indices, forward: !backward)
                    #expect(found?.length == expected?.length, "\(text) at \(position)")
                    if let expected, let found {
                        #expect(found.value == words.firstIndex(of: words[expected.value]))
                    }
                }
            }
        }
    }

    @Test("The next candidate position passes by no position where a word matches", arguments: [false, true])
    func nextCandidateSkipsNoMatch(backward: Bool) {
        var random = SplitMix64(seed: backward ? 23 : 19)
        for _ in 0..<200 {
            let words = (0..<Int.random(in: 1...6, using: &random)).map { _ in Self.randomWord(&random, maxLength: 3) }
            let trie = WordTrie(
                words.enumerated().map { (String(String.UnicodeScalarView($0.element)), $0.offset) },
                direction: backward ? .backward : .forward)
            let text = Self.randomWord(&random, maxLength: 30)
            let end = backward ? text.count + 1 : text.count
            for position in 0...text.count {
                let next = ScalarText.reading(text) { trie.nextCandidate(in: $0, from: position) }
                let firstMatch =
                    (position..<end).first {
                        Self.bruteForce(words, in: text, at: $0, bounds: text.indices, forward: !backward) != nil
                    } ?? end
                #expect(next >= position && next <= firstMatch, "\(words) in \(text) from \(position)")
                // It passes by exactly the positions whose first scalar no word begins (or, backward, ends) with.
                let firsts = Set(words.map { backward ? $0.last! : $0.first! })
                let firstPassing =
                    (position..<end).first { candidate in
                        let index = backward ? candidate - 1 : candidate
                        return index >= 0 && index < text.count && firsts.contains(text[index])
                    } ?? end
                #expect(next == firstPassing, "\(words) in \(text) from \(position)")
            }
        }
    }

    @Test("A bitmap's first index is the first scalar in the set, astral ones included")
    func bitmapFirstIndexIsTheFirstMember() {
        let set: ScalarBitmap = ["企", "a", "𠀋"]
        let text = Array("公司b企业a𠀋".unicodeScalars)
        text.withUnsafeBufferPointer { text in
            #expect(set.firstIndex(in: text, from: 0, to: text.count) == 3)
            #expect(set.firstIndex(in: text, from: 4, to: text.count) == 5)
            #expect(set.firstIndex(in: text, from: 6, to: text.count) == 6)
            #expect(set.firstIndex(in: text, from: 0, to: 2) == 2)
            #expect(ScalarBitmap().firstIndex(in: text, from: 0, to: text.count) == text.count)
        }
    }

    @Test("The first scalar of the set is the first one contains(_:) accepts, with and without supplementary scalars")
    func firstIndexAgreesWithContains() {
        var random = SplitMix64(seed: 29)
        let pool: [Unicode.Scalar] = ["企", "业", "公", "司", "a", "1", "，", "\u{FFFF}", "\u{0}", "𠀋", "𠀀", "😀"]
        for round in 0..<400 {
            var set = ScalarBitmap()
            for _ in 0..<Int(random.next() % 4) {
                let scalar = pool[Int(random.next() % UInt64(pool.count))]
                // Every other round keeps supplementary scalars out of the set.
                if round.isMultiple(of: 2), scalar.value >= 0x10000 { continue }
                set.insert(scalar)
            }
            let text = (0..<Int(random.next() % 12)).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
            let start = text.isEmpty ? 0 : Int(random.next() % UInt64(text.count + 1))
            let expected = text[start...].firstIndex(where: set.contains) ?? text.count
            text.withUnsafeBufferPointer { buffer in
                #expect(set.firstIndex(in: buffer, from: start, to: buffer.count) == expected)
            }
        }
    }

    @Test("A bounded text matches only words wholly inside its range")
    func boundedTextHidesWhatLiesOutside() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<200 {
            let words = (0..<6).map { _ in Self.randomWord(&random, maxLength: 3) }
            let set = WordSet(words.map { String(String.UnicodeScalarView($0)) })
            let text = Self.randomWord(&random, maxLength: 20)
            let start = Int.random(in: 0...text.count, using: &random)
            let range = start..<Int.random(in: start...text.count, using: &random)
            let expected = range.contains {
                Self.bruteForce(words, in: text, at: $0, bounds: range, forward: true) != nil
            }
            #expect(set.forward.hasWord(in: text, within: range) == expected, "\(words) in \(text) within \(range)")
            #expect(
                set.longestMatch(in: text, endingWithin: range)
                    == Self.bruteForce(words, in: text, at: range.upperBound, bounds: range, forward: false)?.length)
            #expect(
                set.longestMatch(in: text, startingWithin: range)
                    == Self.bruteForce(words, in: text, at: range.lowerBound, bounds: range, forward: true)?.length)
        }
    }

    @Test("A list's one-way sets and its two-way set match alike, whichever is built first")
    func oneWaySetsMatchLikeTheTwoWaySet() {
        var random = SplitMix64(seed: 17)
        for round in 0..<100 {
            let words = (0..<5).map { _ in String(String.UnicodeScalarView(Self.randomWord(&random, maxLength: 3))) }
            // Lists are shared by their words: build one direction first, or both, as finders do.
            let backwardFirst = round % 2 == 0
            let earlyBackward = backwardFirst ? BackwardWordSet(words) : nil
            let both = WordSet(words)
            let forward = ForwardWordSet(words)
            let backward = earlyBackward ?? BackwardWordSet(words)
            let text = Self.randomWord(&random, maxLength: 12)
            for position in 0...text.count {
                #expect(
                    forward.longestMatch(in: text, startingAt: position)
                        == both.longestMatch(in: text, startingAt: position))
                #expect(
                    backward.longestMatch(in: text, endingAt: position)
                        == both.longestMatch(in: text, endingAt: position))
                let expected = Self.bruteForce(
                    words.map { Array($0.unicodeScalars) }, in: text, at: position, bounds: 0..<text.count,
                    forward: false)
                #expect(backward.longestMatch(in: text, endingAt: position) == expected?.length)
            }
        }
    }

    @Test("The pair filter admits every pair it was given")
    func pairFilterHasNoFalseNegatives() {
        var random = SplitMix64(seed: 5)
        var filter = ScalarPairFilter(capacity: 2000)
        var pairs: [(Unicode.Scalar, Unicode.Scalar)] = []
        for _ in 0..<2000 {
            let pair = (
                Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FFF, using: &random))!,
                Unicode.Scalar(UInt32.random(in: 0x20...0x1_0000, using: &random)) ?? "a"
            )
            filter.insert(pair.0, pair.1)
            pairs.append(pair)
        }
        #expect(pairs.allSatisfy { filter.mayContain($0.0, $0.1) })
        #expect(!ScalarPairFilter(capacity: 10).mayContain("企", "业"))
    }
}

@Suite struct ScalarBitmapTests {
    @Test("A bitmap holds exactly the scalars inserted, below, above and beyond the span it had")
    func bitmapGrowsBothWays() {
        let scalars: [Unicode.Scalar] = ["业", "a", "，", "\u{FFFF}", "𠀋", "\u{0}"]
        var bitmap = ScalarBitmap()
        var inserted: Set<Unicode.Scalar> = []
        for scalar in scalars {
            bitmap.insert(scalar)
            inserted.insert(scalar)
            let probes: [Unicode.Scalar] = scalars + ["b", "企", "\u{10FFFF}", "\u{3F}", "\u{40}"]
            #expect(probes.allSatisfy { bitmap.contains($0) == inserted.contains($0) })
        }
    }
}

@Suite struct StringScalarsTests {
    @Test(arguments: [
        "", "a", "1601.9万元", "é¥\u{0301}", "高新技术企业十四家以上，共计人民币三千五百万元整", "𠀋𠀌x",
        "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
    ])
    func scalarArrayIsTheStringsScalars(_ string: String) {
        #expect(string.scalarArray == Array(string.unicodeScalars))
        #expect(String(scalars: string.scalarArray) == string)
        #expect(String(scalars: string.scalarArray).utf8.elementsEqual(string.utf8))
    }

    @Test(
        "A string is written as the scalars of its own text, in any slice of a longer array, and as no others",
        arguments: [
            "", "a", "1601.9万元", "é¥\u{0301}", "高新技术企业十四家", "𠀋𠀌x", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
        ])
    func writtenAsItsOwnScalarsOnly(_ string: String) {
        let scalars = Array(string.unicodeScalars)
        #expect(string.isWritten(as: scalars[...]))
        let padded = Array("前".unicodeScalars) + scalars + Array("后".unicodeScalars)
        #expect(string.isWritten(as: padded[1..<(padded.count - 1)]))
        #expect(!string.isWritten(as: padded[0..<(padded.count - 1)]))
        #expect(!string.isWritten(as: padded[1...]))
        if let last = scalars.indices.last {
            var changed = scalars
            changed[last] = changed[last] == "x" ? "y" : "x"
            #expect(!string.isWritten(as: changed[...]))
            #expect(!string.isWritten(as: scalars[..<last]))
        }
    }

    @Test("White space is Unicode's White_Space, decided by value for every scalar up to the supplementary planes")
    func whiteSpaceIsUnicodesWhiteSpace() {
        for value in UInt32(0)...0x2_FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isWhiteSpace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test("A name without white space drops every white space scalar of its slice and keeps the rest in order")
    func nameWithoutWhiteSpace() {
        let text = Array("前星河 科技\n有限\u{3000}公司后".unicodeScalars)
        #expect(String(scalars: text[1..<(text.count - 1)].withoutWhiteSpace) == "星河科技有限公司")
        #expect(String(scalars: text[1..<3].withoutWhiteSpace) == "星河")
        #expect(Array("  \t".unicodeScalars)[...].withoutWhiteSpace.isEmpty)
        #expect(text[3..<3].withoutWhiteSpace.isEmpty)
    }

    @Test func sameTextComparesBytesNotCanonicalEquivalence() {
        #expect("家".isSameText(as: "家"))
        #expect(!"家".isSameText(as: "户"))
        #expect(!"é".isSameText(as: "e\u{0301}"))
    }
}
