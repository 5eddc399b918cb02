internal import Docx
#if canImport(FoundationEssentials)
    public import FoundationEssentials
#else
    public import Foundation
#endif

/// Extracts many documents in parallel with a bounded window, emitting one record per item.
///
/// Items are pulled from the input sequence only when the window has room, so memory stays bounded by
/// the window, not by the batch. Records come out in input order (deterministic output) unless
/// `ordered` is false, then in completion order.
public struct BatchExtractor: Sendable {
    /// The builder each worker uses.
    public var builder: ReportBuilder
    /// How many documents are extracted at once.
    public var jobs: Int
    /// Whether records are emitted in input order.
    public var ordered: Bool
    /// Which items this process handles, for spreading a corpus over machines.
    public var shard: Shard
    /// Whether emitted records keep their full report; without it a rendered record keeps only its digest,
    /// so a large document's report is freed as soon as its output is rendered.
    public var retainsReports: Bool

    /// Creates a batch extractor.
    public init(
        builder: ReportBuilder = ReportBuilder(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        ordered: Bool = true, shard: Shard = .all, retainsReports: Bool = true
    ) {
        self.builder = builder
        self.jobs = max(1, jobs)
        self.ordered = ordered
        self.shard = shard
        self.retainsReports = retainsReports
    }

    /// Runs the batch over `items`, calling `emit` on the calling task for every record.
    public func run<Items: Sequence>(_ items: Items, emit: (BatchRecord) -> Void) async
    where Items.Element == BatchItem {
        await run(items, render: { _ in () }) { record, _ in emit(record) }
    }

    /// Runs the batch, rendering each record's output (JSON line, CSV rows …) in the worker that made it,
    /// so that the calling task, which emits in order, does no heavy work and the batch scales with jobs; with one
    /// job the calling task makes, renders and emits each record itself.
    public func run<Items: Sequence, Rendered: Sendable>(
        _ items: Items, render: @escaping @Sendable (BatchRecord) -> Rendered,
        emit: (BatchRecord, Rendered) async -> Void
    ) async where Items.Element == BatchItem {
        let builder = self.builder
        let retainsReports = self.retainsReports
        guard jobs > 1 else {
            // One job: each record is made on the calling task, with no hand-over to a child task and back per
            // document (two thread wake-ups each), and emitted as soon as it is made.
            var sequence = 0
            for item in items where shard.includes(item.path) {
                let (record, rendered) = Self.rendered(
                    item, sequence: sequence, builder: builder, render: render, retainsReport: retainsReports)
                sequence += 1
                await emit(record, rendered)
            }
            return
        }
        await withTaskGroup(of: (BatchRecord, Rendered).self) { group in
            var waiting: [Int: (BatchRecord, Rendered)] = [:]
            var nextToEmit = 0
            var inFlight = 0
            var sequence = 0

            func deliver(_ record: BatchRecord, _ rendered: Rendered) async {
                guard ordered else {
                    await emit(record, rendered)
                    return
                }
                waiting[record.sequence] = (record, rendered)
                while let ready = waiting.removeValue(forKey: nextToEmit) {
                    await emit(ready.0, ready.1)
                    nextToEmit += 1
                }
            }

            for item in items where shard.includes(item.path) {
                // Records held back for ordering count against the window too, so memory stays bounded.
                while inFlight + waiting.count >= jobs * 4 || inFlight >= jobs,
                    let (record, rendered) = await group.next()
                {
                    inFlight -= 1
                    await deliver(record, rendered)
                }
                let index = sequence
                sequence += 1
                guard case .document = item else {
                    let (record, rendered) = Self.rendered(
                        item, sequence: index, builder: builder, render: render, retainsReport: retainsReports)
                    await deliver(record, rendered)
                    continue
                }
                inFlight += 1
                group.addTask {
                    Self.rendered(
                        item, sequence: index, builder: builder, render: render, retainsReport: retainsReports)
                }
            }
            for await (record, rendered) in group { await deliver(record, rendered) }
        }
    }

    /// The record of one item and its rendered output; the record keeps its report only with `retainsReport`.
    private static func rendered<Rendered>(
        _ item: BatchItem, sequence: Int, builder: ReportBuilder, render: (BatchRecord) -> Rendered,
        retainsReport: Bool
    ) -> (BatchRecord, Rendered) {
        var record = record(for: item, sequence: sequence, builder: builder)
        let rendered = render(record)
        if !retainsReport { record.report = nil }
        return (record, rendered)
    }

    /// The record of one item: its extraction, or why it was skipped or failed.
    private static func record(for item: BatchItem, sequence: Int, builder: ReportBuilder) -> BatchRecord {
        switch item {
        case .document(let source): extract(source, sequence: sequence, builder: builder)
        case .skipped(let path, let reason):
            BatchRecord(sequence: sequence, path: path, status: .skipped, reason: reason)
        case .failed(let path, let code, let message):
            BatchRecord(sequence: sequence, path: path, status: .error, error: .init(code: code, message: message))
        }
    }

    private static func extract(_ source: DocumentSource, sequence: Int, builder: ReportBuilder) -> BatchRecord {
        do {
            let report: ExtractionReport
            switch source {
            case .file(let path): report = try builder.report(forFileAt: path)
            case .entry(let path, let bytes): report = try builder.report(forBytes: bytes, name: path)
            }
            return BatchRecord(sequence: sequence, path: source.path, status: .ok, report: report)
        } catch {
            return BatchRecord(
                sequence: sequence, path: source.path, status: .error,
                error: .init(code: error.code, message: error.message))
        }
    }
}
