internal import CHeap

/// The C heap the commands allocate from on Linux: jemalloc, linked in place of the C library's malloc, with one arena
/// (`CHeap`).
public enum Heap {
    /// How many arenas the heap has made; 0 where the heap is not jemalloc.
    public static var arenaCount: Int { Int(CHeap_arenaCount()) }

    /// How many bytes the calling thread has allocated from the heap since it started; 0 where the heap is not
    /// jemalloc.
    public static var bytesAllocatedByThread: UInt64 { CHeap_bytesAllocatedByThread() }
}
