/// The bit-level pieces of DEFLATE (RFC 1951) shared by `Deflate` (a real compressor) and `RunDeflate`
/// (zip-bomb streams): canonical Huffman codes and a bit writer.
enum DeflateBits {
    /// The order in which a dynamic block's header gives the code-length code lengths (§3.2.7).
    static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// Canonical codes (§3.2.2) for code lengths; a length of 0 gets no code.
    static func canonicalCodes(_ lengths: [Int]) -> [(code: Int, length: Int)] {
        let maxLength = lengths.max() ?? 0
        var counts = [Int](repeating: 0, count: maxLength + 1)
        for length in lengths where length > 0 { counts[length] += 1 }
        var nextCode = [Int](repeating: 0, count: maxLength + 2)
        var code = 0
        if maxLength > 0 {
            for bits in 1...maxLength {
                code = (code + counts[bits - 1]) << 1
                nextCode[bits] = code
            }
        }
        return lengths.map { length in
            guard length > 0 else { return (0, 0) }
            defer { nextCode[length] += 1 }
            return (nextCode[length], length)
        }
    }

    /// A run of `run` zero code lengths as code-length symbols (§3.2.7): 18 repeats zero 11–138 times, 17 repeats
    /// it 3–10 times, and what is left is written as literal zeros.
    static func zeroRunSymbols(_ run: Int) -> [(symbol: Int, extra: Int, extraBits: Int)] {
        var result: [(symbol: Int, extra: Int, extraBits: Int)] = []
        var run = run
        while run >= 11 {
            let count = min(run, 138)
            result.append((18, count - 11, 7))
            run -= count
        }
        if run >= 3 {
            result.append((17, run - 3, 3))
            run = 0
        }
        return result + Array(repeating: (0, 0, 0), count: run)
    }

    /// Packs bits least-significant first; Huffman codes go most-significant bit first, as DEFLATE wants.
    struct Writer {
        private var bytes: [UInt8] = []
        private var buffer: UInt64 = 0
        private var count = 0

        /// Bits written so far.
        var bitCount: Int { bytes.count * 8 + count }
        /// Whether the next bit starts a byte.
        var isAligned: Bool { count == 0 }

        mutating func write(_ value: Int, bits: Int) {
            guard bits > 0 else { return }
            buffer |= UInt64(value & ((1 << bits) - 1)) << UInt64(count)
            count += bits
            while count >= 8 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                count -= 8
            }
        }

        /// A Huffman code, most significant bit first.
        mutating func writeCode(_ code: (code: Int, length: Int)) {
            var reversed = 0
            for bit in 0..<code.length where code.code & (1 << bit) != 0 { reversed |= 1 << (code.length - 1 - bit) }
            write(reversed, bits: code.length)
        }

        /// Appends `period` `times` times; the writer must be at a byte boundary.
        mutating func appendAligned(_ period: [UInt8], times: Int) {
            precondition(isAligned)
            bytes.reserveCapacity(bytes.count + period.count * times + 16)
            if period.count == 1 {
                bytes.append(contentsOf: repeatElement(period[0], count: times))
            } else {
                for _ in 0..<times { bytes += period }
            }
        }

        /// A stored block (type 00) holding `data`.
        mutating func storedBlock(_ data: [UInt8], final: Bool) {
            write(final ? 1 : 0, bits: 1)
            write(0, bits: 2)
            if count > 0 { write(0, bits: 8 - count) }
            write(data.count, bits: 16)
            write(~data.count & 0xFFFF, bits: 16)
            bytes += data
        }

        /// The bytes written, the last one padded with zero bits.
        mutating func finish() -> [UInt8] {
            if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
            buffer = 0
            count = 0
            return bytes
        }
    }
}
