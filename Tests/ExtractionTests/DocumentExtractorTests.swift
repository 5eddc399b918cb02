import DocumentModel
import Extraction
import Testing

/// Extraction from a whole document reads its paragraphs in place; it must see exactly what extraction from
/// `allParagraphs` sees: the same paragraphs, in the same order, with the same places.
@Suite struct DocumentExtractorTests {
    private static func paragraph(_ index: Int, _ text: String, cells: [CellCoordinate] = [], story: StoryKind = .body)
        -> Paragraph
    {
        Paragraph(
            index: index, text: text, location: Location(story: story, cells: cells),
            sectionPath: story == .body ? ["一、工作成效"] : [])
    }

    /// A body with a table of enterprises (a nested table in one cell), a table of projects, and a footnote.
    ///
    /// The names in the tables end in a trade word only (科技, 材料), so only their columns make them names.
    private static let document: Document = {
        let outer = 2
        let inner = 6
        let projects = 12
        func at(_ table: Int, _ row: Int, _ column: Int, parent: [CellCoordinate] = []) -> [CellCoordinate] {
            parent + [CellCoordinate(table: table, row: row, cell: column)]
        }
        func cell(_ index: Int, _ text: String, _ cells: [CellCoordinate]) -> TableCell {
            TableCell(blocks: [.paragraph(paragraph(index, text, cells: cells))])
        }
        let nested = Table(
            index: inner,
            rows: [
                TableRow(cells: [cell(7, "承担单位", at(inner, 0, 0, parent: at(outer, 1, 1)))]),
                TableRow(cells: [cell(8, "澄明光电科技", at(inner, 1, 0, parent: at(outer, 1, 1)))]),
            ])
        let table = Table(
            index: outer,
            rows: [
                TableRow(cells: [cell(3, "企业名称", at(outer, 0, 0)), cell(4, "资金（万元）", at(outer, 0, 1))]),
                TableRow(cells: [
                    cell(5, "禾嘉新材料", at(outer, 1, 0)),
                    TableCell(blocks: [
                        .table(nested), .paragraph(paragraph(9, "拨付资金1601.9万元", cells: at(outer, 1, 1))),
                    ]),
                ]),
            ])
        let projectTable = Table(
            index: projects,
            rows: [
                TableRow(cells: [cell(13, "项目名称", at(projects, 0, 0))]),
                TableRow(cells: [cell(14, "云岫生物科技", at(projects, 1, 0))]),
            ])
        return Document(
            body: [
                .paragraph(paragraph(0, "全年新增3家（宜瓷龙、艾麒、太阳生物），落实专项资金1200万元。")),
                .paragraph(paragraph(1, "蓝星有机硅、安威士科技等14家企业通过认定。")),
                .table(table),
                .paragraph(paragraph(10, "宜瓷龙获得区科委支持，增长82%。")),
                .table(projectTable),
            ],
            stories: [
                Story(
                    kind: .footnote, id: "1", part: "word/footnotes.xml",
                    blocks: [.paragraph(paragraph(11, "注：艾麒5个项目。", story: .footnote))])
            ])
    }()

    @Test func wholeDocumentEqualsItsParagraphsInOrder() {
        let extractor = DocumentExtractor()
        let fromDocument = extractor.extract(from: Self.document)
        #expect(fromDocument == extractor.extract(from: Self.document.allParagraphs))
        #expect(!fromDocument.amounts.isEmpty && !fromDocument.counts.isEmpty && !fromDocument.percentages.isEmpty)
    }

    @Test func consumingTheDocumentGivesTheSameResult() {
        let extractor = DocumentExtractor()
        let copy = Self.document
        #expect(extractor.extract(consuming: copy) == extractor.extract(from: Self.document))
    }

    @Test func namesInEnterpriseColumnsAreFoundAtEveryTableDepth() {
        let names = DocumentExtractor().extract(from: Self.document).enterprises.map(\.name)
        #expect(names.contains("禾嘉新材料"))
        #expect(names.contains("澄明光电科技"))
    }

    @Test func aColumnWhoseHeaderNamesNoEnterprisesGivesNoNames() {
        let names = DocumentExtractor().extract(from: Self.document).enterprises.map(\.name)
        #expect(!names.contains("云岫生物科技"))
    }

    @Test func mentionsCarryTheirParagraphsPlace() throws {
        let result = DocumentExtractor().extract(from: Self.document)
        let footnoteCount = try #require(result.counts.first { $0.mention.block == 11 })
        #expect(footnoteCount.mention.story == .footnote)
        #expect(footnoteCount.mention.sectionPath == [])
        let tableAmount = try #require(result.amounts.first { $0.mention.block == 9 })
        #expect(tableAmount.mention.sectionPath == ["一、工作成效"])
        #expect(tableAmount.mention.text == "1601.9万元")
    }

