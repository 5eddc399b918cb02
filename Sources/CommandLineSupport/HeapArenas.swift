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
}
