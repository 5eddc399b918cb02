import Extraction
import Foundation

/// The scanner every test shares, built once from the built-in rules.
let builtInScanner = NumericScanner(rules: .builtIn)

/// The exact decimal written in `literal` (test tables keep values as strings so no Double rounding creeps in).
func exact(_ literal: String) -> Decimal {
    guard let value = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else {
        preconditionFailure("not a decimal literal: \(literal)")
    }
    return value
}

/// The text of `string` between two Unicode scalar offsets.
func scalars(of string: String, in span: TextSpan) -> String {
    let all = Array(string.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: all[span.start..<span.end])
    return String(view)
}

/// Every span of `findings`, of every kind, in text order.
func allSpans(_ findings: NumericFindings) -> [TextSpan] {
    (findings.amounts.map(\.span) + findings.counts.map(\.span) + findings.percentages.map(\.span)
        + findings.dates.map(\.span)).sorted()
}
