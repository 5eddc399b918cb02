import ExtractionPipeline
import Foundation
import SAXBaseline

/// The benchmark: generate the documents, time the contenders interleaved, measure peak memory in a child
/// process, print a table and JSON lines.
struct Benchmark {
    struct Options {
        /// Fewer repetitions, for a quick look.
        var quick = false
        /// The least size of the large document's `word/document.xml`, in bytes.
        var largeBytes = 22_000_000
        /// Keep the generated documents here instead of a removed temporary folder.
        var keepDirectory: String?
        /// Only generate the documents (into `keepDirectory`), for profiling.
        var generateOnly = false
        /// The least size of the large dense document's `word/document.xml`, in bytes.
        var denseBytes = 40_000_000
        /// Only generate the dense documents (into `keepDirectory`), for profiling.
        var generateDenseOnly = false
        /// Only measure the dense documents.
        var denseOnly = false
    }

    /// What the child process reports for one pass over one document.
    struct MemoryReport: Codable {
        /// `VmHWM` before the pass: the runtime's own footprint.
        var startupKB: Int
        /// `VmHWM` after the pass.
        var peakKB: Int
        /// The pass's duration.
        var seconds: Double
    }

    static let smallDocumentCount = 50
    static let smallReportBytes = 36_000

    let options: Options
    private var metrics: [(String, Double)] = []

    init(options: Options) {
        self.options = options
    }

    // MARK: Child process

    /// `--measure-rss PATH [baseline|reader|text|extraction|report]`: one pass, then this process's peak resident set as JSON.
    static func measureMemory(path: String, contender: Contender) throws {
        let startup = ProcessStatus.kilobytes("VmHWM") ?? 0
        var output = 0
        let seconds = try secondsTaken { output = try contender.pass(path) }
        precondition(output > 0, "the pass produced nothing")
        let report = MemoryReport(startupKB: startup, peakKB: ProcessStatus.kilobytes("VmHWM") ?? 0, seconds: seconds)
        let json = try JSONEncoder().encode(report)
        print(String(decoding: json, as: UTF8.self))
    }

