internal import Dispatch
internal import Synchronization

/// Elements passed in order from one thread, the sender, to another, the receiver, in batches: the sender pays for
/// a lock and a wake-up once per batch, not once per element.
///
/// One thread sends (``send(_:)``, then ``close()``, ``abandon()`` or ``takeBackUnlessReceived()``); one other thread
/// receives (``next()``).
package final class Handoff<Element: Sendable>: Sendable {
    /// The batches sent and not yet received, and whether the sender is done.
    private struct Queue {
        var batches: [[Element]] = []
        var head = 0
        var closed = false
        var abandoned = false
        /// Whether the receiver has received a batch.
        var started = false
    }

    private let queue = Mutex(Queue())
    /// Signalled once for each batch queued and once when the sender is done (closing, abandoning or taking back), and
    /// again by each ``next()`` that finds only the end: each ``next()`` waits once.
    private let queued = DispatchSemaphore(value: 0)
    /// The sender's batch being filled, and how many elements fill it; only the sending thread touches them.
    private nonisolated(unsafe) var filling: [Element] = []
    private nonisolated(unsafe) var fillingSize: Int
    private let batchSize: Int

    /// Creates a handoff that passes elements on in batches of `batchSize`, the first of them once
    /// `firstBatchSize` elements are sent (or the handoff closed): a sender with fewer than that to send can still
    /// take them all back (``takeBackUnlessReceived()``).
    package init(batchSize: Int, firstBatchSize: Int = 0) {
        self.batchSize = max(1, batchSize)
        fillingSize = max(self.batchSize, firstBatchSize)
        filling.reserveCapacity(fillingSize)
    }

    /// Sends an element; it reaches the receiver with its batch, once the batch is full or the handoff closed.
    package func send(_ element: consuming Element) {
        filling.append(element)
        if filling.count >= fillingSize { flush() }
    }

    /// Sends what is left of the last batch and tells the receiver that nothing follows.
    package func close() {
        flush()
        queue.withLock { $0.closed = true }
        queued.signal()
    }

    /// Tells the receiver that nothing follows and that what was sent is to be dropped (the sender failed), unless
    /// the sender is done already.
    package func abandon() {
        filling = []
        let abandoned = queue.withLock { queue -> Bool in
            guard !queue.closed else { return false }
            queue.batches = []
            queue.head = 0
            queue.closed = true
            queue.abandoned = true
            return true
        }
        if abandoned { queued.signal() }
    }

    /// Everything sent, taken back in order, unless the receiver has already received some of it.
    ///
    /// Taking back abandons the handoff; once the receiver has received a batch, nothing changes and the result is
    /// nil. A sender that finds the receiver not started can do the work itself.
    package func takeBackUnlessReceived() -> [Element]? {
        let taken = queue.withLock { queue -> [Element]? in
            guard !queue.started else { return nil }
            let waiting = queue.batches[queue.head...]
            var taken: [Element] = []
            taken.reserveCapacity(waiting.reduce(filling.count) { $0 + $1.count })
            for batch in waiting { taken += batch }
            queue.batches = []
            queue.head = 0
            queue.closed = true
            queue.abandoned = true
            return taken
        }
        guard var taken else { return nil }
        taken += filling
        filling = []
        queued.signal()
        return taken
    }

    /// The next batch, in the order sent, waiting for it; nil once the sender has closed the handoff and every batch
    /// has been received, or has abandoned it.
    package func next() -> [Element]? {
        queued.wait()
        return queue.withLock { queue -> [Element]? in
            guard queue.head < queue.batches.count else {
                // Only the end is left: the next call finds it too, without waiting.
                queued.signal()
                return nil
            }
            var batch: [Element] = []
            swap(&batch, &queue.batches[queue.head])
            queue.head += 1
            queue.started = true
            if queue.head == queue.batches.count {
                queue.batches.removeAll(keepingCapacity: true)
                queue.head = 0
            }
            return batch
        }
    }

    /// Whether the sender is done: it has closed or abandoned the handoff, though batches may wait to be received.
    package var isClosed: Bool {
        queue.withLock { $0.closed }
    }

    /// Whether the sender abandoned the handoff (``abandon()``).
    package var isAbandoned: Bool {
        queue.withLock { $0.abandoned }
    }

    private func flush() {
        guard !filling.isEmpty else { return }
        var batch: [Element] = []
        fillingSize = batchSize
        batch.reserveCapacity(batchSize)
        swap(&batch, &filling)
        queue.withLock { $0.batches.append(batch) }
        queued.signal()
    }
}
