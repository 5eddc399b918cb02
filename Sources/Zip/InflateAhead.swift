internal import CLibzip
internal import Dispatch
internal import Synchronization
internal import ThreadPlacement

/// Inflates one open entry on a thread of its own, up to `slots` chunks ahead of the thread that reads them.
///
/// The reading thread and the inflating thread hand the chunk buffers to each other through two semaphores, which
/// also order every write to a buffer and its count before the other thread reads them. While an `InflateAhead`
/// runs, only its thread calls libzip: the reader must not use the archive until ``finish()`` has returned.
final class InflateAhead: @unchecked Sendable {
    /// Chunk buffers, used round-robin.
    private let buffers: [UnsafeMutableBufferPointer<UInt8>]
    /// What `zip_fread` returned for each buffer: bytes, 0 at the end, or -1 on an error.
    private let counts: UnsafeMutableBufferPointer<Int>
    private let file: OpaquePointer
    private let chunkSize: Int
    /// Buffers ready to be read, and buffers free to be filled.
    private let filled = DispatchSemaphore(value: 0)
    private let free: DispatchSemaphore
    private let ended = DispatchSemaphore(value: 0)
    /// Set by the reader when it stops reading; the inflating thread then ends before it fills another buffer.
    private let stopping = Atomic(false)
    private var next = 0
    /// Whether the reader has been given the entry's end or its error, after which no chunk follows.
    private var delivered = false

    /// Starts inflating `file` on a new thread, or returns nil when the process may run on one processor only (a
    /// second thread would only take turns with the first) or no thread can be started.
    static func start(_ file: OpaquePointer, chunkSize: Int, slots: Int = 4) -> InflateAhead? {
        guard PlacedThread.hasOtherProcessors else { return nil }
        let ahead = InflateAhead(file, chunkSize: chunkSize, slots: slots)
        return PlacedThread.start { ahead.inflate() } ? ahead : nil
    }

    private init(_ file: OpaquePointer, chunkSize: Int, slots: Int) {
        self.file = file
        self.chunkSize = chunkSize
        buffers = (0..<slots).map { _ in .allocate(capacity: chunkSize) }
        counts = .allocate(capacity: slots)
        counts.initialize(repeating: 0)
        // Made empty and then signalled: libdispatch stops the process when a semaphore is released below the value
        // it was made with, and the inflating thread may end holding some buffers.
        free = DispatchSemaphore(value: 0)
        for _ in 0..<slots { free.signal() }
    }

    deinit {
        for buffer in buffers { buffer.deallocate() }
        counts.deallocate()
    }

    /// The inflating thread: fills free buffers in turn until the entry ends, fails, or the reader stops.
    private func inflate() {
        var slot = 0
        while true {
            free.wait()
            if stopping.load(ordering: .acquiring) { break }
            let count = Int(zip_fread(file, buffers[slot].baseAddress, zip_uint64_t(chunkSize)))
            counts[slot] = count
            filled.signal()
            if count <= 0 { break }
            slot = (slot + 1) % buffers.count
        }
        ended.signal()
    }

    /// Waits for the next chunk and lends it to `body`: its bytes, none at the entry's end, or nil when libzip
    /// failed (its error is then on the file).
    func nextChunk<Result>(_ body: (UnsafeBufferPointer<UInt8>?) throws -> Result) rethrows -> Result {
        precondition(!delivered, "no chunk follows an entry's end or error")
        filled.wait()
        let slot = next
        next = (next + 1) % buffers.count
        let count = counts[slot]
        delivered = count <= 0
        defer { if count > 0 { free.signal() } }
        return try body(count < 0 ? nil : UnsafeBufferPointer(rebasing: buffers[slot][0..<count]))
    }

    /// Stops the inflating thread and waits until it no longer uses the file.
    func finish() {
        stopping.store(true, ordering: .releasing)
        free.signal()
        ended.wait()
    }
}
