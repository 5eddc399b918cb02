internal import Dispatch
internal import ThreadPlacement

/// Starts a thread of its own for one piece of work, at once on another processor than the caller's.
///
/// On Linux: a first task on Dispatch's pool waits for the pool's threads to be made, and a new thread queued behind
/// its parent can wait there for milliseconds while the other processor idles (in a scheduler trace of 40 ten-page
/// reports the reading thread waited 1.9 ms a run for the extractor that way, 0.4 ms once the thread started
/// elsewhere). The thread is free to run anywhere once started.
enum ThreadStart {
    /// Runs `body` on a new detached thread started on another processor than the caller's (on Linux; elsewhere,
    /// and on failure to make one, on Dispatch's pool).
    static func detached(_ body: @escaping @Sendable () -> Void) {
        if PlacedThread.start(body) { return }
        DispatchQueue.global(qos: .userInitiated).async(execute: body)
    }
}
