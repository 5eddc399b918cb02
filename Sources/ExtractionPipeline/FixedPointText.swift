#if canImport(Glibc)
    internal import Glibc
#elseif canImport(Darwin)
    internal import Darwin
#endif

extension Double {
    /// The value written with `digits` digits after the point, rounded as C's `printf("%.*f")` rounds (the exact
    /// binary value, ties to even): 0.8625 → "0.863" with 3 digits.
    public func fixedPointText(digits: Int) -> String {
        let digits = Swift.max(0, Swift.min(digits, 17))
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 352) { buffer in
            let written = withVaList([digits, self]) { vsnprintf(buffer.baseAddress, buffer.count, "%.*f", $0) }
            let length = Swift.min(Int(Swift.max(written, 0)), buffer.count - 1)
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress, count: length), as: UTF8.self)
        }
    }
}
