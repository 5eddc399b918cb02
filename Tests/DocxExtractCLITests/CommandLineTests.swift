import ArgumentParser
import CommandLineSupport
import ExtractionPipeline
import Foundation
import Testing
import TestSupport

@testable import DocxExtractCLI

@Suite("Command line")
struct CommandLineTests {
    @Test("A bare file argument runs the extract command")
    func defaultSubcommandIsExtract() throws {
        let command = try DocxExtract.parseAsRoot(["report.docx", "--pretty"])
        let extract = try #require(command as? ExtractCommand)
        #expect(extract.inputs == ["report.docx"])
        #expect(extract.pretty)
    }

    @Test("A bare document argument is the job the parser makes of it, every option at its default")
    func bareDocumentSkipsTheParser() throws {
        let parsed = try #require(try DocxExtract.parseAsRoot(["report.docx"]) as? ExtractCommand)
        let bare = try #require(SingleReportJob(bareArguments: ["report.docx"]))
        #expect(bare == parsed.singleReportJob)
    }

    @Test("The command names read before parsing are the parser's own, and help")
    func commandNamesAreTheParsers() {
        // Every name the parser takes for a command: its own (explicit or derived from the type) and its aliases.
        let parsed = DocxExtract.configuration.subcommands.flatMap { [$0._commandName] + $0.configuration.aliases }
        #expect(Set(CommandName.reserved) == Set(parsed + ["help"]))
        #expect(CommandName.reserved.count == parsed.count + 1)
    }

    @Test(
        "Options, command names, folders, archives and '-' go to the parser",
        arguments: [["report.docx", "--pretty"], ["--version"], ["text"], ["help"], ["-"], ["reports.zip"], ["."], []])
    func otherArgumentsAreParsed(arguments: [String]) {
        #expect(SingleReportJob(bareArguments: arguments) == nil)
    }

    @Test(
        "Extractions with the built-in rules start the extractor before parsing",
        arguments: [["reports", "--jobs", "1"], ["report.docx", "--pretty"], ["extract", "a.docx", "b.docx"], ["-"]])
    func extractionsPrepareTheExtractor(arguments: [String]) {
        #expect(ExtractCommand.mayExtractWithBuiltInRules(arguments))
    }

    @Test(
        "Other commands, help, the version and a rules file do not start the extractor",
        arguments: [
            ["text", "report.docx"], ["blocks", "report.docx"], ["rules"], ["evaluate", "Samples"], ["serve"],
            ["help"], ["reports", "--help"], ["-h"], ["reports", "-help"], ["--version"],
            ["reports", "--rules", "my.json"], ["reports", "--rules=my.json"],
        ])
    func otherInvocationsDoNotPrepareTheExtractor(arguments: [String]) {
        #expect(!ExtractCommand.mayExtractWithBuiltInRules(arguments))
    }

    @Test("--version alone prints the line the argument parser prints for it, and exits 0")
    func versionSkipsTheParserAndAgreesWithIt() throws {
        let run = try CommandRunner.run(["--version"])
        #expect(run.status == 0)
        #expect(throws: (any Error).self) { try DocxExtract.parseAsRoot(["--version"]) }
        do {
            _ = try DocxExtract.parseAsRoot(["--version"])
        } catch {
            #expect(DocxExtract.exitCode(for: error) == .success)
            #expect(run.stdout == DocxExtract.fullMessage(for: error) + "\n")
        }
    }

