#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// Running totals of a batch, for progress and the closing summary.
public struct BatchSummary: Sendable, Equatable {
    /// Records seen.
    public private(set) var records = 0
    /// Documents extracted.
    public private(set) var extracted = 0
    /// Documents or inputs that failed, by error code.
    public private(set) var failuresByCode: [String: Int] = [:]
    /// Entries skipped as not documents.
    public private(set) var skipped = 0
    /// Enterprises found, summed over documents.
    public private(set) var enterprises = 0
    /// Money amounts found, summed over documents.
    public private(set) var amounts = 0

    /// Creates empty totals.
    public init() {}

    /// Documents or inputs that failed.
    public var failed: Int { failuresByCode.values.reduce(0, +) }

    /// Counts one record.
    public mutating func add(_ record: BatchRecord) {
        records += 1
        switch record.status {
        case .ok:
            extracted += 1
            enterprises += record.digest?.enterprises.count ?? 0
            amounts += record.digest?.amountCount ?? 0
        case .error: failuresByCode[record.error?.code.rawValue ?? "unknown", default: 0] += 1
        case .skipped: skipped += 1
        }
    }

    /// The closing summary, one line per fact.
    public func text(elapsed seconds: Double) -> String {
        var lines = [
            "documents: \(extracted + failed)", "extracted: \(extracted)", "failed: \(failed)",
        ]
        for (code, count) in failuresByCode.sorted(by: { $0.key < $1.key }) { lines.append("  \(code): \(count)") }
        lines += [
            "skipped (not .docx): \(skipped)", "enterprises found: \(enterprises)", "amounts found: \(amounts)",
            "elapsed: \(seconds.fixedPointText(digits: 2)) s",
        ]
        return lines.joined(separator: "\n")
    }
}
