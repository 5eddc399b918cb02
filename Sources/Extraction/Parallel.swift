/// Elements of an array taken out from several threads at once, each position by one thread only.
enum Parallel {
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
}

/// A buffer whose elements ``Parallel/taking(from:_:)`` takes out from several threads.
///
/// Unchecked: no two threads touch the same element, and the wrapper never outlives the
/// `withUnsafeMutableBufferPointer` call that made its buffer, which returns only after every thread is done.
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
