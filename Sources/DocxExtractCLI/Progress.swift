import ExtractionPipeline
import Foundation

/// Progress on standard error while a batch runs, only when it is a terminal: done/total, rate, ETA, failures.
final class Progress {
    private let enabled: Bool
    private let total: Int?
    private let started = Date()
    private var lastDraw = Date.distantPast

    init(enabled: Bool, total: Int?) {
        self.enabled = enabled
        self.total = total
    }

    /// Counts the documents the inputs will yield (top-level archives' entries included), for the ETA.
    static func estimate(_ inputs: BatchInputs) -> Int? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        var count = 0
        for item in inputs {
            if case .skipped = item { continue }
            count += 1
        }
        return count
    }

    func update(_ summary: BatchSummary) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        draw(summary, now: now)
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func draw(_ summary: BatchSummary, now: Date) {
        let done = summary.extracted + summary.failed
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        var line = "\r\u{1B}[K\(done)"
        if let total {
            line += "/\(total)"
            if rate > 0 { line += String(format: "  ETA %.0f s", Double(max(total - done, 0)) / rate) }
        }
        line += String(format: "  %.1f docs/s  failed %d  skipped %d", rate, summary.failed, summary.skipped)
        FileHandle.standardError.write(Data(line.utf8))
    }
}
