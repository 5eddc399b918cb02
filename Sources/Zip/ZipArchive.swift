internal import CLibzip
internal import ThreadPlacement

#if canImport(Glibc)
    internal import Glibc
#endif

/// A read-only zip archive opened with libzip, from a file or from bytes in memory.
///
/// The archive owns its libzip handle and closes it when released. It is not `Sendable`: use it in
/// the task that opened it.
public final class ZipArchive {
    private let handle: OpaquePointer
    /// A label used in messages: the path, or "(memory)".
    public let label: String
    /// The entries of the central directory, in stored order.
    public let entries: [ZipEntry]
    /// How many entries have been inflated on a thread of their own (``inflateAheadBytes``).
    package private(set) var entriesInflatedAhead = 0
    /// Whether an entry is being inflated on another thread, which alone may use libzip meanwhile.
    private var isInflatingAhead = false

    /// Opens the archive at `path`.
    public convenience init(path: String) throws(ZipError) {
        var errorCode: Int32 = 0
        guard let handle = zip_open(path, ZIP_RDONLY | ZIP_CHECKCONS, &errorCode) else {
            throw Self.openError(errorCode, label: path)
        }
        try self.init(handle: handle, label: path)
    }

    /// Opens an archive held in memory; the bytes are copied, so the caller's buffer is not retained.
    public convenience init(bytes: [UInt8], label: String = "(memory)") throws(ZipError) {
        let count = bytes.count
        // libzip takes ownership of this malloc'd copy (freep = 1) and frees it with the source. An empty buffer is
        // passed as NULL: libzip keeps no data for it, so a 1-byte allocation would leak.
        let copy: UnsafeMutableRawPointer? = count == 0 ? nil : malloc(count)
        if count > 0 {
            guard let copy else { throw ZipError(.io, "\(label): out of memory") }
            bytes.withUnsafeBytes { raw in
                if let base = raw.baseAddress { memcpy(copy, base, count) }
            }
        }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(count), 1, &error) else {
            free(copy)
            throw ZipError(.io, "\(label): \(String(cString: zip_error_strerror(&error)))")
        }
        guard let handle = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            throw Self.openError(zip_error_code_zip(&error), label: label)
        }
        try self.init(handle: handle, label: label)
    }

    /// Opens an archive over bytes the caller holds, without copying them, and hands it to `body`; the archive must
    /// not be used after `body` returns (libzip reads `bytes` in place until then).
    public static func withArchive<Result>(
        over bytes: UnsafeRawBufferPointer, label: String = "(memory)", _ body: (ZipArchive) -> Result
    ) throws(ZipError) -> Result {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        // freep = 0: libzip never frees the caller's bytes. An empty buffer is passed as NULL.
        let base = bytes.isEmpty ? nil : bytes.baseAddress
        guard let source = zip_source_buffer_create(base, zip_uint64_t(bytes.count), 0, &error) else {
            throw ZipError(.io, "\(label): \(String(cString: zip_error_strerror(&error)))")
        }
        guard let handle = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            throw Self.openError(zip_error_code_zip(&error), label: label)
        }
        return body(try ZipArchive(handle: handle, label: label))
    }

    private init(handle: OpaquePointer, label: String) throws(ZipError) {
        self.handle = handle
        self.label = label
        let count = zip_get_num_entries(handle, 0)
        var entries: [ZipEntry] = []
        entries.reserveCapacity(Int(max(count, 0)))
        for index in 0..<max(count, 0) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(handle, zip_uint64_t(index), ZIP_FL_ENC_RAW, &stat) == 0 else {
                zip_discard(handle)
                throw ZipError(.corrupt, "\(label): entry \(index) cannot be read from the central directory")
            }
            var rawName: [UInt8] = []
            if let name = zip_get_name(handle, zip_uint64_t(index), ZIP_FL_ENC_RAW) {
                rawName = Array(
                    UnsafeBufferPointer(
                        start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name)))
            }
            entries.append(
                ZipEntry(
                    index: Int(index),
                    name: EntryNameDecoder.decode(rawName),
                    rawName: rawName,
                    declaredSize: stat.valid & UInt64(ZIP_STAT_SIZE) != 0 ? stat.size : 0,
                    compressedSize: stat.valid & UInt64(ZIP_STAT_COMP_SIZE) != 0 ? stat.comp_size : 0,
                    isEncrypted: stat.valid & UInt64(ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != 0,
                    crc: stat.valid & UInt64(ZIP_STAT_CRC) != 0 ? stat.crc : 0,
                    compressionMethod: stat.valid & UInt64(ZIP_STAT_COMP_METHOD) != 0 ? Int(stat.comp_method) : -1
                )
            )
        }
        self.entries = entries
    }

    deinit { zip_discard(handle) }

    /// The declared size from which an entry is inflated on a thread of its own, a few chunks ahead of `read`'s
    /// caller: inflating is about a seventh of reading a large `document.xml`, and a smaller entry is read before a
    /// thread would pay for itself.
    public static let inflateAheadBytes: UInt64 = 1 << 20

    /// Whether entries of ``inflateAheadBytes`` or more are inflated on a thread of their own: when the process may
    /// run on more than one processor.
    package static var inflatesAhead: Bool { PlacedThread.hasOtherProcessors }

    /// Streams an entry's inflated bytes to `body` in chunks, enforcing `limit` on the bytes produced.
    ///
    /// The CRC is verified by libzip at the end of the entry; a mismatch throws ``ZipError/Code/badCRC``.
    /// Errors thrown by `body` propagate unchanged. An entry that declares ``inflateAheadBytes`` or more is inflated
    /// on another thread while `body` reads the chunk before (at most four chunks ahead), so `body` must not use this
    /// archive.
    public func read(
        _ entry: ZipEntry, limit: ZipReadLimit = .unlimited, chunkSize: Int = 64 * 1024,
        _ body: (Span<UInt8>) throws -> Void
    ) throws {
        precondition(!isInflatingAhead, "an archive is not read from the body of its own read")
        if entry.isEncrypted { throw ZipError(.encrypted, "\(entry.name): entry is encrypted", entryName: entry.name) }
        guard let file = zip_fopen_index(handle, zip_uint64_t(entry.index), 0) else {
            throw Self.error(from: zip_get_error(handle), entry: entry)
        }
        defer { zip_fclose(file) }
        var total: UInt64 = 0
        let size = max(chunkSize, 1)
        if entry.declaredSize >= Self.inflateAheadBytes, let ahead = InflateAhead.start(file, chunkSize: size) {
            entriesInflatedAhead += 1
            isInflatingAhead = true
            defer {
                ahead.finish()
                isInflatingAhead = false
            }
            while true {
                let more = try ahead.nextChunk { chunk throws -> Bool in
                    guard let chunk else { throw Self.error(from: zip_file_get_error(file), entry: entry) }
                    guard !chunk.isEmpty else { return false }
                    try Self.count(chunk.count, of: entry, within: limit, total: &total)
                    try body(chunk.span)
                    return true
                }
                if !more { return }
            }
        }
        // Uninitialised: libzip writes each chunk before `body` sees it, and `body` sees only what was written.
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: size)
        defer { buffer.deallocate() }
        while true {
            let count = zip_fread(file, buffer.baseAddress, zip_uint64_t(size))
            if count < 0 { throw Self.error(from: zip_file_get_error(file), entry: entry) }
            if count == 0 { break }
            try Self.count(Int(count), of: entry, within: limit, total: &total)
            try body(UnsafeBufferPointer(rebasing: buffer[0..<Int(count)]).span)
        }
    }

    /// Adds a chunk's `count` to the entry's `total` so far, throwing when the total breaks `limit`.
    private static func count(
        _ count: Int, of entry: ZipEntry, within limit: ZipReadLimit, total: inout UInt64
    ) throws(ZipError) {
        total += UInt64(count)
        if total > limit.maxBytes {
            throw ZipError(
                .entryTooLarge, "\(entry.name): inflates beyond the limit of \(limit.maxBytes) bytes",
                entryName: entry.name)
        }
        if total >= limit.ratioFloor, total / max(entry.compressedSize, 1) > limit.maxCompressionRatio {
            throw ZipError(
                .compressionRatioTooHigh,
                "\(entry.name): inflates more than \(limit.maxCompressionRatio)× its compressed size of \(entry.compressedSize) bytes",
                entryName: entry.name)
        }
    }

    /// The entry's bytes as the archive stores them (compressed, not inflated, nor checked against the CRC), or nil
    /// when the archive declares more than `maxBytes` of them or they cannot be read.
    public func storedBytes(of entry: ZipEntry, maxBytes: Int) -> [UInt8]? {
        precondition(!isInflatingAhead, "an archive is not read from the body of its own read")
        guard !entry.isEncrypted, entry.compressedSize <= UInt64(maxBytes),
            let file = zip_fopen_index(handle, zip_uint64_t(entry.index), zip_flags_t(ZIP_FL_COMPRESSED))
        else { return nil }
        defer { zip_fclose(file) }
        let count = Int(entry.compressedSize)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            while initialized < count {
                let read = zip_fread(file, buffer.baseAddress! + initialized, zip_uint64_t(count - initialized))
                if read <= 0 { break }
                initialized += Int(read)
            }
            failed = initialized != count
        }
        // One byte more than declared would mean the declared size is wrong: such an entry is not compared.
        var extra: UInt8 = 0
        guard !failed, zip_fread(file, &extra, 1) == 0 else { return nil }
        return bytes
    }

    /// Reads a whole entry into memory, within `limit`.
    public func contents(of entry: ZipEntry, limit: ZipReadLimit = .unlimited) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(entry.declaredSize, 16 << 20)))
        try read(entry, limit: limit) { chunk in
            for index in chunk.indices { bytes.append(chunk[index]) }
        }
        return bytes
    }

    private static func openError(_ code: Int32, label: String) -> ZipError {
        var error = zip_error_t()
        zip_error_init_with_code(&error, code)
        defer { zip_error_fini(&error) }
        let text = String(cString: zip_error_strerror(&error))
        switch code {
        case ZIP_ER_NOZIP: return ZipError(.notAZip, "\(label): not a zip archive")
        case ZIP_ER_EXISTS: return ZipError(.duplicateEntry, "\(label): the archive has two entries with the same name")
        case ZIP_ER_INCONS, ZIP_ER_EOF, ZIP_ER_MULTIDISK, ZIP_ER_COMPRESSED_DATA:
            return ZipError(.corrupt, "\(label): damaged archive (\(text))")
        case ZIP_ER_OPEN, ZIP_ER_READ, ZIP_ER_SEEK, ZIP_ER_NOENT, ZIP_ER_MEMORY:
            return ZipError(.io, "\(label): \(text)")
        default: return ZipError(.corrupt, "\(label): \(text)")
        }
    }

    private static func error(from error: UnsafeMutablePointer<zip_error_t>, entry: ZipEntry) -> ZipError {
        let code = zip_error_code_zip(error)
        let text = String(cString: zip_error_strerror(error))
        let name = entry.name
        switch code {
        case ZIP_ER_CRC: return ZipError(.badCRC, "\(name): CRC mismatch, the entry is damaged", entryName: name)
        case ZIP_ER_COMPNOTSUPP:
            return ZipError(.unsupportedCompression, "\(name): unsupported compression method", entryName: name)
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD:
            return ZipError(.encrypted, "\(name): entry is encrypted", entryName: name)
        case ZIP_ER_READ, ZIP_ER_SEEK, ZIP_ER_OPEN, ZIP_ER_MEMORY:
            return ZipError(.io, "\(name): \(text)", entryName: name)
        default: return ZipError(.corrupt, "\(name): \(text)", entryName: name)
        }
    }
}
