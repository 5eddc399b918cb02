internal import Dispatch
public import DocumentModel
import Synchronization
#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// Runs every extractor over a document: numbers, amounts, counts, percentages and dates per block,
/// then enterprises, organizations and the facts that tie them.
public struct DocumentExtractor: Sendable {
    /// The rules in force.
    public var rules: ExtractionRules { compiled.rules }
    private var scanner: NumericScanner { compiled.scanner }
    /// The names' extractor, which records what a gathering found.
    var enterprises: EnterpriseExtractor { compiled.enterprises }
    private var purposeWords: ForwardWordSet { compiled.purposeWords }
    /// What the rules compile to, made once and shared by every copy: a copy of the extractor (each document's
    /// reading keeps one) retains one object, not each of the many tries and tables inside.
    private let compiled: Compiled

    /// The rules and the scanners, tries and tables built from them.
    private final class Compiled: Sendable {
        let rules: ExtractionRules
        let scanner: NumericScanner
        let enterprises: EnterpriseExtractor
        let purposeWords: ForwardWordSet

        init(rules: ExtractionRules) {
            self.rules = rules
            scanner = NumericScanner(rules: rules)
            enterprises = EnterpriseExtractor(rules: rules)
            purposeWords = ForwardWordSet(rules[.moneyContextWords])
        }
    }

    /// Everything extracted from one document.
    public struct Result: Sendable, Equatable {
        /// Money amounts with their mentions.
        public var amounts: [Located<MoneyAmount>] = []
        /// Counts with their mentions.
        public var counts: [Located<CountMention>] = []
        /// Percentages with their mentions.
        public var percentages: [Located<PercentageMention>] = []
        /// Dates with their mentions.
        public var dates: [Located<DateMention>] = []
        /// Enterprises.
        public var enterprises: [EnterpriseFinding] = []
        /// Organizations.
        public var organizations: [OrganizationFinding] = []
        /// Counts tied to listed enterprises.
        public var countFacts: [CountFact] = []
        /// Amounts tied to their purposes.
        public var amountFacts: [AmountFact] = []
        /// Problems noticed in the document's figures.
        public var warnings: [ExtractionWarning] = []

        /// An empty result.
        public init() {}
    }

    /// Creates an extractor; build it once and reuse it for many documents.
    public init(rules: ExtractionRules = .builtIn) {
        compiled = Compiled(rules: rules)
        Self.prepareSharedTables()
    }

    /// Builds the tables every extractor shares (the character folding), unless built already.
    ///
    /// An extractor's first paragraph needs them. The one-document job makes its extractor on another thread while it
    /// reads the document, and calls this once the document is read: whichever thread comes first builds them, so
    /// the job's wait for the extractor is not longer than the longer of the two.
    public static func prepareSharedTables() {
        _ = CharacterFolding.shipped
    }

    /// Extracts from every paragraph of the document, main story first, then the other stories, on up to `threads`
    /// threads (the calling one included): the result is the same for any number.
    public func extract(from document: Document, threads: Int = 1) -> Result {
        var reading = Reading(
            extractor: self, expectedParagraphs: ParagraphText.estimatedCount(in: document), threads: threads)
        Self.read(document.body, into: &reading)
        for story in document.stories { Self.read(story.blocks, into: &reading) }
        return finish(&reading)
    }

    /// Extracts as ``extract(from:threads:)-(Document,_)`` does, releasing each top-level block of the document once
    /// read: only its paragraphs' split texts and places stay for the mention search, not their runs and formatting.
    public func extract(consuming document: consuming Document, threads: Int = 1) -> Result {
        var extraction = startExtraction(
            threads: threads, expectedParagraphs: ParagraphText.estimatedCount(in: document))
        var blocks: [Block] = []
        swap(&blocks, &document.body)
        extraction.read(releasing: &blocks)
        for position in document.stories.indices {
            swap(&blocks, &document.stories[position].blocks)
            extraction.read(releasing: &blocks)
        }
        return extraction.finish()
    }

    /// Starts an extraction handed a document's top-level blocks one at a time, as a streaming reader gives them.
    ///
    /// The blocks come in document order (the main story's, then the other stories'); the extraction finishes with
    /// what ``extract(from:threads:)-(Document,_)`` finds in a document of those blocks. `expectedParagraphs` only
    /// reserves memory.
    public func startExtraction(threads: Int = 1, expectedParagraphs: Int = 0) -> BlockExtraction {
        BlockExtraction(reading: Reading(extractor: self, expectedParagraphs: expectedParagraphs, threads: threads))
    }

