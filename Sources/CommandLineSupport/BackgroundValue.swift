internal import Dispatch

#if canImport(Glibc)
    internal import Glibc
#endif

/// A value made on another thread while the caller does other work; reading it waits until it is made.
///
/// The command builds its extractor (its lexicons' tries) this way while it reads the document: on a machine with
/// a core to spare, the one-document job costs the longer of the two instead of their sum. On Linux the value is
/// made on a thread of its own, started at once: a first task on Dispatch's pool waits for the pool's threads to be
/// made, and often for the scheduler, up to 1.5 ms of a 9 ms job.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    // `value` is written once by the worker before `ready` is signalled, and read only after waiting for the signal
    // (which each reader passes on to the next).
    private var value: Value?
    private let ready = DispatchSemaphore(value: 0)

    /// Starts making the value.
    public init(_ make: @escaping @Sendable () -> Value) {
        ThreadStart.detached {
            self.value = make()
            self.ready.signal()
        }
    }

    /// The value, once it is made (blocking until then).
    public var result: Value {
        ready.wait()
        ready.signal()
        return value!
    }
}

/// Starts a thread of its own for one piece of work.
private final class ThreadStart: Sendable {
    private let body: @Sendable () -> Void

    private init(_ body: @escaping @Sendable () -> Void) {
        self.body = body
    }

    /// Runs `body` on a new detached thread (on Linux; elsewhere, and on failure to make one, on Dispatch's pool).
    static func detached(_ body: @escaping @Sendable () -> Void) {
        #if canImport(Glibc)
            let start = Unmanaged.passRetained(ThreadStart(body))
            var thread = pthread_t()
            let made = pthread_create(
                &thread, nil,
                { argument in
                    let start = Unmanaged<ThreadStart>.fromOpaque(argument!).takeRetainedValue()
                    start.body()
                    return nil
                }, start.toOpaque())
            if made == 0 {
                pthread_detach(thread)
                return
            }
            start.release()
        #endif
        DispatchQueue.global(qos: .userInitiated).async(execute: body)
    }
}
