import ExtractionPipeline
import Foundation
import Testing
import TestSupport

@Suite("Evaluation against gold")
struct EvaluationTests {
    /// Quality floors: the F1 each field must keep on the samples' gold annotations.
    static let floors: [(field: String, f1: Double)] = [
        ("amounts", 0.95), ("counts", 0.95), ("enterprises", 0.90), ("percentages", 0.90),
    ]

    @Test("Extraction keeps its F1 floor on the gold annotations", arguments: floors.map(\.field))
    func qualityFloor(field: String) throws {
        let result = try Evaluation().run(folder: URL(fileURLWithPath: Fixtures.samplesDirectory))
        let tally = try #require(result.total.tallies[field])
        let floor = try #require(Self.floors.first { $0.field == field }?.f1)
        #expect(tally.gold > 0)
        #expect(tally.f1 >= floor, "\(field): F1 \(tally.f1) below the floor \(floor)\n\(result.total.table)")
    }

    @Test("A perfect prediction scores 1 and an empty one scores 0 recall")
    func scorecardArithmetic() {
        var tally = Scorecard.Tally()
        tally.matched = 3
        tally.predicted = 4
        tally.gold = 6
        #expect(tally.precision == 0.75)
        #expect(tally.recall == 0.5)
        #expect(abs(tally.f1 - 0.6) < 1e-9)
        #expect(Scorecard.Tally().f1 == 1)
    }
}
