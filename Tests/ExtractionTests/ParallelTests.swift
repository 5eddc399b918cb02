import Dispatch
import Synchronization
@testable import Extraction
import Testing

/// Elements taken out of an array from several threads: each once, by the thread that asked for it.
@Suite struct ParallelTests {
    @Test func threadsTakeEachElementOnceAndLeaveThePlaceholder() {
        var values = Array(1...300)
        let sums = Parallel.taking(from: &values) { take in
            let sums = SumsByPiece(count: 3)
            DispatchQueue.concurrentPerform(iterations: 3) { piece in
                var sum = 0
                for position in (piece * 100)..<((piece + 1) * 100) { sum += take(position, 0) }
                sums.set(piece, to: sum)
            }
            return sums.values
        }
        #expect(sums == [5_050, 15_050, 25_050])
        #expect(values.allSatisfy { $0 == 0 })
    }
}

/// One sum for each piece, set from the piece's thread.
private final class SumsByPiece: Sendable {
    private let storage: Mutex<[Int]>

    init(count: Int) {
        storage = Mutex([Int](repeating: 0, count: count))
    }

    func set(_ piece: Int, to sum: Int) {
        storage.withLock { $0[piece] = sum }
    }

    var values: [Int] { storage.withLock { $0 } }
}
