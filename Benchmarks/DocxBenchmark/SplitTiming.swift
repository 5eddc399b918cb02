import ExtractionPipeline

/// `--split PATH [ROUNDS]`: times reading, extraction and encoding the report as JSON apart, in one process.
///
/// Each round reads the document, extracts from it (releasing the result inside the timed part, as the
/// benchmark's passes do) and encodes the report, so each stage's own time is measured without the others' noise;
/// the ratio of the first two best times is the "extraction adds …%" figure. Meant for profiling one document
/// (`perf record … DocxBenchmark --split large-report.docx 20`).
enum SplitTiming {
    static func run(path: String, rounds: Int) throws {
        var reading = BestTime()
        var extracting = BestTime()
        var encoding = BestTime()
        var jsonBytes = 0
        var lastDocument: Document?
        for _ in 0..<rounds {
            var document: Document?
            reading.record(try secondsTaken { document = try DocxReader().read(contentsOf: path) })
            guard let document else { continue }
            extracting.record(secondsTaken { _ = Contender.extractor.extract(from: document).amounts.count })
            lastDocument = document
            let report = ExtractionReport(
                source: .init(fileName: path, byteSize: 0, sha256: ""), document: document,
                extraction: Contender.extractor.extract(from: document))
            encoding.record(try secondsTaken { jsonBytes = try JSONOutput.encode(report).utf8.count })
        }
        print("read     best \(formatted(reading.seconds, 4)) s of \(rounds)")
        print("extract  best \(formatted(extracting.seconds, 4)) s of \(rounds)")
        print("encode   best \(formatted(encoding.seconds, 4)) s of \(rounds) (report JSON, \(jsonBytes) bytes)")
        if let lastDocument {
            print("  " + summary(of: Contender.extractor.extract(from: lastDocument), in: lastDocument))
        }
        print("extraction adds \(formatted(extracting.seconds / reading.seconds * 100, 1))% to the reader's time")
    }

    private static func summary(of result: DocumentExtractor.Result, in document: Document) -> String {
        let nameMentions = (result.enterprises.map(\.mentions.count) + result.organizations.map(\.mentions.count))
            .reduce(0, +)
        return
            "\(result.amounts.count) amounts, \(result.counts.count) counts, \(result.percentages.count) percentages, "
            + "\(result.dates.count) dates, \(result.enterprises.count) enterprises and "
            + "\(result.organizations.count) organizations with \(nameMentions) mentions, "
            + "\(result.countFacts.count) count facts, \(result.amountFacts.count) amount facts, "
            + "in \(document.allParagraphs.count) paragraphs"
    }
}
