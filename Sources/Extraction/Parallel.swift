internal import Dispatch

/// Work split into consecutive pieces that run on several threads at once, each piece changing only what is its own.
package enum Parallel {
    /// Runs `body` for each piece `0..<pieces` with the piece's own element of `states` to change, on up to that
    /// many threads (the calling one among them), and returns when every piece is done; one piece runs on the
    /// calling thread alone.
    static func forEach<State: Sendable>(
        piece pieces: Int, updating states: inout [State], _ body: @Sendable (Int, inout State) -> Void
    ) {
        precondition(pieces <= states.count, "a piece without its own state")
        if pieces <= 1 {
            body(0, &states[0])
            return
        }
        states.withUnsafeMutableBufferPointer { buffer in
            let states = DisjointElements(buffer)
            DispatchQueue.concurrentPerform(iterations: pieces) { piece in body(piece, &states[piece]) }
        }
    }

    /// Cuts `range` into consecutive parts, as many as `threads` allows with at least `minimum` positions in each (one
    /// part at least, ``pieces(for:threads:minimum:)``), and runs `body` for each part, with its piece number and
    /// its piece's own element of `states`, as ``forEach(piece:updating:_:)`` runs pieces; returns how many parts
    /// there were.
    @discardableResult
    package static func forEachPart<State: Sendable>(
        of range: Range<Int>, threads: Int, minimum: Int, updating states: inout [State],
        _ body: @Sendable (_ piece: Int, _ part: Range<Int>, inout State) -> Void
    ) -> Int {
        let pieces = pieces(for: range.count, threads: threads, minimum: minimum)
        forEach(piece: pieces, updating: &states) { piece, state in
            body(piece, part(piece, of: pieces, in: range), &state)
        }
        return pieces
    }

    /// Runs `body` with a function that takes elements out of `shared` (leaving a given value in their place) from
    /// several threads at once, each position taken by one thread only, until `body` returns.
    static func taking<Element: Sendable, Result>(
        from shared: inout [Element], _ body: (_ take: @Sendable (Int, Element) -> Element) -> Result
    ) -> Result {
        shared.withUnsafeMutableBufferPointer { buffer in
            let elements = DisjointElements(buffer)
            return body { position, placeholder in
                var element = placeholder
                swap(&element, &elements[position])
                return element
            }
        }
    }

    /// The `piece`th of `pieces` consecutive parts of `range`, as near equal in size as they can be.
    static func part(_ piece: Int, of pieces: Int, in range: Range<Int>) -> Range<Int> {
        let start = range.lowerBound + range.count * piece / pieces
        let end = range.lowerBound + range.count * (piece + 1) / pieces
        return start..<end
    }

    /// How many pieces `count` items make when each piece holds at least `minimum` items and there are at most
    /// `threads` pieces (always at least one).
    static func pieces(for count: Int, threads: Int, minimum: Int) -> Int {
        max(1, min(threads, count / max(1, minimum)))
    }
}

/// A buffer whose elements the pieces of ``Parallel`` change from several threads.
///
/// Unchecked: no two pieces touch the same element, and the wrapper never outlives the `withUnsafeMutableBufferPointer`
/// call that made its buffer, which returns only after every piece is done.
private struct DisjointElements<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        self.buffer = buffer
    }

    subscript(position: Int) -> Element {
        get { buffer[position] }
        nonmutating _modify { yield &buffer[position] }
    }
}
