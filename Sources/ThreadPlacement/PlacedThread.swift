internal import CThreadPlacement

/// Threads started at once on another processor than their parent's (`CThreadPlacement`), for work that runs beside
/// the thread that starts it.
package enum PlacedThread {
    /// Runs `body` on a new detached thread, started on another processor than the caller's and free to run anywhere
    /// once started; false when no thread was started (`pthread_create` failed, or the system has no glibc).
    package static func start(_ body: @escaping @Sendable () -> Void) -> Bool {
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

    /// A thread's body, passed through the C starter's pointer.
    private final class Body: Sendable {
        let run: @Sendable () -> Void

        init(_ run: @escaping @Sendable () -> Void) {
            self.run = run
        }
    }
}
