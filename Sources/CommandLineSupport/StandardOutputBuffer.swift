#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// Text bound for standard output, written in pieces of about 64 KiB as it accumulates.
public final class StandardOutputBuffer {
    private var pending = ""
    private let threshold: Int

    /// Creates a buffer that writes once it holds `threshold` bytes.
    public init(threshold: Int = 1 << 16) {
        self.threshold = threshold
    }

    /// Adds text through `body`, writing the buffer out when it has grown past the threshold.
    public func append(_ body: (inout String) -> Void) {
        body(&pending)
        if pending.utf8.count >= threshold { flush() }
    }

    /// Writes out what is buffered.
    public func flush() {
        guard !pending.isEmpty else { return }
        StandardStreams.write(pending)
        pending.removeAll(keepingCapacity: true)
    }
}
