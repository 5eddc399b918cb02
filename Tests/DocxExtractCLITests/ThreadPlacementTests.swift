import CThreadPlacement
import Dispatch
#if canImport(Glibc)
    import Glibc
#endif
import Testing
import ThreadPlacement

@Suite("Thread placement")
struct ThreadPlacementTests {
    private static var hasGlibc: Bool {
        #if canImport(Glibc)
            true
        #else
            false
        #endif
    }

    /// What the started thread ran: it signals once it has set `ran`.
    private final class Run: @unchecked Sendable {
        // Written by the started thread before `done` is signalled, read after waiting for it.
        var ran = false
        let done = DispatchSemaphore(value: 0)
    }

    @Test(.enabled(if: Self.hasGlibc, "the placement is made with glibc's extensions"))
    func aThreadStartedElsewhereRunsItsBody() throws {
        let run = Run()
        let started = CThreadPlacement_startElsewhere(
            { argument in
                let run = Unmanaged<Run>.fromOpaque(argument!).takeRetainedValue()
                run.ran = true
                run.done.signal()
                return nil
            }, Unmanaged.passRetained(run).toOpaque())
        try #require(started == 0)
        run.done.wait()
        #expect(run.ran)
    }

    /// Data of the test program: one value statically initialized (`.data`), one zero-initialized (`.bss`).
    nonisolated(unsafe) private static var initialized = 7
    nonisolated(unsafe) private static var zeroed = 0

    @Test(.enabled(if: Self.hasGlibc, "the program's data is found with glibc's start files"))
    func populatingTheProgramDataKeepsIt() {
        Self.zeroed += 5
        let before = (Self.initialized, Self.zeroed)
        let populated = CThreadPlacement_populateProgramData()
        // Kernels before 5.14 do not know the request.
        #expect(populated == 0 || errno == EINVAL)
        #expect(Self.initialized == before.0)
        #expect(Self.zeroed == before.1)
    }

    @Test(.enabled(if: Self.hasGlibc, "the placement is made with glibc's extensions"))
    func aPlacedThreadRunsItsClosure() throws {
        let run = Run()
        try #require(
            PlacedThread.start {
                run.ran = true
                run.done.signal()
            })
        run.done.wait()
        #expect(run.ran)
    }
}
