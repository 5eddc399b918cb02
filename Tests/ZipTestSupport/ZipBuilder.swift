/// Writes a zip archive (local headers, data, central directory, end record) from entries held in memory.
///
/// Entries are stored or deflated (``Deflate``); CRC-32 is computed in Swift (``CRC32``). Test-only: no
/// zip64, no encryption, fixed timestamps (2025-01-06 09:00:00) so the output is deterministic.
public struct ZipBuilder: Sendable {
    /// How an entry's data is written.
    public enum Compression: Sendable {
        /// Method 0: the bytes as they are.
        case stored
        /// Method 8: raw DEFLATE.
        case deflated
    }

    /// One entry to write.
    public struct Entry: Sendable {
        /// The name exactly as stored.
        public var nameBytes: [UInt8]
        /// Whether general-purpose flag bit 11 (name is UTF-8) is set.
        public var isUTF8Flagged: Bool
        /// The uncompressed data.
        public var bytes: [UInt8]
        /// How the data is written.
        public var compression: Compression
        /// Offsets into the written data whose low bit is flipped after the CRC-32 was computed.
        public var flippedBytes: [Int]
        /// The uncompressed size to declare instead of the real one, to model lying headers.
        public var declaredSize: UInt32?

        /// An entry whose name is written as UTF-8 with the UTF-8 flag set.
        public init(
            name: String, bytes: [UInt8], compression: Compression = .stored, flippedBytes: [Int] = [],
            declaredSize: UInt32? = nil
        ) {
            self.init(
                nameBytes: Array(name.utf8), isUTF8Flagged: true, bytes: bytes, compression: compression,
                flippedBytes: flippedBytes, declaredSize: declaredSize)
        }

        /// An entry with a raw name, such as GB18030 bytes written without the UTF-8 flag as Chinese Windows does.
        public init(
            nameBytes: [UInt8], isUTF8Flagged: Bool, bytes: [UInt8], compression: Compression = .stored,
            flippedBytes: [Int] = [], declaredSize: UInt32? = nil
        ) {
            self.nameBytes = nameBytes
            self.isUTF8Flagged = isUTF8Flagged
            self.bytes = bytes
            self.compression = compression
            self.flippedBytes = flippedBytes
            self.declaredSize = declaredSize
        }
    }

    /// The entries, in archive order.
    public var entries: [Entry]

    /// Creates a builder for `entries`.
    public init(entries: [Entry] = []) { self.entries = entries }

    /// The archive's bytes.
    public func build() -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        let dosTime: UInt16 = 9 << 11  // 09:00:00
        let dosDate: UInt16 = (2025 - 1980) << 9 | 1 << 5 | 6  // 2025-01-06
        for entry in entries {
            let crc = CRC32.checksum(entry.bytes)
            var data = entry.compression == .stored ? entry.bytes : Deflate.compress(entry.bytes)
            for offset in entry.flippedBytes where data.indices.contains(offset) { data[offset] ^= 0x01 }
            let method: UInt16 = entry.compression == .stored ? 0 : 8
            let flags: UInt16 = entry.isUTF8Flagged ? 1 << 11 : 0
            let size = entry.declaredSize ?? UInt32(entry.bytes.count)
            let offset = UInt32(output.count)

            output.appendLittleEndian(UInt32(0x0403_4B50))
            output.appendLittleEndian(UInt16(20))
            output.appendLittleEndian(flags)
            output.appendLittleEndian(method)
            output.appendLittleEndian(dosTime)
            output.appendLittleEndian(dosDate)
            output.appendLittleEndian(crc)
            output.appendLittleEndian(UInt32(data.count))
            output.appendLittleEndian(size)
            output.appendLittleEndian(UInt16(entry.nameBytes.count))
            output.appendLittleEndian(UInt16(0))
            output += entry.nameBytes
            output += data

            central.appendLittleEndian(UInt32(0x0201_4B50))
            central.appendLittleEndian(UInt16(20))
            central.appendLittleEndian(UInt16(20))
            central.appendLittleEndian(flags)
            central.appendLittleEndian(method)
            central.appendLittleEndian(dosTime)
            central.appendLittleEndian(dosDate)
            central.appendLittleEndian(crc)
            central.appendLittleEndian(UInt32(data.count))
            central.appendLittleEndian(size)
            central.appendLittleEndian(UInt16(entry.nameBytes.count))
            central.appendLittleEndian(UInt16(0))  // extra field length
            central.appendLittleEndian(UInt16(0))  // comment length
            central.appendLittleEndian(UInt16(0))  // disk number start
            central.appendLittleEndian(UInt16(0))  // internal attributes
            central.appendLittleEndian(UInt32(0))  // external attributes
            central.appendLittleEndian(offset)
            central += entry.nameBytes
        }
        let centralOffset = UInt32(output.count)
        output += central
        output.appendLittleEndian(UInt32(0x0605_4B50))
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(UInt16(0))
        output.appendLittleEndian(UInt16(entries.count))
        output.appendLittleEndian(UInt16(entries.count))
        output.appendLittleEndian(UInt32(central.count))
        output.appendLittleEndian(centralOffset)
        output.appendLittleEndian(UInt16(0))
        return output
    }
}

extension [UInt8] {
    fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var value = value.littleEndian
        Swift.withUnsafeBytes(of: &value) { append(contentsOf: $0) }
    }
}