    private func memoryInChild(path: String, contender: Contender) throws -> MemoryReport {
        let child = Process()
        child.executableURL = URL(
            fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        child.arguments = ["--measure-rss", path, contender.rawValue]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        guard child.terminationStatus == 0 else {
            throw Contender.Failure(
                description: "the --measure-rss child exited with status \(child.terminationStatus)")
        }
        return try JSONDecoder().decode(MemoryReport.self, from: data)
    }

    // MARK: Run

    mutating func run() throws {
        let files = FileManager.default
        let directory =
            options.keepDirectory
            ?? files.temporaryDirectory.appendingPathComponent(
                "docx-benchmark-\(ProcessInfo.processInfo.processIdentifier)"
            ).path
        try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { if options.keepDirectory == nil { try? files.removeItem(atPath: directory) } }

        if options.generateDenseOnly || options.denseOnly {
            print("Generating dense documents in \(directory) …")
            let dense = try generateDense(into: directory)
            if options.denseOnly {
                try runDense(small: dense.small, large: dense.large)
                try writeMetrics()
            }
            return
        }
        print("Generating documents in \(directory) …")
        let largePath = directory + "/large-report.docx"
        var generator = ReportGenerator(seed: 2025)
        let large = generator.documentXML(reportBytes: Self.smallReportBytes, minimumBytes: options.largeBytes)
        try ReportPackage.write(large, to: largePath, staging: directory + "/staging")
        var smallPaths: [String] = []
        var smallXMLBytes = 0
        for index in 0..<Self.smallDocumentCount {
            var generator = ReportGenerator(seed: 7_000 + UInt64(index))
            let body = generator.documentXML(reportBytes: Self.smallReportBytes, minimumBytes: 0)
            let path = directory + "/report-\(index + 1).docx"
            try ReportPackage.write(body, to: path, staging: directory + "/staging")
            smallPaths.append(path)
            smallXMLBytes += body.xml.count
        }
        let largeFileBytes = (try files.attributesOfItem(atPath: largePath)[.size] as? NSNumber)?.intValue ?? 0
        print(
            "  large: word/document.xml \(formatted(megabytes(large.xml.count))) MB (\(large.reportCount) reports), "
                + ".docx \(formatted(megabytes(largeFileBytes))) MB")
        let averageKB = Double(smallXMLBytes) / 1000 / Double(Self.smallDocumentCount)
        print("  small: \(Self.smallDocumentCount) reports, word/document.xml \(formatted(averageKB, 1)) KB on average")
        if options.generateOnly { return }

        try check(largePath: largePath)
        if let first = smallPaths.first {
            let lines = try DocxReader().read(contentsOf: first).plainText().split(separator: "\n").prefix(4)
            print("  report-1 as the reader sees it:")
            for line in lines { print("    " + (line.count > 60 ? line.prefix(60) + "…" : line)) }
        }
        let largeRounds = options.quick ? 2 : 5
        let smallRounds = options.quick ? 2 : 5

        // Large document: the three contenders interleaved, the order rotated each round.
        var largeTimes = [Contender: BestTime]()
        for round in 0..<largeRounds {
            for contender in Self.rotated(Contender.allCases, by: round) {
                var output = 0
                let seconds = try secondsTaken { output = try contender.pass(largePath) }
                precondition(output > 0)
                largeTimes[contender, default: BestTime()].record(seconds)
            }
        }

        // Peak memory of one pass each, in a fresh child process (so generation does not count).
        var memory = [Contender: MemoryReport]()
        for contender in Contender.allCases {
            memory[contender] = try memoryInChild(path: largePath, contender: contender)
        }

        // Small set: the total time for all 50, per contender, interleaved by round.
        var smallTimes = [Contender: BestTime]()
        for round in 0..<smallRounds {
            for contender in Self.rotated(Contender.allCases, by: round) {
                var output = 0
                let seconds = try secondsTaken { for path in smallPaths { output &+= try contender.pass(path) } }
                precondition(output > 0)
                smallTimes[contender, default: BestTime()].record(seconds)
            }
        }

        report(
            largeXMLBytes: large.xml.count, largeFileBytes: largeFileBytes, largeRounds: largeRounds,
            largeTimes: largeTimes,
            memory: memory, smallXMLBytes: smallXMLBytes, smallRounds: smallRounds, smallTimes: smallTimes)
        print("")
        print("Generating dense documents …")
        let dense = try generateDense(into: directory)
        try runDense(small: dense.small, large: dense.large)
        try writeMetrics()
    }

    /// The reader and the baseline must see the same text, or the comparison means nothing.
    private func check(largePath: String) throws {
        let baseline = try Contender.baseline(largePath)
        let reader = try Contender.readerTextBytes(largePath)
        print(
            "  check: baseline collected \(baseline.text_bytes) text bytes from \(baseline.elements) elements; "
                + "reader's body paragraphs hold \(reader) → \(Int(baseline.text_bytes) == reader ? "same text" : "MISMATCH")"
        )
        guard Int(baseline.text_bytes) == reader else {
            throw Contender.Failure(description: "the reader and the baseline disagree on the text of \(largePath)")
        }
    }

    static func rotated(_ items: [Contender], by offset: Int) -> [Contender] {
        let shift = offset % items.count
        return Array(items[shift...] + items[..<shift])
    }

    // MARK: Report

    private mutating func report(
        largeXMLBytes: Int, largeFileBytes: Int, largeRounds: Int, largeTimes: [Contender: BestTime],
        memory: [Contender: MemoryReport], smallXMLBytes: Int, smallRounds: Int, smallTimes: [Contender: BestTime]
    ) {
        let baseline = largeTimes[.baseline]?.seconds ?? .nan
        print("")
        print(
            "Large document: word/document.xml \(formatted(megabytes(largeXMLBytes))) MB, best of \(largeRounds) "
                + "(MB = 10^6 bytes; throughput is of document.xml)")
        print(
            rightPadded("", 40) + leftPadded("time s", 9) + leftPadded("MB/s", 9) + leftPadded("× base", 9)
                + leftPadded("peak RSS MB", 13))
        for contender in Contender.allCases {
            let seconds = largeTimes[contender]?.seconds ?? .nan
            let peak = Double(memory[contender]?.peakKB ?? 0) * 1024 / 1_000_000
            print(
                rightPadded(contender.label, 40) + leftPadded(formatted(seconds, 3), 9)
                    + leftPadded(formatted(megabytes(largeXMLBytes) / seconds, 1), 9)
                    + leftPadded(formatted(seconds / baseline), 9) + leftPadded(formatted(peak, 1), 13))
            record("large_\(contender.metricName)_seconds", seconds)
            record("large_\(contender.metricName)_mb_per_s", megabytes(largeXMLBytes) / seconds)
            if contender != .baseline { record("large_\(contender.metricName)_ratio_to_baseline", seconds / baseline) }
            record("large_\(contender.metricName)_peak_rss_mb", peak)
        }
        let startup = Double(memory[.readerText]?.startupKB ?? 0) * 1024 / 1_000_000
        print(
            "  (peak RSS = VmHWM of a child process that made one pass; \(formatted(startup, 1)) MB of it is the "
                + "process before reading)")
        record("large_document_xml_mb", megabytes(largeXMLBytes))
        record("large_docx_mb", megabytes(largeFileBytes))
        record("child_startup_rss_mb", startup)

        let ratio = (largeTimes[.readerText]?.seconds ?? .nan) / baseline
        let peak = Double(memory[.readerText]?.peakKB ?? 0) * 1024 / 1_000_000
        print(
            "  targets: reader + text ≤ 2.00 × baseline → \(formatted(ratio)) \(ratio <= 2 ? "met" : "MISSED"); "
                + "peak RSS < 100 MB → \(formatted(peak, 1)) \(peak < 100 ? "met" : "MISSED")")

        let readerSeconds = largeTimes[.reader]?.seconds ?? .nan
        let added = ((largeTimes[.extraction]?.seconds ?? .nan) - readerSeconds) / readerSeconds
        print(
            "  extraction adds \(formatted(added * 100, 1))% to the reader's time → target < 50% "
                + "\(added < 0.5 ? "met" : "MISSED")")
        record("large_extraction_added_fraction", added)

        let count = Double(Self.smallDocumentCount)
        let smallBaseline = smallTimes[.baseline]?.seconds ?? .nan
        print("")
        print(
            "Small set: \(Self.smallDocumentCount) reports, \(formatted(megabytes(smallXMLBytes))) MB of document.xml "
                + "in all, total time best of \(smallRounds)")
        print(
            rightPadded("", 40) + leftPadded("total s", 9) + leftPadded("docs/s", 9) + leftPadded("MB/s", 9)
                + leftPadded("× base", 9))
        for contender in Contender.allCases {
            let seconds = smallTimes[contender]?.seconds ?? .nan
            print(
                rightPadded(contender.label, 40) + leftPadded(formatted(seconds, 3), 9)
                    + leftPadded(formatted(count / seconds, 0), 9)
                    + leftPadded(formatted(megabytes(smallXMLBytes) / seconds, 1), 9)
                    + leftPadded(formatted(seconds / smallBaseline), 9))
            record("small_\(contender.metricName)_seconds", seconds)
            record("small_\(contender.metricName)_docs_per_s", count / seconds)
            if contender != .baseline {
                record("small_\(contender.metricName)_ratio_to_baseline", seconds / smallBaseline)
            }
        }
        let smallReader = smallTimes[.reader]?.seconds ?? .nan
        let smallAdded = ((smallTimes[.extraction]?.seconds ?? .nan) - smallReader) / count
        print("  extraction adds \(formatted(smallAdded * 1000, 2)) ms per ten-page report")
        record("small_extraction_added_ms_per_report", smallAdded * 1000)
        record("quick", options.quick ? 1 : 0)
    }

    mutating func record(_ metric: String, _ value: Double) {
        metrics.append((metric, value))
    }

    /// Prints the metrics as JSON lines and writes them to `Benchmarks/output/latest.json`.
    private func writeMetrics() throws {
        let lines = metrics.map { metric, value in
            let number = value.isFinite ? String(format: "%.4f", value) : "null"
            return "{\"metric\": \"\(metric)\", \"value\": \(number)}"
        }
        print("")
        for line in lines { print(line) }
        let output = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let file = output.appendingPathComponent("latest.json")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        print("(written to \(file.path))")
    }
}
