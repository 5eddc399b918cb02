internal import Synchronization

/// Thrown when work outlives its deadline.
struct DeadlineExceeded: Error {}

/// Runs synchronous `work` on a detached task and returns its result, or throws ``DeadlineExceeded`` after
/// `timeout`; the work is not interrupted (extraction has no cancellation points) and `onFinish` runs when
/// it really ends, so capacity is given back only then.
func withDeadline<T: Sendable>(
    _ timeout: Duration, onFinish: @escaping @Sendable () async -> Void, _ work: @escaping @Sendable () throws -> T
) async throws -> T {
    let gate = ResumeOnce<T>()
    return try await withCheckedThrowingContinuation { continuation in
        gate.install(continuation)
        Task.detached {
            let result = Result { try work() }
            gate.resume(with: result)
            await onFinish()
        }
        Task {
            try? await Task.sleep(for: timeout)
            gate.resume(with: .failure(DeadlineExceeded()))
        }
    }
}

/// Resumes a continuation exactly once, whichever of the work and the timer finishes first.
private final class ResumeOnce<T: Sendable>: Sendable {
    private let state = Mutex<(continuation: CheckedContinuation<T, any Error>?, result: Result<T, any Error>?)>(
        (nil, nil))

    func install(_ continuation: CheckedContinuation<T, any Error>) {
        let early = state.withLock { state -> Result<T, any Error>? in
            if let result = state.result { return result }
            state.continuation = continuation
            return nil
        }
        if let early { continuation.resume(with: early) }
    }

    func resume(with result: Result<T, any Error>) {
        let continuation = state.withLock { state -> CheckedContinuation<T, any Error>? in
            guard state.result == nil else { return nil }
            state.result = result
            defer { state.continuation = nil }
            return state.continuation
        }
        continuation?.resume(with: result)
    }
}
