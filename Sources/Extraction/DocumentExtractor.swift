public import DocumentModel
#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

/// Runs every extractor over a document: numbers, amounts, counts, percentages and dates per block,
/// then enterprises, organizations and the facts that tie them.
public struct DocumentExtractor: Sendable {
    /// The rules in force.
    public let rules: ExtractionRules
    private let scanner: NumericScanner
    private let enterprises: EnterpriseExtractor
    private let purposeWords: ForwardWordSet

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
        self.rules = rules
        scanner = NumericScanner(rules: rules)
        enterprises = EnterpriseExtractor(rules: rules)
        purposeWords = ForwardWordSet(rules[.moneyContextWords])
        // The folding table is read with the lexicons rather than at the first paragraph: the one-document job makes
        // its extractor on another thread while it reads the document.
        _ = CharacterFolding.shipped
    }

    /// Extracts from every paragraph of the document, main story first, then the other stories.
    public func extract(from document: Document) -> Result {
        var reading = Reading(extractor: self, expectedParagraphs: ParagraphText.estimatedCount(in: document))
        Self.read(document.body, into: &reading)
        for story in document.stories { Self.read(story.blocks, into: &reading) }
        return finish(consume reading)
    }

    /// Extracts as ``extract(from:)`` does, releasing each top-level block of the document once read: only its
    /// paragraphs' split texts and places stay for the mention search, not their runs and formatting.
    public func extract(consuming document: consuming Document) -> Result {
        var reading = Reading(extractor: self, expectedParagraphs: ParagraphText.estimatedCount(in: document))
        var blocks: [Block] = []
        swap(&blocks, &document.body)
        Self.readReleasing(&blocks, into: &reading)
        for position in document.stories.indices {
            swap(&blocks, &document.stories[position].blocks)
            Self.readReleasing(&blocks, into: &reading)
        }
        return finish(consume reading)
    }

    /// Extracts from the given paragraphs, in document order (a table's header row before its other rows, as
    /// `Document.allParagraphs` gives them: enterprise columns are decided when their first data row is read).
    public func extract(from paragraphs: [Paragraph]) -> Result {
        var reading = Reading(extractor: self, expectedParagraphs: paragraphs.count)
        for paragraph in paragraphs { reading.read(paragraph) }
        return finish(consume reading)
    }

    /// Reads the paragraphs of `blocks` in place, descending into table cells row by row (the order of
    /// `Document.allParagraphs`), each as soon as its text is split: the extractors then find it in cache, where a
    /// first pass over all paragraphs would have left it in memory. (A recursive method, not a visitor taking a
    /// closure from the caller: such a closure copied the whole extractor for every paragraph.)
    private static func read(_ blocks: [Block], into reading: inout Reading) {
        // Reading the elements through the buffer lets each block be switched on in place; the pointer does not
        // outlive the closure, and `blocks` is not mutated meanwhile.
        blocks.withUnsafeBufferPointer { blocks in
            for position in blocks.indices {
                switch blocks[position] {
                case .paragraph(let paragraph): reading.read(paragraph)
                case .table(let table):
                    for row in table.rows.indices {
                        for cell in table.rows[row].cells.indices {
                            read(table.rows[row].cells[cell].blocks, into: &reading)
                        }
                    }
                }
            }
        }
    }

    /// Reads `blocks` as ``read(_:into:)`` does, moving each block out of the array and releasing it once read.
    private static func readReleasing(_ blocks: inout [Block], into reading: inout Reading) {
        for position in blocks.indices {
            var block = Block.paragraph(Paragraph(index: 0, text: ""))
            swap(&block, &blocks[position])
            switch block {
            case .paragraph(let paragraph): reading.read(paragraph)
            case .table(let table):
                for row in table.rows.indices {
                    for cell in table.rows[row].cells.indices {
                        read(table.rows[row].cells[cell].blocks, into: &reading)
                    }
                }
            }
        }
        blocks = []
    }

    /// A walk over a document's paragraphs: what the extractors have found so far, and every paragraph read, split,
    /// for the mention search at the end.
    private struct Reading {
        let extractor: DocumentExtractor
        var pass: Pass
        var paragraphs: [ParagraphText] = []
        /// One array for each section path, which every paragraph and mention under it shares: the JSON writer then
        /// spells each path once, not once per finding.
        var sectionPaths = SharedSectionPaths()

        init(extractor: DocumentExtractor, expectedParagraphs: Int) {
            self.extractor = extractor
            pass = Pass(expectedParagraphs: expectedParagraphs)
            paragraphs.reserveCapacity(expectedParagraphs)
        }

        /// Reads the next paragraph in document order.
        mutating func read(_ paragraph: Paragraph) {
            let text = ParagraphText(paragraph, sectionPath: sectionPaths.shared(paragraph.sectionPath))
            extractor.add(text, to: &pass)
            paragraphs.append(text)
        }
    }

    /// What one pass over a document's paragraphs has found so far.
    private struct Pass {
        var result = Result()
        var names = NameCollection()
        /// The numeric findings of the current paragraph: one set of arrays reused for every paragraph.
        var findings = NumericFindings()

        init(expectedParagraphs: Int) {
            // Reports carry about one amount and one count per paragraph: reserving that much spares the largest
            // arrays most of their regrowth (each a copy into fresh memory), at a few hundred bytes per paragraph
            // at worst.
            result.amounts.reserveCapacity(expectedParagraphs)
            result.counts.reserveCapacity(expectedParagraphs)
        }
    }

    /// Reads one paragraph: its numbers, then its names while its text is still in cache.
    private func add(_ paragraph: ParagraphText, to pass: inout Pass) {
        pass.findings.removeAll()
        scanner.scan(paragraph.scalarText, into: &pass.findings)
        for amount in pass.findings.amounts {
            pass.result.amounts.append(Located(amount, Mention(paragraph, span: amount.span, text: amount.text)))
            if let fact = purpose(of: amount, in: paragraph) { pass.result.amountFacts.append(fact) }
        }
        for count in pass.findings.counts {
            pass.result.counts.append(Located(count, Mention(paragraph, span: count.span, text: count.text)))
        }
        for percentage in pass.findings.percentages {
            pass.result.percentages.append(
                Located(percentage, Mention(paragraph, span: percentage.span, text: percentage.text)))
        }
        for date in pass.findings.dates {
            pass.result.dates.append(Located(date, Mention(paragraph, span: date.span, text: date.text)))
        }
        enterprises.collect(from: paragraph, counts: pass.findings.counts[...], into: &pass.names)
    }

    /// Links the names gathered and finds their mentions in every paragraph read.
    private func finish(_ reading: consuming Reading) -> Result {
        var search = enterprises.mentionSearch(for: reading.pass.names)
        var paragraphs = reading.paragraphs
        reading.paragraphs = []
        // Each paragraph is released once searched, so the texts shrink as the mentions grow.
        let released = ParagraphText(Paragraph(index: 0, text: ""))
        for position in paragraphs.indices {
            var paragraph = released
            swap(&paragraph, &paragraphs[position])
            search.visit(paragraph)
        }
        paragraphs = []
        var result = reading.pass.result
        let named = enterprises.finish(reading.pass.names, mentions: search.found())
        result.enterprises = named.enterprises
        result.organizations = named.organizations
        result.countFacts = named.countFacts
        result.warnings = named.warnings
        return result
    }

    private static let clauseBreaks: ScalarBitmap = [
        "，", ",", "。", "；", ";", "：", ":", "！", "？", "\n", "、", "（", "(", "）", ")",
    ]

    /// "落实2024年专项资金1601.9万元" → purpose "落实2024年专项资金": the clause before the amount, when it names money.
    private func purpose(of amount: MoneyAmount, in paragraph: ParagraphText) -> AmountFact? {
        let text = paragraph.scalars
        var start = amount.span.start
        while start > 0, amount.span.start - start < 40, !Self.clauseBreaks.contains(text[start - 1]) { start -= 1 }
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
