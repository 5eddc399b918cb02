import Docx
import Extraction
import ExtractionPipeline
import Foundation
import Testing
import TestSupport
import ZipTestSupport

@Suite("Batch extraction")
struct BatchTests {
    static let document = DocxBuilder(body: "<w:p><w:r><w:t>新增3家（甲乙科技、丙丁材料、戊己生物），落实资金1200万元。</w:t></w:r></w:p>").build()

    @Test(
        "A path's extension is what follows the last dot of its last component, lowercased",
        arguments: [
            ("reports/Report.DOCX", "docx"), ("a.tar.GZ", "gz"), ("archive.zip/", "zip"), ("v1.2/notes", ""),
            (".hidden", ""), ("plain", ""), ("trailing.", ""), ("..", ""), ("", ""),
        ])
    func fileExtension(path: String, expected: String) {
        #expect(BatchInputs.fileExtension(of: path) == expected)
    }

    /// Runs a batch and returns its records in emission order.
    func records(_ inputs: [String], jobs: Int = 2, ordered: Bool = true) async -> [BatchRecord] {
        var records: [BatchRecord] = []
        await BatchExtractor(jobs: jobs, ordered: ordered).run(BatchInputs(inputs)) { records.append($0) }
        return records
    }

    /// A temporary folder removed when the test ends.
    func withFolder(_ body: (String) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await body(folder)
    }

    func write(_ bytes: [UInt8], to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    @Test("A folder is read recursively, in path order, one record per file")
    func folderIsRecursive() async throws {
        try await withFolder { folder in
            try write(Self.document, to: folder + "/b.docx")
            try write(Self.document, to: folder + "/a/nested.docx")
            try write(Array("notes".utf8), to: folder + "/readme.txt")
            let records = await records([folder])
            #expect(records.map { ($0.path as NSString).lastPathComponent } == ["nested.docx", "b.docx", "readme.txt"])
            #expect(records.map(\.status) == [.ok, .ok, .skipped])
        }
    }

    @Test("An archive's documents, skipped entries and broken entries each yield one record", arguments: [1, 2])
    func archiveEntriesYieldRecords(jobs: Int) async throws {
        try await withFolder { folder in
            let archive = ZipBuilder(entries: [
                .init(name: "reports/one.docx", bytes: Self.document),
                .init(name: "reports/photo.png", bytes: [0x89, 0x50]),
                .init(name: "reports/broken.docx", bytes: Array("not a zip".utf8)),
            ]).build()
            try write(archive, to: folder + "/in.zip")
            let records = await records([folder + "/in.zip"], jobs: jobs)
            #expect(records.map(\.status) == [.ok, .skipped, .error])
            #expect(records[0].path.hasSuffix("in.zip!/reports/one.docx"))
            #expect(records[2].error?.code == .notAZip)
            #expect(records[0].report?.extraction.enterprises.count == 3)
        }
    }

    @Test("Archives inside archives are opened")
    func nestedArchives() async throws {
        try await withFolder { folder in
            let inner = ZipBuilder(entries: [.init(name: "deep.docx", bytes: Self.document)]).build()
            let outer = ZipBuilder(entries: [
                .init(name: "inner.zip", bytes: inner), .init(name: "top.docx", bytes: Self.document),
            ]).build()
            try write(outer, to: folder + "/outer.zip")
            let records = await records([folder + "/outer.zip"])
            #expect(
                records.map { $0.path.components(separatedBy: "outer.zip").last ?? "" } == [
                    "!/inner.zip!/deep.docx", "!/top.docx",
                ])
            #expect(records.allSatisfy { $0.status == .ok })
        }
    }

    @Test("Entry names in GB18030 without the UTF-8 flag are decoded")
    func gbkNamesAreDecoded() async throws {
        try await withFolder { folder in
            // "报告.docx" in GB18030, as Windows' zip in a Chinese locale writes it.
            let name: [UInt8] = [0xB1, 0xA8, 0xB8, 0xE6] + Array(".docx".utf8)
            let archive = ZipBuilder(entries: [.init(nameBytes: name, isUTF8Flagged: false, bytes: Self.document)])
                .build()
            try write(archive, to: folder + "/gbk.zip")
            let records = await records([folder + "/gbk.zip"])
            #expect(records.first?.path.hasSuffix("gbk.zip!/报告.docx") == true)
            #expect(records.first?.status == .ok)
        }
    }

