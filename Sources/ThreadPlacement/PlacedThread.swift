internal import CThreadPlacement

/// Threads started at once on another processor than their parent's (`CThreadPlacement`), for work that runs beside
/// the thread that starts it.
package enum PlacedThread {
    /// Runs `body` on a new detached thread, started on another processor than the caller's and free to run anywhere
    /// once started; false when no thread was started (`pthread_create` failed, or the system has no glibc).
    ///
    /// Before the first thread, the program's data pages are mapped in writable
    /// (`CThreadPlacement_populateProgramData`): a page that threads first read and then write while two of them run
    /// would cost the other processor a TLB flush.
    package static func start(_ body: @escaping @Sendable () -> Void) -> Bool {
        _ = programDataPopulated
        let started = Unmanaged.passRetained(Body(body))
        let failed = CThreadPlacement_startElsewhere(
            { argument in
                Unmanaged<Body>.fromOpaque(argument!).takeRetainedValue().run()
                return nil
            }, started.toOpaque())
        guard failed == 0 else {
            started.release()
            return false
        }
        return true
    }

    /// Whether the process may run on more than one processor, so that a thread beside the caller's runs at the same
    /// time rather than in turns with it; false when that cannot be told.
    package static var hasOtherProcessors: Bool { CThreadPlacement_allowedProcessorCount() > 1 }

    /// Whether the program's data pages were mapped in writable, which is done once, when first asked.
    private static let programDataPopulated = CThreadPlacement_populateProgramData() == 0

    /// A thread's body, passed through the C starter's pointer.
    private final class Body: Sendable {
        let run: @Sendable () -> Void

        init(_ run: @escaping @Sendable () -> Void) {
            self.run = run
        }
    }
}
