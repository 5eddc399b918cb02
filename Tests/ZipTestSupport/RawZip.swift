/// Writes zip archives field by field, including what ``ZipBuilder`` will not write: ZIP64 records, more than
/// 65,535 entries, any compression method number, data already compressed (or not compressed at all), a
/// local header whose name differs from the central directory's, general-purpose flags such as encryption,
/// and central directory entries that point at another entry's local header.
///
/// Test-only, like ``ZipBuilder``: fixed timestamps, no data descriptors.
public struct RawZip: Sendable {
    /// One entry, with every field that ends up in its headers.
    public struct Entry: Sendable {
        /// The name in the central directory.
        public var name: [UInt8]
        /// The name in the local header.
        public var localName: [UInt8]
        /// The bytes written after the local header, exactly as given (already compressed when `method` is 8).
        public var data: [UInt8]
        /// The compression method: 0 stored, 8 deflated, anything else to test unsupported methods.
        public var method: UInt16
        /// General-purpose flags: bit 0 encrypted, bit 11 UTF-8 name.
        public var flags: UInt16
        /// The CRC-32 to declare.
        public var crc: UInt32
        /// The uncompressed size to declare.
        public var uncompressedSize: UInt64
        /// Whether sizes and offset go in ZIP64 extra fields (with 0xFFFFFFFF in the 32-bit fields).
        public var zip64: Bool
        /// The central directory's external attributes (high 16 bits: Unix mode, 0o040755 for a directory).
        public var externalAttributes: UInt32
        /// The index of an earlier entry whose local header this central directory entry points at, instead of its own.
        public var sharesLocalHeaderOf: Int?

        /// An entry with every field given; `crc` and `uncompressedSize` default to those of `data` (right for stored data).
        public init(
            name: String, data: [UInt8], method: UInt16 = 0, crc: UInt32? = nil, uncompressedSize: UInt64? = nil,
            localName: String? = nil, flags: UInt16 = 1 << 11, zip64: Bool = false, externalAttributes: UInt32 = 0,
            sharesLocalHeaderOf: Int? = nil
        ) {
            self.name = Array(name.utf8)
            self.localName = Array((localName ?? name).utf8)
            self.data = data
            self.method = method
            self.flags = flags
            self.crc = crc ?? CRC32.checksum(data)
            self.uncompressedSize = uncompressedSize ?? UInt64(data.count)
            self.zip64 = zip64
            self.externalAttributes = externalAttributes
            self.sharesLocalHeaderOf = sharesLocalHeaderOf
        }

        /// `bytes` stored (method 0) under `name`.
        public static func stored(_ name: String, _ bytes: [UInt8]) -> Entry { Entry(name: name, data: bytes) }

        /// `bytes` deflated (method 8) under `name`, with their CRC-32 and size.
        public static func deflated(_ name: String, _ bytes: [UInt8]) -> Entry {
            Entry(
                name: name, data: Deflate.compress(bytes), method: 8, crc: CRC32.checksum(bytes),
                uncompressedSize: UInt64(bytes.count))
        }

        /// The same entry as a ``ZipBuilder`` entry would be written (compressed, flipped bytes applied).
        public init(_ entry: ZipBuilder.Entry) {
            var data = entry.compression == .stored ? entry.bytes : Deflate.compress(entry.bytes)
            for offset in entry.flippedBytes where data.indices.contains(offset) { data[offset] ^= 0x01 }
            let name = String(decoding: entry.nameBytes, as: UTF8.self)
            self.init(
                name: name, data: data, method: entry.compression == .stored ? 0 : 8,
                crc: CRC32.checksum(entry.bytes),
                uncompressedSize: UInt64(entry.declaredSize ?? UInt32(entry.bytes.count)),
                flags: entry.isUTF8Flagged ? 1 << 11 : 0)
            self.name = entry.nameBytes
            self.localName = entry.nameBytes
        }
    }

    /// The entries, in archive order.
    public var entries: [Entry]
    /// Whether to write the ZIP64 end records even when nothing needs them (they are written anyway for
    /// more than 65,535 entries or when an entry is ZIP64).
    public var forcesZip64EndRecord: Bool

    /// Creates an archive of `entries`.
    public init(_ entries: [Entry], forcesZip64EndRecord: Bool = false) {
        self.entries = entries
        self.forcesZip64EndRecord = forcesZip64EndRecord
    }

    /// The index of the first entry named `name`.
    public func index(of name: String) -> Int? {
        entries.firstIndex { $0.name == Array(name.utf8) }
    }