    /// Extracts from the given paragraphs, in document order (a table's header row before its other rows, as
    /// `Document.allParagraphs` gives them: enterprise columns are decided when their first data row is read).
    public func extract(from paragraphs: [Paragraph], threads: Int = 1) -> Result {
        var reading = Reading(extractor: self, expectedParagraphs: paragraphs.count, threads: threads)
        for paragraph in paragraphs { reading.read(paragraph) }
        return finish(&reading)
    }

    /// Reads the paragraphs of `blocks` in place, descending into table cells row by row (the order of
    /// `Document.allParagraphs`). (A recursive method, not a visitor taking a closure from the caller: such a
    /// closure copied the whole extractor for every paragraph.)
    static func read(_ blocks: [Block], into reading: inout Reading) {
        // Reading the elements through the buffer lets each block be switched on in place; the pointer does not
        // outlive the closure, and `blocks` is not mutated meanwhile.
        blocks.withUnsafeBufferPointer { blocks in
            for position in blocks.indices {
                switch blocks[position] {
                case .paragraph(let paragraph): reading.read(paragraph)
                case .table(let table): read(table, into: &reading)
                }
            }
        }
    }

    /// Reads the paragraphs of `table`'s cells, row by row, as ``read(_:into:)`` reads blocks.
    static func read(_ table: Table, into reading: inout Reading) {
        for row in table.rows.indices {
            for cell in table.rows[row].cells.indices {
                read(table.rows[row].cells[cell].blocks, into: &reading)
            }
        }
    }

    /// A walk over a document's paragraphs: every paragraph read, split, for the findings and the mention search at
    /// the end, and what has been found in the paragraphs gathered so far.
    ///
    /// Paragraphs are split and gathered a piece at a time (numbers, names, lists: ``gather(_:startingAt:into:)``,
    /// each paragraph on its own), then recorded in document order (``RecordedParagraphs``). On one thread each piece
    /// is gathered and recorded as soon as its paragraphs are read, while their text is in cache; on several,
    /// paragraphs wait in chunks that the threads gather piece by piece.
    struct Reading: Sendable {
        let extractor: DocumentExtractor
        private(set) var threads: Int
        /// How many paragraphs wait, read but not split, before they are gathered.
        private var chunkSize: Int
        /// The paragraphs read since, not split yet.
        private var unsplit: [ParagraphText.Unsplit] = []
        /// The paragraphs split, gathered and recorded so far.
        var recorded = RecordedParagraphs()
        /// One array for each section path, which every paragraph and mention under it shares: the JSON writer then
        /// spells each path once, not once per finding.
        var sectionPaths = SharedSectionPaths()

        /// The paragraphs that wait before they are gathered on several threads.
        private static let parallelChunk = 1_024
        /// The paragraphs of one piece, which ``gather(_:startingAt:into:)`` takes in two passes (a chunk of its own
        /// on one thread): small, so that their text stays in cache from one pass to the next and the threads finish
        /// a chunk together.
        private static let pieceSize = 32
        /// The fewest paragraphs a chunk holds for each thread.
        static let fewestPerThread = 256

        init(extractor: DocumentExtractor, expectedParagraphs: Int, threads: Int) {
            self.extractor = extractor
            self.threads = max(1, threads)
            chunkSize = Self.chunkSize(threads: self.threads)
            // Reports carry about one amount and one count per paragraph: reserving that much spares the largest
            // arrays most of their regrowth (each a copy into fresh memory), at a few hundred bytes per paragraph
            // at worst.
            recorded.findings.amounts.reserveCapacity(expectedParagraphs)
            recorded.findings.counts.reserveCapacity(expectedParagraphs)
            recorded.paragraphs.reserveCapacity(expectedParagraphs)
        }

        /// On several threads a chunk holds at least ``fewestPerThread`` paragraphs for every thread; on one, a chunk
        /// is one piece.
        private static func chunkSize(threads: Int) -> Int {
            threads > 1 ? max(Self.parallelChunk, threads * Self.fewestPerThread) : Self.pieceSize
        }

        /// Gathers what is read from now on, and finishes, on up to `threads` threads.
        mutating func use(threads: Int) {
            self.threads = max(1, threads)
            chunkSize = Self.chunkSize(threads: self.threads)
            unsplit.reserveCapacity(chunkSize)
            if unsplit.count >= chunkSize { gatherPending() }
        }

