public import Foundation

/// Compares output with a checked-in golden file; `RECORD_GOLDEN=1` rewrites the file and reports a
/// difference, so that a new baseline is always reviewed before it is committed.
public enum GoldenFile {
    /// Whether this run records new goldens.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// nil when `actual` equals the file at `url`, else a description of the first difference.
    public static func difference(_ actual: String, from url: URL) -> String? {
        if isRecording {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return "\(url.lastPathComponent) re-recorded (RECORD_GOLDEN=1): review the change and run again without it"
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "\(url.lastPathComponent) is missing: run with RECORD_GOLDEN=1 to record it"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for (number, (left, right)) in zip(expectedLines, actualLines).enumerated() where left != right {
            return "\(url.lastPathComponent):\(number + 1): expected \(left) but got \(right)"
        }
        return "\(url.lastPathComponent): expected \(expectedLines.count) lines, got \(actualLines.count)"
    }
}
