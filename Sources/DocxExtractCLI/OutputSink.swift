import ArgumentParser
import CommandLineSupport
import Foundation

/// Where output goes: standard output or a file, written in large buffered chunks.
final class OutputSink {
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer = Data()

    init(path: String?) throws {
        guard let path, path != "-" else {
            handle = .standardOutput
            ownsHandle = false
            return
        }
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path)
        else {
            StandardStreams.error("docx-extract: io: \(path): cannot be written")
            throw ExitCode(2)
        }
        handle = file
        ownsHandle = true
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Writes `chunk` as it is, after what is buffered (a large report goes out in the writer's chunks).
    func write(chunk: UnsafeRawBufferPointer) {
        flush()
        handle.write(Data(chunk))
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        if ownsHandle { try? handle.close() }
    }
}
