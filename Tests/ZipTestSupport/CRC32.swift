/// CRC-32 (ISO-HDLC, polynomial 0xEDB88320), as zip stores it.
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The CRC-32 of `bytes`.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        update(0xFFFF_FFFF, with: bytes) ^ 0xFFFF_FFFF
    }

    /// The CRC-32 of `prefix`, `count` copies of `byte`, then `suffix`, without writing the run out.
    ///
    /// One byte's step is affine over GF(2)³², so the run is that step raised to the power `count` by
    /// squaring: O(log `count`), a few microseconds for a 10 GiB zip bomb.
    public static func checksum(prefix: [UInt8] = [], repeating byte: UInt8, count: Int, suffix: [UInt8] = [])
        -> UInt32
    {
        precondition(count >= 0)
        var register = update(0xFFFF_FFFF, with: prefix)
        var power = AffineStep(byte: byte)
        var remaining = count
        while remaining > 0 {
            if remaining & 1 == 1 { register = power.apply(register) }
            power = power.then(power)
            remaining >>= 1
        }
        return update(register, with: suffix) ^ 0xFFFF_FFFF
    }

    private static func update(_ register: UInt32, with bytes: [UInt8]) -> UInt32 {
        var register = register
        for byte in bytes { register = table[Int((register ^ UInt32(byte)) & 0xFF)] ^ (register >> 8) }
        return register
    }

    /// `register ↦ linear(register) ^ constant`, the linear part as its 32 columns.
    private struct AffineStep {
        var columns: [UInt32]
        var constant: UInt32

        /// One byte's step: `table[(r ^ byte) & 0xFF] ^ (r >> 8)`, which is `table[r & 0xFF] ^ (r >> 8) ^ table[byte]`
        /// because the table is linear.
        init(byte: UInt8) {
            columns = (0..<32).map { bit in
                let register = UInt32(1) << UInt32(bit)
                return CRC32.table[Int(register & 0xFF)] ^ (register >> 8)
            }
            constant = CRC32.table[Int(byte)]
        }

        private init(columns: [UInt32], constant: UInt32) {
            self.columns = columns
            self.constant = constant
        }

        private func linear(_ value: UInt32) -> UInt32 {
            var result: UInt32 = 0
            for bit in 0..<32 where value & (1 << UInt32(bit)) != 0 { result ^= columns[bit] }
            return result
        }

        func apply(_ register: UInt32) -> UInt32 { linear(register) ^ constant }

        /// This step followed by `next`.
        func then(_ next: AffineStep) -> AffineStep {
            AffineStep(columns: columns.map(next.linear), constant: next.apply(constant))
        }
    }
}
