import ArgumentParser
import CommandLineSupport
import SystemPackage

/// Where output goes: standard output or a file, written in large buffered chunks.
final class OutputSink {
    private let descriptor: FileDescriptor
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []

    init(path: String?) throws {
        guard let path, path != "-" else {
            descriptor = .standardOutput
            ownsDescriptor = false
            return
        }
        do {
            descriptor = try FileDescriptor.open(
                FilePath(path), .writeOnly, options: [.create, .truncate],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            StandardStreams.error("docx-extract: io: \(path): cannot be written (\(error))")
            throw ExitCode(2)
        }
        ownsDescriptor = true
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes UTF-8 `bytes`, buffered as text is.
    func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes `chunk` as it is, after what is buffered (a large report goes out in the writer's chunks).
    func write(chunk: UnsafeRawBufferPointer) {
        flush()
        StandardStreams.write(chunk, to: descriptor)
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        StandardStreams.write(buffer, to: descriptor)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        if ownsDescriptor { try? descriptor.close() }
    }
}