        /// Reads the next paragraph in document order.
        mutating func read(_ paragraph: Paragraph) {
            unsplit.append(ParagraphText.Unsplit(paragraph, sectionPath: sectionPaths.shared(paragraph.sectionPath)))
            if unsplit.count >= chunkSize { gatherPending() }
        }

        /// Splits, gathers and records the paragraphs read since the last chunk.
        mutating func gatherPending() {
            guard !unsplit.isEmpty else { return }
            var pending: [ParagraphText.Unsplit] = []
            swap(&pending, &unsplit)
            recorded.gather(pending, threads: threads, pieceSize: Self.pieceSize, with: extractor)
            pending.removeAll(keepingCapacity: true)
            swap(&pending, &unsplit)
        }
    }

    /// Gathers `paragraphs`, the first of them the one at `first` of what is recorded: the numbers of every paragraph,
    /// then the names of every paragraph.
    ///
    /// Each pass runs its own code over all the paragraphs, so the numeric scanner's code and the name finders' stay
    /// in the instruction cache for the whole piece instead of taking turns at every paragraph.
    func gather(_ paragraphs: ArraySlice<ParagraphText>, startingAt first: Int, into gathering: inout Gathering) {
        gathering.pieceCounts.removeAll(keepingCapacity: true)
        gathering.countEnds.removeAll(keepingCapacity: true)
        for position in paragraphs.indices { gatherNumbers(of: paragraphs[position], into: &gathering) }
        var countStart = 0
        for (offset, position) in paragraphs.indices.enumerated() {
            let countEnd = gathering.countEnds[offset]
            // Lists are tied to the paragraph's counts.
            enterprises.gather(
                from: paragraphs[position], at: first + offset, counts: gathering.pieceCounts[countStart..<countEnd],
                into: &gathering.steps, classStorage: &gathering.scalarClassStorage)
            countStart = countEnd
        }
        // Each paragraph's counts paired with their mentions: moved out last first, as the other findings are
        // (``gatherNumbers(of:into:)``), then put back in document order.
        let firstCount = gathering.counts.count
        gathering.counts.reserveGrowing(toHold: firstCount + gathering.pieceCounts.count)
        for offset in stride(from: paragraphs.count - 1, through: 0, by: -1) {
            let countStart = offset > 0 ? gathering.countEnds[offset - 1] : 0
            while gathering.pieceCounts.count > countStart, let count = gathering.pieceCounts.popLast() {
                let mention = Mention(paragraphs[paragraphs.startIndex + offset], span: count.span, text: count.text)
                gathering.counts.append(Located(count, mention))
            }
        }
        gathering.counts.reverse(from: firstCount)
    }

    /// Gathers the numeric findings of one paragraph: its amounts (with their purposes), percentages and dates with
    /// their mentions, and its counts on their own until its names are gathered (``Gathering/pieceCounts``).
    private func gatherNumbers(of paragraph: ParagraphText, into gathering: inout Gathering) {
        gathering.findings.removeAll()
        paragraph.withScalarText { scanner.scan($0, into: &gathering.findings) }
        gathering.makeRoomForFindings()
        // Each finding is moved out of the paragraph's arrays, which are emptied for the next paragraph: copying it
        // out would retain every string it holds, and emptying the arrays release them again. Popped last first, the
        // findings are then put back in document order.
        let firstAmount = gathering.amounts.count
        let firstFact = gathering.amountFacts.count
        while let amount = gathering.findings.amounts.popLast() {
            if let fact = purpose(of: amount, in: paragraph) { gathering.amountFacts.append(fact) }
            let mention = Mention(paragraph, span: amount.span, text: amount.text)
            gathering.amounts.append(Located(amount, mention))
        }
        gathering.amounts.reverse(from: firstAmount)
        gathering.amountFacts.reverse(from: firstFact)
        gathering.pieceCounts.appendMoving(from: &gathering.findings.counts)
        gathering.countEnds.append(gathering.pieceCounts.count)
        let firstPercentage = gathering.percentages.count
        while let percentage = gathering.findings.percentages.popLast() {
            let mention = Mention(paragraph, span: percentage.span, text: percentage.text)
            gathering.percentages.append(Located(percentage, mention))
        }
        gathering.percentages.reverse(from: firstPercentage)
        let firstDate = gathering.dates.count
        while let date = gathering.findings.dates.popLast() {
            gathering.dates.append(Located(date, Mention(paragraph, span: date.span, text: date.text)))
        }
        gathering.dates.reverse(from: firstDate)
    }

