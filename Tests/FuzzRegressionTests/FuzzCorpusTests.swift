import FuzzTargets
import Foundation
import TestSupport
import Testing

/// Replays the fuzzers' seed corpus and every minimized crasher through the same code the harnesses run.
///
/// `Fuzz/Seeds/<target>/` holds the seeds made from `Samples/` by `Fuzz/make-seeds.py`; `Fuzz/Regressions/<target>/`
/// holds one file per crash, hang or broken invariant a fuzzer found, kept after the fix.
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
    struct Input: CustomTestStringConvertible, Sendable {
        var target: FuzzTarget
        var path: String
        var testDescription: String { "\(target.rawValue)/\(URL(fileURLWithPath: path).lastPathComponent)" }
    }

    static func inputs(in folder: String) -> [Input] {
        FuzzTarget.allCases.flatMap { target in
            let directory = "\(Fixtures.repositoryRoot)/Fuzz/\(folder)/\(target.rawValue)"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map {
                Input(target: target, path: "\(directory)/\($0)")
            }
        }
    }

    @Test(arguments: inputs(in: "Regressions"))
    func regressionInputRunsCleanly(input: Input) throws {
        let bytes = try #require(FileManager.default.contents(atPath: input.path))
        #expect(input.target.run(Array(bytes)) == [])
    }

    @Test(arguments: inputs(in: "Seeds"))
    func seedRunsCleanly(input: Input) throws {
        let bytes = try #require(FileManager.default.contents(atPath: input.path))
        #expect(input.target.run(Array(bytes)) == [])
    }

    @Test func everyTargetHasSeeds() {
        let seeded = Set(Self.inputs(in: "Seeds").map(\.target))
        #expect(seeded == Set(FuzzTarget.allCases))
    }

    @Test func wordMLInputSplitsIntoAtMostFourParts() {
        let separator = String(decoding: FuzzTarget.partSeparator, as: UTF8.self)
        let input = Array((["a", "b", "c", "d", "e"]).joined(separator: separator).utf8)
        let parts = FuzzTarget.split(input, separator: FuzzTarget.partSeparator, maxParts: 4)
        #expect(parts.map { String(decoding: $0, as: UTF8.self) } == ["a", "b", "c", "d" + separator + "e"])
    }
}
