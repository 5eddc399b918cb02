internal import Dispatch

/// A value written once by one thread and read by any number: a read waits until the value is written.
final class OnceValue<Value: Sendable>: @unchecked Sendable {
    // `value` is written once, before `ready` is signalled, and read only after waiting for the signal (which each
    // reader passes on to the next).
    private var value: Value?
    private let ready = DispatchSemaphore(value: 0)

    init() {}

    /// Writes the value; called once.
    func write(_ value: Value) {
        self.value = value
        ready.signal()
    }

    /// The value, once it is written (blocking until then).
    var result: Value {
        ready.wait()
        ready.signal()
        return value!
    }
}