    /// Links the names gathered and finds their mentions in every paragraph read, releasing the paragraphs as it goes
    /// (taken out of `reading`, which must hold the only reference to them).
    func finish(_ reading: inout Reading) -> Result {
        reading.gatherPending()
        let names = reading.recorded.names
        // The shared parts, not a copy of the names' extractor (whose every finder a copy would retain).
        let compiled = self.compiled
        var paragraphs: [ParagraphText] = []
        swap(&paragraphs, &reading.recorded.paragraphs)
        // Linking the aliases needs no mention: on several threads it runs on one of its own while the mention search
        // is built (on this thread alone) and run. A document of one piece of the search is searched on this thread
        // alone, and its linking is too small to pay for a thread (the pool's first task makes its threads).
        let linking =
            reading.threads > 1 && paragraphs.count > Self.mentionPiece
            ? Self.started { compiled.enterprises.groups(of: names) } : nil
        let search = compiled.enterprises.mentionSearch(for: names)
        let mentions = Self.mentions(found: search, in: &paragraphs, threads: reading.threads)
        let groups = linking?() ?? compiled.enterprises.groups(of: names)
        let gathering = reading.recorded.findings
        var result = Result()
        result.amounts = gathering.amounts
        result.counts = gathering.counts
        result.percentages = gathering.percentages
        result.dates = gathering.dates
        result.amountFacts = gathering.amountFacts
        let named = compiled.enterprises.finish(names, groups: groups, mentions: mentions)
        result.enterprises = named.enterprises
        result.organizations = named.organizations
        result.countFacts = named.countFacts
        result.warnings = named.warnings
        return result
    }

    /// Starts `work` on a thread of Dispatch's pool and returns a function that waits for its result.
    private static func started<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> () -> Value {
        let result = Mutex<Value?>(nil)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let value = work()
            result.withLock { $0 = value }
            done.signal()
        }
        return {
            done.wait()
            return result.withLock { $0.take()! }
        }
    }

    /// Every mention `search` finds in `paragraphs` (one list per name, in document order).
    ///
    /// The paragraphs are searched in pieces that up to `threads` threads take in turn; each paragraph is released
    /// once searched, so the texts shrink as the mentions grow.
    private static func mentions(
        found search: MentionSearch, in paragraphs: inout [ParagraphText], threads: Int
    ) -> [[Mention]] {
        let pieceCount = max(1, (paragraphs.count + Self.mentionPiece - 1) / Self.mentionPiece)
        let pieces = OrderedPieces<[MentionSearch.Found], [[Mention]]>(
            count: pieceCount, consumer: [[Mention]](repeating: [], count: search.nameCount))
        let count = paragraphs.count
        let released = ParagraphText(Paragraph(index: 0, text: ""))
        Parallel.taking(from: &paragraphs) { take in
            DispatchQueue.concurrentPerform(iterations: max(1, min(threads, pieceCount))) { _ in
                while let piece = pieces.next() {
                    var found: [MentionSearch.Found] = []
                    for position in (piece * Self.mentionPiece)..<min(count, (piece + 1) * Self.mentionPiece) {
                        search.visit(take(position, released), into: &found)
                    }
                    pieces.finish(piece, found) { mentions, found in MentionSearch.sort(found, into: &mentions) }
                }
            }
        }
        paragraphs = []
        return pieces.finished()
    }

    /// The paragraphs of one piece of the mention search.
    private static let mentionPiece = 256

    private static let clauseBreaks: ScalarBitmap = [
        "，", ",", "。", "；", ";", "：", ":", "！", "？", "\n", "、", "（", "(", "）", ")",
    ]

    /// "落实2024年专项资金1601.9万元" → purpose "落实2024年专项资金": the clause before the amount, when it names money.
    private func purpose(of amount: MoneyAmount, in paragraph: ParagraphText) -> AmountFact? {
        let text = paragraph.scalars
        // Read once: a static's every use checks that it is initialized.
        let clauseBreaks = Self.clauseBreaks
        var start = amount.span.start
        while start > 0, amount.span.start - start < 40, !clauseBreaks.contains(text[start - 1]) { start -= 1 }
        var end = amount.span.start
        while end > start, !text[end - 1].isHan && !text[end - 1].properties.isAlphabetic { end -= 1 }
        guard end > start else { return nil }
        guard purposeWords.hasWord(in: text, within: start..<end) else { return nil }
        let span = TextSpan(start: start, end: amount.span.end)
        return AmountFact(
            purpose: paragraph.text(TextSpan(start: start, end: end)), value: amount.value, currency: amount.currency,
            mention: Mention(paragraph, span: span, text: paragraph.text(span)))
    }
}
