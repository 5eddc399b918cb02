import Synchronization

/// Pieces of work done on several threads at once and consumed one at a time in their order: threads take piece
/// numbers in turn (``next()``), and whichever thread hands in a piece (``finish(_:_:applying:)``) while no other
/// thread holds the consumer takes it and applies every piece that is next in order.
///
/// Consuming thus runs alongside the making of later pieces instead of after all of them. The consumer is moved
/// between the schedule and the thread that applies pieces to it, never copied, so a consumer that owns large arrays
/// grows them in place.
final class OrderedPieces<Output: Sendable, Consumer: Sendable>: Sendable {
    private struct State {
        /// The next piece to hand out.
        var nextPiece = 0
        /// How many pieces there are.
        let count: Int
        /// The pieces handed in and not yet applied, by piece number.
        var waiting: [Output?]
        /// The next piece to apply.
        var nextToApply = 0
        /// The consumer; nil while a thread applies pieces to it.
        var consumer: Consumer?

        /// The pieces that are next in order and handed in, taken out of ``waiting`` (empty when the next is not).
        mutating func takeReady() -> [Output] {
            var ready: [Output] = []
            while nextToApply < count, let piece = waiting[nextToApply].take() {
                ready.append(piece)
                nextToApply += 1
            }
            return ready
        }
    }

    private let state: Mutex<State>

    /// A schedule of `count` pieces applied to `consumer`.
    init(count: Int, consumer: sending Consumer) {
        state = Mutex(State(count: count, waiting: [Output?](repeating: nil, count: count), consumer: consumer))
    }

    /// The next piece to make, or nil when every piece has been handed out.
    func next() -> Int? {
        state.withLock { state in
            guard state.nextPiece < state.count else { return nil }
            defer { state.nextPiece += 1 }
            return state.nextPiece
        }
    }

    /// Hands in `output`, piece `piece` made; unless another thread holds the consumer, applies to it with `apply`
    /// every piece that is next in order, until none is, then hands the consumer back.
    func finish(
        _ piece: Int, _ output: sending Output, applying apply: (inout Consumer, inout Output) -> Void
    ) {
        // The consumer is taken out of the state and put back with `take()`: no second reference to it is ever left
        // behind, so applying pieces grows its storage in place.
        var held: Consumer?
        var ready = state.withLock { state -> [Output] in
            state.waiting[piece] = output
            guard state.consumer != nil else { return [] }
            let ready = state.takeReady()
            if !ready.isEmpty { held = state.consumer.take() }
            return ready
        }
        while !ready.isEmpty {
            for index in ready.indices { apply(&held!, &ready[index]) }
            ready = state.withLock { state in
                let more = state.takeReady()
                if more.isEmpty { state.consumer = held.take() }
                return more
            }
        }
    }

    /// The consumer with every piece applied, once every thread is done.
    func finished() -> Consumer {
        state.withLock { state in
            precondition(state.nextToApply == state.count, "a piece handed out but not applied")
            return state.consumer.take()!
        }
    }
}
