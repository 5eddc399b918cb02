import ExtractionPipeline
import Dispatch
import Testing

@Suite("Handoff between two threads")
struct HandoffTests {
    /// Everything `handoff` passes on, received on another thread until the end.
    private static func receivedElsewhere(_ handoff: Handoff<Int>) -> Received {
        let received = Received()
        DispatchQueue.global().async {
            while let batch = handoff.next() { received.elements += batch }
            received.done.signal()
        }
        return received
    }

    private final class Received: @unchecked Sendable {
        var elements: [Int] = []
        let done = DispatchSemaphore(value: 0)
    }

    @Test func elementsArriveInTheOrderSentIncludingTheLastPartialBatch() {
        let handoff = Handoff<Int>(batchSize: 4)
        let received = Self.receivedElsewhere(handoff)
        for element in 0..<1003 { handoff.send(element) }
        handoff.close()
        received.done.wait()
        #expect(received.elements == Array(0..<1003))
        #expect(!handoff.isAbandoned)
    }

    @Test func theEndIsSeenAgainWithoutWaiting() {
        let handoff = Handoff<Int>(batchSize: 2)
        handoff.send(1)
        handoff.close()
        #expect(handoff.next() == [1])
        #expect(handoff.next() == nil)
        #expect(handoff.next() == nil)
    }

    @Test func whatNobodyReceivedCanBeTakenBack() {
        let handoff = Handoff<Int>(batchSize: 3)
        for element in 0..<7 { handoff.send(element) }
        #expect(handoff.takeBackUnlessReceived() == Array(0..<7))
        #expect(handoff.isAbandoned)
        #expect(handoff.next() == nil)
    }

    @Test func nothingIsTakenBackOnceABatchWasReceived() {
        let handoff = Handoff<Int>(batchSize: 2)
        for element in 0..<5 { handoff.send(element) }
        #expect(handoff.next() == [0, 1])
        #expect(handoff.takeBackUnlessReceived() == nil)
        handoff.close()
        #expect(handoff.next() == [2, 3])
        #expect(handoff.next() == [4])
        #expect(handoff.next() == nil)
    }

    @Test func anAbandonedHandoffDropsWhatWasSent() {
        let handoff = Handoff<Int>(batchSize: 2)
        for element in 0..<5 { handoff.send(element) }
        handoff.abandon()
        #expect(handoff.isClosed && handoff.isAbandoned)
        #expect(handoff.next() == nil)
    }

    @Test func theFirstBatchWaitsForItsOwnSize() {
        let handoff = Handoff<Int>(batchSize: 2, firstBatchSize: 5)
        for element in 0..<4 { handoff.send(element) }
        #expect(handoff.takeBackUnlessReceived() == [0, 1, 2, 3])
        let next = Handoff<Int>(batchSize: 2, firstBatchSize: 5)
        for element in 0..<8 { next.send(element) }
        next.close()
        #expect(next.next() == [0, 1, 2, 3, 4])
        #expect(next.next() == [5, 6])
        #expect(next.next() == [7])
        #expect(next.next() == nil)
    }

    @Test func takingBackWhileTheReceiverWakesGivesEveryElementToExactlyOneSide() {
        for round in 0..<300 {
            let handoff = Handoff<Int>(batchSize: 3)
            let count = 4 + round % 5
            let received = Self.receivedElsewhere(handoff)
            for element in 0..<count { handoff.send(element) }
            if let taken = handoff.takeBackUnlessReceived() {
                received.done.wait()
                #expect(taken == Array(0..<count) && received.elements.isEmpty)
            } else {
                handoff.close()
                received.done.wait()
                #expect(received.elements == Array(0..<count))
            }
        }
    }

    @Test func abandoningAfterClosingChangesNothing() {
        let handoff = Handoff<Int>(batchSize: 2)
        for element in 0..<3 { handoff.send(element) }
        handoff.close()
        handoff.abandon()
        #expect(!handoff.isAbandoned)
        #expect(handoff.next() == [0, 1])
        #expect(handoff.next() == [2])
        #expect(handoff.next() == nil)
    }
}
