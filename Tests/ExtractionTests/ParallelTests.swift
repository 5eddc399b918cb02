@testable import Extraction
import Testing

/// Work cut into pieces for several threads: the parts cover the work once, in order, and each piece changes only
/// its own state.
@Suite struct ParallelTests {
    @Test(arguments: [1, 2, 3, 7])
    func partsCoverTheRangeInOrderWithoutOverlap(pieces: Int) {
        let range = 5..<28
        let parts = (0..<pieces).map { Parallel.part($0, of: pieces, in: range) }
        #expect(parts.flatMap { Array($0) } == Array(range))
        #expect(parts.map(\.count).max()! - parts.map(\.count).min()! <= 1)
    }

    @Test func piecesAreNeverSmallerThanTheMinimumNorMoreThanTheThreads() {
        #expect(Parallel.pieces(for: 10, threads: 4, minimum: 32) == 1)
        #expect(Parallel.pieces(for: 70, threads: 4, minimum: 32) == 2)
        #expect(Parallel.pieces(for: 1_000, threads: 4, minimum: 32) == 4)
        #expect(Parallel.pieces(for: 0, threads: 4, minimum: 32) == 1)
    }

    @Test func eachPartUpdatesItsOwnStateAndTakesItsOwnElements() {
        var sums = [Int](repeating: 0, count: 3)
        var values = Array(1...300)
        let parts = Parallel.taking(from: &values) { take in
            Parallel.forEachPart(of: 0..<300, threads: 3, minimum: 1, updating: &sums) { _, part, sum in
                for position in part { sum += take(position, 0) }
            }
        }
        let expected: [Int] = [5_050, 15_050, 25_050]
        #expect(parts == 3)
        #expect(sums == expected)
        #expect(values.allSatisfy { $0 == 0 })
    }

    @Test func partsAreNumberedInOrderWithTheirOwnState() {
        var firsts = [Int](repeating: -1, count: 4)
        let parts = Parallel.forEachPart(of: 10..<110, threads: 4, minimum: 30, updating: &firsts) {
            piece, part, first in
            first = piece * 1_000 + part.lowerBound
        }
        #expect(parts == 3)
        #expect(firsts == [10, 1_043, 2_076, -1])
    }
}
