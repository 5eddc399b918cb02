internal import Docx

#if canImport(Glibc)
    internal import Glibc
#endif

/// A file's bytes, read with one `read(2)` loop into one array (no `Data` in between), within the file-size limit.
enum FileContents {
    /// The bytes of the file at `path`; a file over `limit` bytes is refused before it is read.
    static func bytes(ofFileAt path: String, limit: UInt64) throws(DocxError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw DocxError(.io, "\(path): \(reason(errno))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw DocxError(.io, "\(path): \(reason(errno))") }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw DocxError(.io, "\(path): is a folder, not a file") }
        let size = Int(status.st_size)
        if UInt64(size) > limit {
            throw DocxError(.limitExceeded, "\(path): \(size) bytes, more than the limit of \(limit)")
        }
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let got = read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno }
                guard got > 0 else { break }
                count += got
            }
        }
        guard failure == 0 else { throw DocxError(.io, "\(path): \(reason(failure))") }
        // A file that grew while it was read (or a special file that reports no size) is read to its end.
        if bytes.count == size {
            // Uninitialised scratch: only the bytes `read` wrote are appended.
            let grown = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk in
                while true {
                    let got = read(descriptor, chunk.baseAddress, chunk.count)
                    if got < 0, errno == EINTR { continue }
                    guard got > 0 else { return true }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<got]))
                    if UInt64(bytes.count) > limit { return false }
                }
            }
            guard grown else { throw DocxError(.limitExceeded, "\(path): more than the limit of \(limit) bytes") }
        }
        return bytes
    }

    /// The last component of `path`.
    static func fileName(of path: String) -> String {
        guard path.utf8.allSatisfy({ $0 < 0x80 }) else {
            return path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        }
        // In ASCII every byte is a character, so the last component is found over bytes.
        let slash = UInt8(ascii: "/")
        let utf8 = path.utf8
        guard let last = utf8.lastIndex(where: { $0 != slash }) else { return path }
        let first = utf8[..<last].lastIndex(of: slash).map { utf8.index(after: $0) } ?? utf8.startIndex
        return String(path[first...last])
    }

    private static func reason(_ code: Int32) -> String {
        code == ENOENT ? "no such file" : "cannot be read (\(String(cString: strerror(code))))"
    }
}
