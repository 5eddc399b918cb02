import DocxExtractServer
import ExtractionPipeline
import Foundation
import Testing
import TestSupport

@Suite("Problem codes")
struct ProblemCodeTests {
    private static func schemaCodes() throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.repositoryRoot + "/Schemas/problem.schema.json"))
        let schema = try JSONValue.parse(String(decoding: data, as: UTF8.self))
        guard case .array(let codes)? = schema["properties"]?["code"]?["enum"] else { return [] }
        return codes.compactMap { if case .string(let code) = $0 { code } else { nil } }
    }

    @Test func theSchemaListsEveryCodeTheServiceAndTheReaderAnswerWith() throws {
        let expected = DocxError.Code.allCases.map(\.rawValue) + ProblemCode.allCases.map(\.rawValue)
        #expect(try Self.schemaCodes() == expected)
    }
}
