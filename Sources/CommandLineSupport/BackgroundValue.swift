internal import Dispatch

/// A value made on another thread while the caller does other work; reading it waits until it is made.
///
/// The command builds its extractor (its lexicons' tries) this way while it reads the document: on a machine with
/// a core to spare, the one-document job costs the longer of the two instead of their sum.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    // `value` is written once by the worker before `ready` is signalled, and read only after waiting for the signal
    // (which each reader passes on to the next).
    private var value: Value?
    private let ready = DispatchSemaphore(value: 0)

    /// Starts making the value.
    public init(_ make: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
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