    /// The test document's paragraphs `copies` times over, each copy's blocks and tables renumbered after the last,
    /// with a name declared in every copy (49 names in turn, each mentioned again by later copies).
    private static func longDocument(copies: Int) -> [Paragraph] {
        let paragraphs = document.allParagraphs
        let stride = 20
        let brands = ["瑞禾", "澄江", "蓝岸", "鸿图", "云杉", "青禾", "金穗"]
        return (0..<copies).flatMap { copy in
            let base = copy * stride
            let brand = brands[copy % brands.count] + brands[(copy / brands.count) % brands.count]
            let own = Paragraph(
                index: base + stride - 1, text: "东湖\(brand)精密机械有限公司（以下简称“\(brand)精密”）落实资金\(copy + 1)万元。",
                location: Location(story: .body), sectionPath: ["二、第\(copy)节"])
            return paragraphs.map { paragraph in
                Paragraph(
                    index: base + paragraph.index, text: paragraph.text,
                    location: Location(
                        story: paragraph.location.story,
                        cells: paragraph.location.cells.map {
                            CellCoordinate(table: base + $0.table, row: $0.row, cell: $0.cell)
                        }),
                    sectionPath: paragraph.sectionPath)
            } + [own]
        }
    }

    @Test(arguments: [2, 3, 8])
    func extractionOnSeveralThreadsEqualsExtractionOnOne(threads: Int) {
        // 150 copies of 13 paragraphs: several chunks, each cut into pieces, tables and lists among them.
        let paragraphs = Self.longDocument(copies: 150)
        let extractor = DocumentExtractor()
        let onOne = extractor.extract(from: paragraphs)
        #expect(onOne.enterprises.count > 49 && onOne.countFacts.count >= 300)
        // Organizations keep their mentions in the order the search found them.
        #expect(onOne.organizations.contains { $0.mentions.count >= 150 })
        #expect(extractor.extract(from: paragraphs, threads: threads) == onOne)
    }

    @Test func aLongDocumentGivesTheSameResultOnSeveralThreadsWhetherKeptOrConsumed() {
        let paragraphs = Self.longDocument(copies: 100)
        let document = Document(body: paragraphs.map { .paragraph($0) })
        let extractor = DocumentExtractor()
        let onOne = extractor.extract(from: paragraphs)
        #expect(extractor.extract(from: document, threads: 2) == onOne)
        let copy = document
        #expect(extractor.extract(consuming: copy, threads: 4) == onOne)
    }

    @Test func blocksHandedOnOneByOneGiveWhatTheWholeDocumentGives() {
        let extractor = DocumentExtractor()
        let whole = extractor.extract(from: Self.document)
        var extraction = extractor.startExtraction()
        for block in Self.document.body { extraction.read(block) }
        for story in Self.document.stories {
            for block in story.blocks { extraction.read(block) }
        }
        #expect(extraction.finish() == whole)
    }

    @Test func anExtractionStartedOnOneThreadCanFinishOnSeveral() {
        let paragraphs = Self.longDocument(copies: 100)
        let extractor = DocumentExtractor()
        let onOne = extractor.extract(from: paragraphs)
        var extraction = extractor.startExtraction()
        for paragraph in paragraphs[..<700] { extraction.read(.paragraph(paragraph)) }
        extraction.use(threads: 3)
        var rest = paragraphs[700...].map { Block.paragraph($0) }
        extraction.read(releasing: &rest)
        #expect(rest.isEmpty)
        #expect(extraction.finish() == onOne)
    }

    @Test func anExtractionStartedOnSeveralThreadsCanFinishOnOne() {
        let paragraphs = Self.longDocument(copies: 100)
        let extractor = DocumentExtractor()
        let onOne = extractor.extract(from: paragraphs)
        var extraction = extractor.startExtraction(threads: 3)
        // Fewer than a chunk on three threads and more than a piece: they wait, and are gathered on one.
        for paragraph in paragraphs[..<500] { extraction.read(.paragraph(paragraph)) }
        extraction.use(threads: 1)
        for paragraph in paragraphs[500...] { extraction.read(.paragraph(paragraph)) }
        #expect(extraction.finish() == onOne)
    }

    @Test func amountsAndTheirFactsKeepDocumentOrderWhenOnlySomeAmountsHaveAPurpose() {
        let paragraphs = [
            Self.paragraph(0, "落实专项资金100万元，其中50万元已拨付，争取扶持资金30万元。"),
            Self.paragraph(1, "兑现奖补资金20万元，另有10万元待拨付。"),
        ]
        let result = DocumentExtractor().extract(from: paragraphs)
        #expect(result.amounts.map(\.finding.text) == ["100万元", "50万元", "30万元", "20万元", "10万元"])
        #expect(result.amountFacts.map(\.purpose) == ["落实专项资金", "争取扶持资金", "兑现奖补资金"])
        #expect(result.amountFacts.map(\.mention.block) == [0, 0, 1])
    }
}
