import ExtractionPipeline
import Foundation
import TestSupport
import Testing

/// The command line on hostile input: a folder holding one file of each case of
/// ``HostileInputs/all`` gives exactly one record per file, with that file's code, and the documented exit status.
@Suite("Command line: hostile batch")
struct HostileBatchTests {
    private static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("A folder of hostile files: one JSON line per file, each with its exact code or text; exit status 1")
    func folderOfHostileFiles() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for input in HostileInputs.all {
            try Data(input.bytes).write(to: folder.appendingPathComponent(input.name + ".docx"))
        }
        let run = try CommandRunner.run([
            folder.path, "--format", "jsonl", "--quiet", "--include", "text", "--jobs", "2",
        ])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == HostileInputs.all.count)

        var records: [String: JSONValue] = [:]
        for line in lines {
            let record = try JSONValue.parse(String(line))
            guard case .string(let path) = record["path"] else {
                Issue.record("a record without a path: \(line.prefix(200))")
                continue
            }
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            #expect(records[name] == nil, "two records for \(name)")
            records[name] = record
        }
        for input in HostileInputs.all {
            guard let record = records[input.name] else {
                Issue.record("no record for \(input.name)")
                continue
            }
            switch input.outcome {
            case .fails(let code):
                #expect(record["status"] == .string("error"), "\(input.name)")
                #expect(record["error"]?["code"] == .string(code.rawValue), "\(input.name)")
            case .reads(let texts):
                #expect(record["status"] == .string("ok"), "\(input.name): \(record["error"] ?? .null)")
                let expected = texts.map { $0 + "\n" }.joined()
                #expect(record["report"]?["text"] == .string(expected), "\(input.name)")
            }
        }
        // Exit status: 0 every document extracted, 1 some document failed, 2 usage or I/O error.
        #expect(run.status == 1)
    }

    /// Well-formed parts with table and text-box elements where the schema does not allow them.
    ///
    /// The command prints the body text and exits 0: a trap would end a whole batch or the server, not just one
    /// document.
    private static let misplacedElements: [String: DocxBuilder] = [
        "w:tr outside a table": DocxBuilder(body: "<w:tr/>" + paragraph("正文")),
        "w:tcPr outside any footnote": DocxBuilder(body: paragraph("正文"))
            .footnotes(#"<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>"#),
        "w:txbxContent outside any footnote": DocxBuilder(body: paragraph("正文"))
            .footnotes("<w:txbxContent><w:p/></w:txbxContent>"),
    ]

    @Test(arguments: misplacedElements.keys.sorted())
    func misplacedElementDoesNotCrashTheCommand(_ name: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("misplaced.docx")
        try Data(try #require(Self.misplacedElements[name]).build()).write(to: path)
        let run = try CommandRunner.run(["text", path.path])
        #expect(run.status == 0, "\(run.stderr.prefix(300))")
        #expect(run.stdout == "正文\n")
    }

    private static func paragraph(_ text: String) -> String { HostileInputs.paragraph(text) }
}