    /// The archive's bytes.
    public func build() -> [UInt8] {
        var output: [UInt8] = []
        var central: [UInt8] = []
        output.reserveCapacity(entries.reduce(0) { $0 + $1.data.count + $1.localName.count + 50 })
        central.reserveCapacity(entries.reduce(0) { $0 + $1.name.count + 74 })
        let dosTime: UInt16 = 9 << 11
        let dosDate: UInt16 = (2025 - 1980) << 9 | 1 << 5 | 6
        var localOffsets: [UInt64] = []
        localOffsets.reserveCapacity(entries.count)
        for entry in entries {
            let version: UInt16 = entry.zip64 ? 45 : 20
            let offset = UInt64(output.count)
            localOffsets.append(offset)
            if entry.sharesLocalHeaderOf == nil {
                output.appendLE(UInt32(0x0403_4B50))
                output.appendLE(version)
                output.appendLE(entry.flags)
                output.appendLE(entry.method)
                output.appendLE(dosTime)
                output.appendLE(dosDate)
                output.appendLE(entry.crc)
                if entry.zip64 {
                    output.appendLE(UInt32.max)
                    output.appendLE(UInt32.max)
                } else {
                    output.appendLE(UInt32(truncatingIfNeeded: entry.data.count))
                    output.appendLE(UInt32(truncatingIfNeeded: entry.uncompressedSize))
                }
                output.appendLE(UInt16(entry.localName.count))
                output.appendLE(UInt16(entry.zip64 ? 20 : 0))
                output += entry.localName
                if entry.zip64 {
                    output.appendLE(UInt16(1))
                    output.appendLE(UInt16(16))
                    output.appendLE(entry.uncompressedSize)
                    output.appendLE(UInt64(entry.data.count))
                }
                output += entry.data
            }

            let headerOffset = entry.sharesLocalHeaderOf.map { localOffsets[$0] } ?? offset
            central.appendLE(UInt32(0x0201_4B50))
            central.appendLE(UInt16(3 << 8 | version))  // made by Unix
            central.appendLE(version)
            central.appendLE(entry.flags)
            central.appendLE(entry.method)
            central.appendLE(dosTime)
            central.appendLE(dosDate)
            central.appendLE(entry.crc)
            if entry.zip64 {
                central.appendLE(UInt32.max)
                central.appendLE(UInt32.max)
            } else {
                central.appendLE(UInt32(truncatingIfNeeded: entry.data.count))
                central.appendLE(UInt32(truncatingIfNeeded: entry.uncompressedSize))
            }
            central.appendLE(UInt16(entry.name.count))
            central.appendLE(UInt16(entry.zip64 ? 28 : 0))
            central.appendLE(UInt16(0))  // comment length
            central.appendLE(UInt16(0))  // disk number start
            central.appendLE(UInt16(0))  // internal attributes
            central.appendLE(entry.externalAttributes)
            central.appendLE(entry.zip64 ? UInt32.max : UInt32(truncatingIfNeeded: headerOffset))
            central += entry.name
            if entry.zip64 {
                central.appendLE(UInt16(1))
                central.appendLE(UInt16(24))
                central.appendLE(entry.uncompressedSize)
                central.appendLE(UInt64(entry.data.count))
                central.appendLE(headerOffset)
            }
        }
        let centralOffset = UInt64(output.count)
        output += central
        let needsZip64 =
            forcesZip64EndRecord || entries.count > 0xFFFE || entries.contains(where: \.zip64)
            || centralOffset >= 0xFFFF_FFFF
        if needsZip64 {
            let endOffset = UInt64(output.count)
            output.appendLE(UInt32(0x0606_4B50))
            output.appendLE(UInt64(44))  // size of the rest of this record
            output.appendLE(UInt16(3 << 8 | 45))
            output.appendLE(UInt16(45))
            output.appendLE(UInt32(0))  // this disk
            output.appendLE(UInt32(0))  // disk of the central directory
            output.appendLE(UInt64(entries.count))
            output.appendLE(UInt64(entries.count))
            output.appendLE(UInt64(central.count))
            output.appendLE(centralOffset)
            output.appendLE(UInt32(0x0706_4B50))
            output.appendLE(UInt32(0))
            output.appendLE(endOffset)
            output.appendLE(UInt32(1))
        }
        output.appendLE(UInt32(0x0605_4B50))
        output.appendLE(UInt16(0))
        output.appendLE(UInt16(0))
        output.appendLE(needsZip64 ? UInt16.max : UInt16(entries.count))
        output.appendLE(needsZip64 ? UInt16.max : UInt16(entries.count))
        output.appendLE(needsZip64 ? UInt32.max : UInt32(central.count))
        output.appendLE(needsZip64 ? UInt32.max : UInt32(centralOffset))
        output.appendLE(UInt16(0))
        return output
    }
}

extension [UInt8] {
    fileprivate mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        var remaining = value
        for _ in 0..<(T.bitWidth / 8) {
            append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }
}