    @Test("Traversal and absolute entry names are reported by name and nothing is written")
    func traversalNamesAreOnlyLabels() async throws {
        try await withFolder { folder in
            let archive = ZipBuilder(entries: [
                .init(name: "../../escape.docx", bytes: Self.document),
                .init(name: "/etc/absolute.docx", bytes: Self.document),
            ]).build()
            try write(archive, to: folder + "/evil.zip")
            let before = try FileManager.default.subpathsOfDirectory(atPath: folder)
            let records = await records([folder + "/evil.zip"])
            #expect(
                records.map { $0.path.components(separatedBy: "evil.zip!/").last } == [
                    "../../escape.docx", "/etc/absolute.docx",
                ])
            #expect(try FileManager.default.subpathsOfDirectory(atPath: folder) == before)
            #expect(
                !FileManager.default.fileExists(atPath: (folder as NSString).deletingLastPathComponent + "/escape.docx")
            )
        }
    }

    @Test("A missing input and a damaged archive are error records, and the batch goes on", arguments: [1, 2])
    func badInputsDoNotStopTheBatch(jobs: Int) async throws {
        try await withFolder { folder in
            try write(Array("PK\u{03}\u{04}truncated".utf8), to: folder + "/damaged.zip")
            try write(Self.document, to: folder + "/good.docx")
            let records = await records(
                [folder + "/missing.docx", folder + "/damaged.zip", folder + "/good.docx"], jobs: jobs)
            #expect(records.map(\.status) == [.error, .error, .ok])
            #expect(records[0].error?.code == .io)
        }
    }

    @Test("Parallel output in input order equals the sequential output")
    func parallelEqualsSequential() async throws {
        let samples = Fixtures.samples(withExtension: "docx")
        let inputs = samples + samples
        let sequential = await records(inputs, jobs: 1)
        let parallel = await records(inputs, jobs: 4)
        let encode = { (records: [BatchRecord]) in try records.map { try JSONOutput.encode($0) } }
        #expect(try encode(parallel) == encode(sequential))
    }

    @Test("Without retained reports, records are emitted without them and rendered with them", arguments: [1, 2])
    func renderedRecordsKeepTheirReportOnlyForRendering(jobs: Int) async throws {
        try await withFolder { folder in
            try write(Self.document, to: folder + "/a.docx")
            try write(Self.document, to: folder + "/b.docx")
            var emitted: [(BatchRecord, String)] = []
            let batch = BatchExtractor(jobs: jobs, retainsReports: false)
            await batch.run(BatchInputs([folder]), render: { "\($0.report?.extraction.enterprises.count ?? -1)" }) {
                emitted.append(($0, $1))
            }
            #expect(emitted.map { ($0.0.path as NSString).lastPathComponent } == ["a.docx", "b.docx"])
            #expect(emitted.map(\.1) == ["3", "3"])
            #expect(emitted.allSatisfy { $0.0.report == nil })
        }
    }

    @Test("Records render to a type of the caller's choosing, bytes here, in input order", arguments: [1, 2])
    func recordsRenderToBytes(jobs: Int) async throws {
        try await withFolder { folder in
            try write(Self.document, to: folder + "/a.docx")
            try write(Array("notes".utf8), to: folder + "/b.txt")
            var emitted: [(BatchRecord, [UInt8])] = []
            await BatchExtractor(jobs: jobs).run(BatchInputs([folder]), render: \.jsonLineBytes) {
                emitted.append(($0, $1))
            }
            #expect(emitted.map { ($0.0.path as NSString).lastPathComponent } == ["a.docx", "b.txt"])
            #expect(try emitted.map(\.1) == emitted.map { Array((try JSONOutput.encode($0.0) + "\n").utf8) })
        }
    }

    @Test("Unordered output holds the same records")
    func unorderedHoldsTheSameRecords() async throws {
        let samples = Fixtures.samples(withExtension: "docx")
        let ordered = await records(samples, jobs: 3)
        let unordered = await records(samples, jobs: 3, ordered: false)
        #expect(Set(unordered.map(\.path)) == Set(ordered.map(\.path)))
        #expect(unordered.count == ordered.count)
    }

    @Test("Shards split a corpus into disjoint parts that cover it")
    func shardsPartitionTheCorpus() async throws {
        let samples = Fixtures.samples(withExtension: "docx")
        var seen: [String] = []
        for index in 0..<3 {
            await BatchExtractor(jobs: 2, shard: Shard(index: index, count: 3)).run(BatchInputs(samples)) {
                seen.append($0.path)
            }
        }
        #expect(seen.sorted() == samples.sorted())
        #expect(Shard("2/3") == Shard(index: 2, count: 3))
        #expect(Shard("3/3") == nil)
    }

    @Test("The summary counts outcomes by code")
    func summaryCounts() async throws {
        try await withFolder { folder in
            try write(Self.document, to: folder + "/a.docx")
            try write([], to: folder + "/empty.docx")
            var summary = BatchSummary()
            for record in await records([folder]) { summary.add(record) }
            #expect(summary.extracted == 1)
            #expect(summary.failuresByCode == ["empty_file": 1])
            #expect(summary.enterprises == 3)
        }
    }

    @Test("The sample archive from a Chinese Windows zip gives one record per entry, names decoded")
    func sampleArchive() async {
        let records = await records([Fixtures.samplesDirectory + "/reports-gbk.zip"])
        let entries = records.map { String($0.path.split(separator: "!/").last ?? "") }
        #expect(
            entries == [
                "noisy-2024.docx", "损坏的报告.docx", "附件说明.txt", "2025/kejiban-2025.docx", "2025/上半年/zhaoshang-2025h1.docx",
            ])
        #expect(records.map(\.status) == [.ok, .error, .skipped, .ok, .ok])
        #expect(records[1].error?.code == .notAZip)
    }

    @Test("CSV rows quote fields and carry the document path")
    func csvRows() {
        #expect(FindingsCSV.row(["a", "b,c", "d\"e"]) == "a,\"b,c\",\"d\"\"e\"\r\n")
        #expect(FindingsCSV.byteOrderMark.unicodeScalars.first?.value == 0xFEFF)
    }
}
