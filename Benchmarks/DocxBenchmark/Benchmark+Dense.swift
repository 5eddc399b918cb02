import ExtractionPipeline
import Foundation

/// The dense documents: extraction's cost per paragraph on a small and a large document dense with distinct
/// enterprises, amounts and counts, and the main job on the large one against the SAX2 floor.
extension Benchmark {
    /// The small dense document's least `word/document.xml` size: large enough that a paragraph's cost is not
    /// fixed costs, small enough to hold a few hundred distinct enterprises.
    static let denseSmallBytes = 1_000_000

    /// Writes `dense-small.docx` and `dense-large.docx` into `directory`; returns their paths and XML sizes.
    func generateDense(into directory: String) throws -> (small: (String, Int), large: (String, Int)) {
        var written: [(String, Int)] = []
        for (name, bytes) in [("dense-small", Self.denseSmallBytes), ("dense-large", options.denseBytes)] {
            var generator = DenseReportGenerator(seed: 4_041)
            let body = generator.documentXML(minimumBytes: bytes)
            let path = directory + "/\(name).docx"
            try ReportPackage.write(body, to: path, staging: directory + "/staging")
            written.append((path, body.xml.count))
            print("  \(name): word/document.xml \(formatted(megabytes(body.xml.count))) MB")
        }
        return (written[0], written[1])
    }

    /// Times extraction alone on both dense documents (each read once), then reading, the SAX2 baseline and the
    /// main job on the large one, and prints the table.
    mutating func runDense(small: (path: String, xmlBytes: Int), large: (path: String, xmlBytes: Int)) throws {
        let extractor = Contender.extractor
        let rounds = options.quick ? 2 : 5
        // Each round extracts from the large document once and from the small one four times, so both see the
        // same load on a shared machine and their ratio stays meaningful.
        let documents = [try DocxReader().read(contentsOf: small.path), try DocxReader().read(contentsOf: large.path)]
        let paragraphCounts = documents.map(\.allParagraphs.count)
        var best = [BestTime(), BestTime()]
        for _ in 0..<rounds {
            for (which, repetitions) in [(1, 1), (0, 4)] {
                for _ in 0..<repetitions {
                    var found = 0
                    let document = documents[which]
                    best[which].record(secondsTaken { found = extractor.extract(from: document).enterprises.count })
                    precondition(found > 0, "no enterprise found in a dense document")
                }
            }
        }
        let perParagraph = best.indices.map { best[$0].seconds / Double(paragraphCounts[$0]) * 1e6 }
        let largeExtraction = best[1].seconds
        let summary = extractor.extract(from: documents[1])
        let mentions = summary.enterprises.reduce(0) { $0 + $1.mentions.count }

        var times = [Contender: BestTime]()
        let contenders: [Contender] = [.baseline, .reader, .report]
        for round in 0..<rounds {
            for contender in Self.rotated(contenders, by: round) {
                var output = 0
                let seconds = try secondsTaken { output = try contender.pass(large.path) }
                precondition(output > 0)
                times[contender, default: BestTime()].record(seconds)
            }
        }
        let baseline = times[.baseline]?.seconds ?? .nan
        let reading = times[.reader]?.seconds ?? .nan
        let report = times[.report]?.seconds ?? .nan

        print("")
        print(
            "Dense documents: word/document.xml \(formatted(megabytes(small.xmlBytes))) MB and "
                + "\(formatted(megabytes(large.xmlBytes))) MB; the large one has \(paragraphCounts[1]) paragraphs, "
                + "\(summary.enterprises.count) enterprises with \(mentions) mentions, \(summary.amounts.count) amounts, "
                + "\(summary.counts.count) counts")
        print(rightPadded("", 52) + leftPadded("small", 10) + leftPadded("large", 10) + leftPadded("large ÷ small", 15))
        print(
            rightPadded("extraction µs per paragraph (best of \(rounds * 4) / \(rounds))", 52)
                + leftPadded(formatted(perParagraph[0], 2), 10) + leftPadded(formatted(perParagraph[1], 2), 10)
                + leftPadded(formatted(perParagraph[1] / perParagraph[0]), 15))
        print(rightPadded("", 52) + leftPadded("time s", 10) + leftPadded("× base", 10) + leftPadded("× read", 15))
        for (label, seconds) in [
            ("SAX2 baseline (C, document.xml only)", baseline), ("DocxReader.read → Document", reading),
            ("extraction alone (Document in memory)", largeExtraction), ("report JSON (docx-extract FILE)", report),
        ] {
            print(
                rightPadded(label, 52) + leftPadded(formatted(seconds, 3), 10)
                    + leftPadded(formatted(seconds / baseline), 10) + leftPadded(formatted(seconds / reading), 15))
        }
        let growth = perParagraph[1] / perParagraph[0]
        print(
            "  targets: extraction per paragraph large ≤ 1.3 × small → \(formatted(growth)) "
                + "\(growth <= 1.3 ? "met" : "MISSED"); extraction < reading → \(formatted(largeExtraction / reading)) "
                + "\(largeExtraction < reading ? "met" : "MISSED")")
        record("dense_small_document_xml_mb", megabytes(small.xmlBytes))
        record("dense_large_document_xml_mb", megabytes(large.xmlBytes))
        record("dense_small_extraction_us_per_paragraph", perParagraph[0])
        record("dense_large_extraction_us_per_paragraph", perParagraph[1])
        record("dense_extraction_per_paragraph_growth", growth)
        record("dense_large_extraction_seconds", largeExtraction)
        record("dense_large_reader_seconds", reading)
        record("dense_large_extraction_ratio_to_reader", largeExtraction / reading)
        record("dense_large_baseline_seconds", baseline)
        record("dense_large_report_json_seconds", report)
        record("dense_large_report_json_ratio_to_baseline", report / baseline)
    }
}
