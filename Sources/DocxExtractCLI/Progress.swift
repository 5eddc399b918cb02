import CommandLineSupport
import ExtractionPipeline
import SystemPackage
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

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
        guard StandardStreams.errorIsTerminal else { return nil }
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
        StandardStreams.write("\r\u{1B}[K".utf8, to: .standardError)
    }

    private func draw(_ summary: BatchSummary, now: Date) {
        let done = summary.extracted + summary.failed
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        var line = "\r\u{1B}[K\(done)"
        if let total {
            line += "/\(total)"
            if rate > 0 { line += "  ETA \((Double(max(total - done, 0)) / rate).fixedPointText(digits: 0)) s" }
        }
        line += "  \(rate.fixedPointText(digits: 1)) docs/s  failed \(summary.failed)  skipped \(summary.skipped)"
        StandardStreams.write(line.utf8, to: .standardError)
    }
}
