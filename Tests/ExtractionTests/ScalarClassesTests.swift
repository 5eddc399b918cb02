import SeededRandom
import Testing

@testable import Extraction

/// A paragraph's class bytes say what the bitmaps say, and the finders' skips over them land where the tries' own
/// skips land.
@Suite struct ScalarClassesTests {
    private static let separators: ScalarBitmap = ["、", "；", ";"]
    /// Trade words, one ending in a supplementary scalar.
    private static let tradeWordList = ["科技", "电子", "食品", "股份", "业𠀋"]
    private static let legalFormWords = ["有限公司", "集团", "股份有限公司"]
    private static let tradeWords = BackwardWordSet(tradeWordList)
    private static let legalForms = ForwardWordSet(legalFormWords)
    private static let sets: [(member: ScalarClasses.Member, scalars: ScalarBitmap)] = [
        (.itemSeparator, separators), (.tradeWordEnd, tradeWords.lastScalars),
        (.legalFormStart, legalForms.firstScalars),
    ]
    private static let table = ScalarClasses.Table(sets)

    /// Texts of the scalars the sets hold and others (supplementary ones, and ones below and above the span of the
    /// sets' scalars: 1, space, ～, U+FFFD), of many lengths.
    private static let texts: [[Unicode.Scalar]] = {
        let alphabet = Array("科技电子食品股份有限公司集团、；;业𠀋𠀌a1 的和～\u{FFFD}".unicodeScalars)
        var random = SplitMix64(seed: 7)
        return (0..<60).map { length in
            (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
        }
    }()

    @Test func eachScalarIsInExactlyTheSetsThatHoldIt() {
        for text in Self.texts {
            let classes = Self.table.classes(of: text)
            for index in text.indices {
                for (member, scalars) in Self.sets {
                    #expect(classes.contains(member, at: index) == scalars.contains(text[index]))
                }
            }
        }
    }

    @Test func theFirstMemberFromAPositionIsTheBitmapsFirst() {
        for text in Self.texts {
            let classes = Self.table.classes(of: text)
            for start in -2...(text.count + 2) {
                let expected = text.withUnsafeBufferPointer {
                    Self.separators.firstIndex(in: $0, from: min(max(start, 0), $0.count), to: $0.count)
                }
                #expect(classes.first(.itemSeparator, from: start) == expected)
            }
        }
    }

    /// Where a word may start (a forward trie's candidates) or end (a backward trie's), read off the bytes.
    @Test(arguments: [WordTrie<Bool>.Direction.forward, .backward])
    func theNextPossiblePositionIsTheTriesCandidate(direction: WordTrie<Bool>.Direction) {
        let forward = direction == .forward
        let trie = WordTrie(
            (forward ? Self.legalFormWords : Self.tradeWordList).map { ($0, true) }, direction: direction)
        for text in Self.texts {
            let classes = Self.table.classes(of: text)
            ScalarText.reading(text) { scalars in
                for position in 0...(text.count + 2) {
                    let next =
                        forward
                        ? classes.nextStart(.legalFormStart, from: position)
                        : classes.nextEnd(.tradeWordEnd, from: position)
                    #expect(next == trie.nextCandidate(in: scalars, from: position))
                }
            }
        }
    }

    /// Storage kept from paragraph to paragraph gives what a fresh array gives, and classes still held keep their
    /// own bytes when the storage is written again.
    @Test func reusedStorageGivesWhatFreshStorageGives() throws {
        var storage: [UInt8] = []
        var held: (text: [Unicode.Scalar], classes: ScalarClasses)?
        for text in Self.texts.reversed() + Self.texts {
            let classes = Self.table.classes(of: text, in: &storage)
            let fresh = Self.table.classes(of: text)
            for index in text.indices {
                for (member, _) in Self.sets {
                    #expect(classes.contains(member, at: index) == fresh.contains(member, at: index))
                }
            }
            if held == nil, text.count > 40 { held = (text, classes) }
        }
        let (text, classes) = try #require(held)
        let fresh = Self.table.classes(of: text)
        for index in text.indices {
            #expect(classes.contains(.tradeWordEnd, at: index) == fresh.contains(.tradeWordEnd, at: index))
        }
    }

    @Test func aSupplementaryScalarInASetIsClassed() {
        let sets: [(member: ScalarClasses.Member, scalars: ScalarBitmap)] = [(.frameWordEnd, ["𠀋", "与"])]
        let classes = ScalarClasses.Table(sets).classes(of: Array("与𠀋𠀌a".unicodeScalars))
        #expect(classes.contains(.frameWordEnd, at: 0))
        #expect(classes.contains(.frameWordEnd, at: 1))
        #expect(!classes.contains(.frameWordEnd, at: 2))
        #expect(!classes.contains(.frameWordEnd, at: 3))
    }

    @Test func aTableOfNoScalarsClassesNothing() {
        let classes = ScalarClasses.Table([]).classes(of: Array("科技、集团".unicodeScalars))
        #expect(classes.first(.itemSeparator, from: 0) == 5)
        #expect(classes.nextEnd(.tradeWordEnd, from: 0) == 6)
    }
}

extension ScalarClasses.Table {
    /// The classes of `text`'s scalars, in an array of their own.
    fileprivate func classes(of text: [Unicode.Scalar]) -> ScalarClasses {
        var storage: [UInt8] = []
        return classes(of: text, in: &storage)
    }
}
