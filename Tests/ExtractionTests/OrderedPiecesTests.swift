import Dispatch
@testable import Extraction
import Testing

/// Pieces made on several threads are applied to the consumer once each, in their order, whichever thread applies
/// them.
@Suite struct OrderedPiecesTests {
    @Test(arguments: [1, 2, 5, 16])
    func piecesMadeOnSeveralThreadsAreAppliedOnceInOrder(threads: Int) {
        for _ in 0..<20 {
            let pieces = OrderedPieces<[Int], [Int]>(count: 300, consumer: [])
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let piece = pieces.next() {
                    // Pieces of uneven cost finish out of order.
                    var sum = 0
                    for value in 0..<((piece * 7_919) % 500) { sum &+= value }
                    pieces.finish(piece, [piece, sum]) { applied, output in applied.append(output[0]) }
                }
            }
            #expect(pieces.finished() == Array(0..<300))
        }
    }

    @Test func everyPieceIsHandedOutOnce() {
        let pieces = OrderedPieces<Int, Int>(count: 3, consumer: 0)
        #expect(pieces.next() == 0)
        #expect(pieces.next() == 1)
        #expect(pieces.next() == 2)
        #expect(pieces.next() == nil)
    }
}
