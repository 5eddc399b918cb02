import Foundation

/// The seconds `body` takes on the monotonic clock.
func secondsTaken(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let elapsed = (clock.now - start).components
    return Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
}

/// The fastest of several timed repetitions: on a shared machine noise only ever adds time.
struct BestTime {
    private(set) var seconds = Double.infinity
    private(set) var samples: [Double] = []

    mutating func record(_ sample: Double) {
        samples.append(sample)
        seconds = min(seconds, sample)
    }
}

/// Fields of `/proc/self/status`, in kB as the kernel reports them.
enum ProcessStatus {
    /// The value of a kB field such as `VmHWM` (peak resident set) or `VmRSS` (current resident set).
    static func kilobytes(_ field: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
            return Int(digits)
        }
        return nil
    }
}

/// Decimal megabytes (10⁶ bytes), the unit of every MB and MB/s this benchmark prints.
func megabytes(_ bytes: Int) -> Double { Double(bytes) / 1_000_000 }

/// `value` with `digits` decimals.
func formatted(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

/// `text` padded with spaces on the left to `width` characters.
func leftPadded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

/// `text` padded with spaces on the right to `width` characters.
func rightPadded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