    @Test("--include accepts text and blocks and rejects anything else")
    func includeIsValidated() throws {
        _ = try DocxExtract.parseAsRoot(["extract", "a.docx", "--include", "text,blocks"])
        #expect(throws: (any Error).self) {
            try DocxExtract.parseAsRoot(["extract", "a.docx", "--include", "pictures"])
        }
    }

    @Test("Limit options become reader limits")
    func limitOptions() throws {
        let command = try #require(
            try DocxExtract.parseAsRoot(["text", "a.docx", "--max-part-mib", "2", "--max-depth", "40"]) as? TextCommand)
        #expect(command.limits.docxLimits.maxPartBytes == 2 << 20)
        #expect(command.limits.docxLimits.maxXMLDepth == 40)
    }

    @Test("docx-extract FILE prints one JSON object with the report's fields")
    func endToEndExtraction() throws {
        let sample = try #require(Fixtures.samples(withExtension: "docx").first)
        let run = try CommandRunner.run([sample])
        #expect(run.status == 0)
        let json = try JSONValue.parse(run.stdout)
        for key in ["schema_version", "source", "enterprises", "amounts", "counts", "facts"] {
            #expect(json[key] != nil, "missing \(key)")
        }
    }

    @Test(
        "docx-extract text prints the expected text of every sample", arguments: Fixtures.samples(withExtension: "docx")
    )
    func endToEndText(path: String) throws {
        let run = try CommandRunner.run(["text", path])
        let expected = try #require(Fixtures.text(atPath: String(path.dropLast(".docx".count)) + ".expected.txt"))
        #expect(run.status == 0)
        #expect(run.stdout == expected)
    }

    @Test("docx-extract text --parts follows the body with the other stories")
    func endToEndTextWithParts() throws {
        let run = try CommandRunner.run(["text", "--parts", Fixtures.samplesDirectory + "/features.docx"])
        let expected = try #require(Fixtures.text(atPath: Fixtures.samplesDirectory + "/features.expected-parts.txt"))
        #expect(run.status == 0)
        #expect(run.stdout == expected)
    }

    @Test("A file that is not a .docx exits 1 with the code on stderr and a JSON error on stdout")
    func failureIsReported() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-docx-\(UUID().uuidString).docx")
        try Data("plain text, not a zip".utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        let run = try CommandRunner.run([path.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("not_a_zip"))
        #expect(try JSONValue.parse(run.stdout)["error"]?["code"] == .string("not_a_zip"))
    }

    @Test("A missing document exits 2 with a JSON error on stdout")
    func missingDocumentIsAnIOError() throws {
        let run = try CommandRunner.run(["/nonexistent/report.docx"])
        #expect(run.status == 2)
        #expect(try JSONValue.parse(run.stdout)["error"]?["code"] == .string("io"))
    }

    @Test("A missing file exits 2")
    func missingFileIsAnIOError() throws {
        let run = try CommandRunner.run(["text", "/nonexistent/report.docx"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("io"))
    }

    @Test("docx-extract rules prints the built-in rules file, which reads back as the built-in rules")
    func rulesCommandPrintsTheBuiltInRules() throws {
        let run = try CommandRunner.run(["rules"])
        let rules = try RulesFile.decode(Data(run.stdout.utf8)).applied(to: nil)
        #expect(rules == ExtractionRules.builtIn)
    }
}

@Suite("Command line: batches")
struct BatchCommandLineTests {
    @Test("A folder prints one JSON line per document and exits 1 when one failed")
    func folderBatch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            atPath: Fixtures.samplesDirectory + "/features.docx", toPath: folder.path + "/a.docx")
        try Data("broken".utf8).write(to: folder.appendingPathComponent("b.docx"))
        let run = try CommandRunner.run([folder.path, "--quiet"])
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(try JSONValue.parse(String(lines[0]))["status"] == .string("ok"))
        #expect(try JSONValue.parse(String(lines[1]))["error"]?["code"] == .string("not_a_zip"))
        #expect(run.status == 1)
    }

    @Test("Paths read from standard input, CSV with a byte-order mark, enterprises CSV")
    func stdinAndCSV() throws {
        let enterprises = FileManager.default.temporaryDirectory.appendingPathComponent(
            "enterprises-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: enterprises) }
        let sample = Fixtures.samplesDirectory + "/kejiban-2025.docx"
        let run = try CommandRunner.run(
            ["-", "--format", "csv", "--quiet", "--enterprises-csv", enterprises.path], stdin: sample + "\n")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("\u{FEFF}document,kind,text"))
        #expect(run.stdout.contains("kejiban-2025.docx,amount,"))
        let bytes = try Data(contentsOf: enterprises)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let index = String(decoding: bytes, as: UTF8.self)
        #expect(index.contains("enterprise,aliases,documents"))
        #expect(index.contains("澄明光电科技股份有限公司"))
    }

    @Test("--format json with several documents is a usage error")
    func jsonNeedsOneDocument() throws {
        let run = try CommandRunner.run([Fixtures.samplesDirectory, "--format", "json"])
        #expect(run.status == 64 || run.status == 2 || run.status == 1)
        #expect(run.stderr.contains("--format json is for one document"))
    }
}

@Suite("Command line: serve")
struct ServeCommandLineTests {
    @Test("`docx-extract serve --help` hands over to docx-extract-server, which prints its own options")
    func serveHandsOver() throws {
        let run = try CommandRunner.run(["serve", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: docx-extract-server"))
        #expect(run.stdout.contains("--max-upload-mib"))
    }
}

/// Runs the built `docx-extract` binary, which SwiftPM puts beside the test bundle.
enum CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let buildDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let process = Process()
        process.executableURL = buildDirectory.appendingPathComponent("docx-extract")
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}
