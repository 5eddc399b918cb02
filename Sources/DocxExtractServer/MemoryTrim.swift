internal import CMallocTrim

/// Gives the memory that finished extractions freed back to the system once no extraction runs, so the service's
/// resident size returns near its idle figure after a burst (glibc keeps freed heap otherwise).
enum MemoryTrim {
    /// Trims the heap when `busy` extractions are running and that is none.
    static func returnFreedMemoryIfIdle(busy: Int) {
        guard busy == 0 else { return }
        _ = CMallocTrim_trim()
    }
}
