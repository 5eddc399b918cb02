import ExtractionPipeline
import Testing

@Suite("Fixed-point text")
struct FixedPointTextTests {
    @Test("Digits after the point are rounded as printf rounds: the binary value, ties to even")
    func roundsLikePrintf() {
        #expect((1.0 / 3).fixedPointText(digits: 3) == "0.333")
        #expect(0.0625.fixedPointText(digits: 3) == "0.062")
        #expect(0.0005.fixedPointText(digits: 3) == "0.001")
        #expect(2.5.fixedPointText(digits: 0) == "2")
        #expect(12.25.fixedPointText(digits: 1) == "12.2")
        #expect((-1.5).fixedPointText(digits: 2) == "-1.50")
    }
}
