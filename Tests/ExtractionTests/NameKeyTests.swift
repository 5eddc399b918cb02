@testable import Extraction
import Testing

/// Names are keyed by their scalars, whether the key shares a paragraph's scalars or owns them.
@Suite struct NameKeyTests {
    private let paragraph = Array("由星河科技承担".unicodeScalars)

    @Test func aKeyMadeFromPartOfATextEqualsTheKeyOfTheNameAlone() {
        let shared = NameKey(writtenIn: paragraph[1..<5])
        let own = NameKey("星河科技")
        #expect(shared == own)
        #expect(shared.hashValue == own.hashValue)
    }

    @Test func whiteSpaceInsideTheNameIsDropped() {
        let written = Array("星河 科\n技".unicodeScalars)
        #expect(NameKey(writtenIn: written[...]) == NameKey("星河科技"))
    }

    @Test func aCompactedKeyEqualsItsOriginalAndOwnsItsScalars() {
        let shared = NameKey(writtenIn: paragraph[1..<5])
        let kept = shared.compacted
        #expect(kept == shared)
        #expect(kept.hashValue == shared.hashValue)
        #expect(kept.scalars.startIndex == 0)
        #expect(kept.scalarArray == Array("星河科技".unicodeScalars))
    }

    @Test func keysOfDifferentNamesDiffer() {
        #expect(NameKey(writtenIn: paragraph[1..<5]) != NameKey(writtenIn: paragraph[1..<4]))
        #expect(NameKey(writtenIn: paragraph[1..<3]) != NameKey(writtenIn: paragraph[3..<5]))
    }

    @Test func aDictionaryFindsASharedKeyByAnOwnedOne() {
        var positions: [NameKey: Int] = [:]
        positions[NameKey(writtenIn: paragraph[1..<5]).compacted] = 7
        #expect(positions[NameKey("星河科技")] == 7)
        #expect(positions[NameKey(writtenIn: paragraph[1..<5])] == 7)
    }

    @Test func aGrowingSetFindsEveryKeyItHoldsAndNoOther() {
        let names = (0..<5_000).map { "企业" + String($0) }
        var keys = Set<NameKey>()
        for name in names { keys.insert(NameKey(name)) }
        #expect(keys.count == names.count)
        for name in names { #expect(keys.contains(NameKey(name))) }
        for number in 5_000..<5_100 { #expect(!keys.contains(NameKey("企业" + String(number)))) }
    }

    @Test func anEmptyOrBlankSliceGivesTheEmptyKey() {
        let written = Array("星河 \n 科技".unicodeScalars)
        #expect(NameKey(writtenIn: written[2..<5]) == NameKey(""))
        #expect(NameKey(writtenIn: written[3..<3]) == NameKey(""))
        #expect(NameKey(writtenIn: written[2..<5]).scalars.isEmpty)
    }
}
