import CommandLineSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Whether AddressSanitizer is loaded (`scripts/sanitize`): its own malloc then serves the process, not jemalloc.
private let addressSanitizerIsLoaded: Bool = {
    #if canImport(Glibc)
        return dlsym(nil, "__asan_init") != nil
    #else
        return false
    #endif
}()

@Suite("Heap", .disabled(if: addressSanitizerIsLoaded, "AddressSanitizer replaces the heap"))
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

        @Test func theHeapHasOneArenaAndOneForHugeRequests() {
            #expect(Heap.arenaCount == 2)
        }
    #endif
}
