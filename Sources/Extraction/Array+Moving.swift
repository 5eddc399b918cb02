extension Array {
    /// Appends the elements of `other`, moving them, and leaves `other` empty, its capacity kept.
    ///
    /// `append(contentsOf:)` copies each element (retaining every reference it holds) and emptying `other` releases
    /// them again; here each is popped off the end of `other` (a move), appended, and the appended run reversed.
    mutating func appendMoving(from other: inout [Element]) {
        let start = count
        reserveGrowing(toHold: count + other.count)
        while let element = other.popLast() { append(element) }
        reverse(from: start)
    }

    /// Hands each element to `body` in order, moving it out of the array, and leaves the array empty, its capacity
    /// kept.
    ///
    /// Iterating the array would hand `body` copies, and emptying it release the elements after.
    mutating func drain(_ body: (Element) -> Void) {
        reverse(from: 0)
        while let element = popLast() { body(element) }
    }

    /// Reverses the elements from `start` to the end in place, moving them within the array's storage.
    ///
    /// `self[start...].reverse()` reverses a slice, which shares the storage and so makes the array copy every
    /// element first; `Array.swapAt` copies the two elements it swaps. An unsafe buffer's `swapAt` moves them.
    mutating func reverse(from start: Int) {
        precondition(start >= 0, "a reversal starts inside the array")
        guard count - start > 1 else { return }
        withUnsafeMutableBufferPointer { elements in
            var low = start
            var high = elements.count - 1
            while low < high {
                elements.swapAt(low, high)
                low += 1
                high -= 1
            }
        }
    }
}
