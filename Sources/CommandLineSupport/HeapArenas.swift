internal import CMallocTrim

/// The arenas the C heap allocates from.
public enum HeapArenas {
    /// Lets the heap keep no more arenas than there are processors online (``Processors/online``), where the C
    /// library allows it (glibc); call it before any thread starts.
    ///
    /// By default glibc gives each new thread an arena of its own, up to eight per processor, and memory freed into
    /// one arena serves only the threads that allocate from it. The one-document job allocates on its reading
    /// thread, its extraction worker and the threads of Dispatch's pool: on a 40 MB document one arena per processor
    /// keeps the peak about 20 MB lower, at the same speed.
    public static func limitToProcessors() {
        _ = CMallocTrim_limitArenas(Int32(clamping: Processors.online))
    }

    /// Lets the heap keep up to 32 MiB of freed memory at the top of each arena rather than return it at once, and
    /// map only requests of 4 MiB or more apart from its arenas (glibc's trim and mmap thresholds, which by default
    /// start at 128 KiB and follow the program's requests); it holds for what is freed and requested from then on.
    ///
    /// For several jobs at once: each return of memory makes the kernel interrupt every other processor running the
    /// process to flush its address translations. A batch of 300 ten-page reports on two jobs shrank its heap 160
    /// times and ran about 3% faster without (paired runs), at the same peak; a 2-job batch of large documents ran at
    /// the same speed with a lower peak (469 MB against 525). One job gains nothing: its heap shrank 5 times.
    public static func keepFreedMemoryForConcurrentJobs() {
        _ = CMallocTrim_keepFreed(32 << 20, 4 << 20)
    }
}
