import CThreadPlacement
import Dispatch
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
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

    @Test(.enabled(if: Self.hasGlibc, "the program's data is found with glibc's start files"))
    func populatingTheProgramDataSucceedsOrIsUnknownToTheKernel() {
        let populated = CThreadPlacement_populateProgramData()
        let error = errno
        // Kernels before 5.14 do not know the request; a range outside the program's data would fail otherwise.
        #expect(populated == 0 || error == EINVAL, "errno \(error)")
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
