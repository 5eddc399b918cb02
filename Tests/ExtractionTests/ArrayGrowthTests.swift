@testable import Extraction
import Testing

/// The document-long arrays of findings grow fourfold once large, twofold while small.
@Suite struct ArrayGrowthTests {
    @Test func aSmallArrayDoublesItsCapacity() {
        var values: [Int] = []
        values.reserveCapacity(1_000)
        let capacity = values.capacity
        values.reserveGrowing(toHold: capacity + 1)
        #expect(values.capacity >= 2 * capacity)
        #expect(values.capacity < 4 * capacity)
    }

    @Test func anArrayOfAMebibyteOrMoreQuadruplesItsCapacity() {
        var values: [Int] = []
        values.reserveCapacity((1 << 20) / MemoryLayout<Int>.stride)
        let capacity = values.capacity
        values.reserveGrowing(toHold: capacity + 1)
        #expect(values.capacity >= 4 * capacity)
    }

    @Test func roomAlreadyThereLeavesTheCapacityAlone() {
        var values = [1, 2, 3]
        values.reserveCapacity(100)
        let capacity = values.capacity
        values.reserveGrowing(toHold: capacity)
        #expect(values.capacity == capacity)
        #expect(values == [1, 2, 3])
    }

    @Test func aRequestBeyondTheGrowthIsMetExactly() {
        var values = [1]
        values.reserveGrowing(toHold: 10_000)
        #expect(values.capacity >= 10_000)
        #expect(values == [1])
    }
}
