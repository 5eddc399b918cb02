@testable import Extraction
import Testing

/// Findings and names move between arrays in order, leaving the source empty; drained elements are released as they
/// are handed on.
@Suite struct ArrayMovingTests {
    /// An object whose release the tests watch.
    final class Token {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    @Test func appendMovingKeepsBothArraysOrder() {
        var values = [1, 2]
        var later = [3, 4, 5]
        values.appendMoving(from: &later)
        #expect(values == [1, 2, 3, 4, 5])
    }

    @Test func appendMovingEmptiesTheSourceAndKeepsItsCapacity() {
        var values = [1]
        var later = [2, 3, 4]
        later.reserveCapacity(64)
        let capacity = later.capacity
        values.appendMoving(from: &later)
        #expect(later.isEmpty)
        #expect(later.capacity == capacity)
    }

    @Test func appendMovingFromAnEmptyArrayChangesNothing() {
        var values = [1, 2]
        var later: [Int] = []
        values.appendMoving(from: &later)
        #expect(values == [1, 2])
    }

    @Test func appendMovingLeavesEachElementReferencedOnlyByItsNewArray() {
        var values = [Token(1)]
        var later = [Token(2), Token(3)]
        values.appendMoving(from: &later)
        #expect(values.map(\.value) == [1, 2, 3])
        for index in values.indices { #expect(isKnownUniquelyReferenced(&values[index])) }
    }

    @Test func drainHandsEachElementInOrderAndEmptiesTheArray() {
        var values = [Token(1), Token(2), Token(3)]
        values.reserveCapacity(16)
        let capacity = values.capacity
        var handed: [Int] = []
        values.drain { handed.append($0.value) }
        #expect(handed == [1, 2, 3])
        #expect(values.isEmpty)
        #expect(values.capacity == capacity)
    }

    @Test func aDrainedElementIsReleasedBeforeTheNextIsHanded() {
        weak var first: Token?
        var values = [Token(1), Token(2)]
        first = values[0]
        var firstGoneWhenHanded: [Bool] = []
        values.drain { _ in firstGoneWhenHanded.append(first == nil) }
        #expect(firstGoneWhenHanded == [false, true])
    }

    @Test(arguments: 0...6)
    func reverseFromAPositionReversesOnlyTheTail(start: Int) {
        var values = [0, 1, 2, 3, 4, 5]
        values.reverse(from: start)
        #expect(values == Array(0..<min(start, 6)) + (start..<6).reversed())
    }

    @Test func reversingFromTheEndOrBeyondChangesNothing() {
        var values = [1, 2, 3]
        values.reverse(from: 3)
        values.reverse(from: 5)
        #expect(values == [1, 2, 3])
        var empty: [Int] = []
        empty.reverse(from: 0)
        #expect(empty.isEmpty)
    }
}
