internal import CHeap

/// Gives the memory that finished extractions freed back to the system once no extraction runs, so the service's
/// resident size returns near its idle figure after a burst (jemalloc returns freed pages only after about 10 s
/// otherwise).
enum MemoryTrim {
    /// Returns the heap's freed pages when `busy` extractions are running and that is none.
    static func returnFreedMemoryIfIdle(busy: Int) {
        guard busy == 0 else { return }
        _ = CHeap_returnFreedMemory()
    }
}
