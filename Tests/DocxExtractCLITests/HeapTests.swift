import CommandLineSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Heap")
struct HeapTests {
    #if os(Linux)
        @Test func theCLibrarysMallocAllocatesFromJemalloc() throws {
            let before = Heap.bytesAllocatedByThread
            let block = try #require(malloc(1 << 20))
            defer { free(block) }
            #expect(Heap.bytesAllocatedByThread - before >= 1 << 20)
        }

        @Test func swiftAllocatesFromJemalloc() {
            let before = Heap.bytesAllocatedByThread
            let bytes = [UInt8](repeating: 1, count: 1 << 20)
            #expect(Heap.bytesAllocatedByThread - before >= 1 << 20)
            withExtendedLifetime(bytes) {}
        }

        @Test func theHeapHasOneArenaPerProcessorAndOneForHugeRequests() {
            #expect(Heap.arenaCount == Processors.online + 1)
        }
    #endif
}
