/// One entry of a zip archive's central directory.
public struct ZipEntry: Sendable, Equatable {
    /// The entry's position in the central directory.
    public var index: Int
    /// The entry's name decoded to text (UTF-8, or GB18030 for legacy Chinese Windows archives).
    public var name: String
    /// The name's bytes exactly as stored.
    public var rawName: [UInt8]
    /// The uncompressed size the archive declares; advisory only, never trusted when reading.
    public var declaredSize: UInt64
    /// The compressed size the archive declares.
    public var compressedSize: UInt64
    /// Whether the entry is encrypted.
    public var isEncrypted: Bool
    /// The CRC-32 of the inflated bytes the archive declares (0 when it declares none).
    public var crc: UInt32
    /// The compression method the archive declares (0 stored, 8 deflated; -1 when it declares none).
    public var compressionMethod: Int

    /// Whether the name ends with a slash, as directories' names do.
    public var isDirectory: Bool { name.hasSuffix("/") }
}
