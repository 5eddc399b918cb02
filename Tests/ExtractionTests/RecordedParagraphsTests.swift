import DocumentModel
@testable import Extraction
import Testing

/// Paragraphs gathered in pieces, on one thread or several, are recorded in document order: the paragraphs, the
/// numeric findings and the names come out as when each paragraph is gathered and recorded as it is read.
@Suite struct RecordedParagraphsTests {
    /// Paragraphs that each declare a name, name a list tied to a count and state an amount and a count, some
    /// naming an earlier paragraph's enterprise again.
    private static let paragraphs: [ParagraphText.Unsplit] = (0..<90).map { index in
        let brands = ["瑞禾", "澄江", "蓝岸", "鸿图", "云杉", "青禾", "金穗", "松涛", "白鹭"]
        let brand = brands[index % brands.count] + brands[(index / brands.count) % brands.count]
        let earlier = brands[(index / 2) % brands.count] + brands[(index / 2 / brands.count) % brands.count]
        let text =
            "东湖\(brand)精密机械有限公司（以下简称“\(brand)精密”）落实资金\(index + 1)万元，"
            + "新增高新技术企业2家（\(brand)精密、\(earlier)精密），开展培训\(index % 7 + 1)场次。"
        let paragraph = Paragraph(
            index: index, text: text, location: Location(story: .body), sectionPath: ["一、第\(index / 30)部分"])
        return ParagraphText.Unsplit(paragraph)
    }

    /// Each paragraph gathered and recorded on this thread as it is read.
    private static func recordedOneByOne(with extractor: DocumentExtractor) -> RecordedParagraphs {
        var recorded = RecordedParagraphs()
        for paragraph in paragraphs { recorded.gather([paragraph], threads: 1, pieceSize: 1, with: extractor) }
        return recorded
    }

    @Test(arguments: [(1, 7), (1, 32), (2, 1), (2, 7), (3, 32), (8, 5)])
    func piecesAreRecordedInDocumentOrder(threads: Int, pieceSize: Int) {
        let extractor = DocumentExtractor()
        let expected = Self.recordedOneByOne(with: extractor)
        #expect(expected.names.names.count > 90 && expected.names.countFacts.count == 90)
        var recorded = RecordedParagraphs()
        // Two chunks, the second after paragraphs already recorded.
        recorded.gather(Array(Self.paragraphs[..<40]), threads: threads, pieceSize: pieceSize, with: extractor)
        recorded.gather(Array(Self.paragraphs[40...]), threads: threads, pieceSize: pieceSize, with: extractor)
        #expect(recorded.paragraphs.map(\.index) == Array(0..<90))
        #expect(recorded.findings.amounts == expected.findings.amounts)
        #expect(recorded.findings.counts == expected.findings.counts)
        #expect(recorded.names.names.map(\.written) == expected.names.names.map(\.written))
        #expect(recorded.names.countFacts == expected.names.countFacts)
        #expect(recorded.names.lists == expected.names.lists)
    }

    /// Body paragraphs with percentages, dates, amounts tied to purposes and a list shorter than its count, around
    /// a table whose header row names an enterprise column and whose rows name enterprises and amounts.
    private static let mixedParagraphs: [ParagraphText.Unsplit] = {
        let brands = ["远川", "禾丰", "青岚", "北辰", "星渚", "澜石", "竹溪"]
        var paragraphs: [ParagraphText.Unsplit] = []
        func add(_ text: String, cell: CellCoordinate? = nil) {
            let index = paragraphs.count
            let location = Location(story: .body, cells: cell.map { [$0] } ?? [])
            let paragraph = Paragraph(index: index, text: text, location: location, sectionPath: ["二、重点工作"])
            paragraphs.append(ParagraphText.Unsplit(paragraph))
        }
        for index in 0..<60 {
            let brand = brands[index % brands.count] + brands[(index / brands.count) % brands.count]
            add(
                "\(2020 + index % 5)年上半年，\(brand)新材料股份有限公司产值同比增长\(index % 40 + 1).5%，"
                    + "用于厂房改造的专项资金\(index + 3)万元已拨付，新认定高新技术企业3家（\(brand)新材料、\(brands[index % 3])智能）。")
            if index == 24 {
                // A table of three columns: its header row, then a row for each of four enterprises.
                let table = paragraphs.count
                for (column, header) in ["序号", "企业名称", "扶持资金"].enumerated() {
                    add(header, cell: CellCoordinate(table: table, row: 0, cell: column))
                }
                for row in 1...4 {
                    let name = brands[row] + brands[row + 2] + "科技有限公司"
                    for (column, text) in ["\(row)", name, "\(row * 11)万元"].enumerated() {
                        add(text, cell: CellCoordinate(table: table, row: row, cell: column))
                    }
                }
            }
        }
        return paragraphs
    }()

    @Test(arguments: [(1, 6), (1, 32), (2, 1), (2, 6), (3, 16), (8, 3)])
    func tablesAndEveryKindOfFindingAreRecordedInDocumentOrder(threads: Int, pieceSize: Int) {
        let extractor = DocumentExtractor()
        var expected = RecordedParagraphs()
        for paragraph in Self.mixedParagraphs {
            expected.gather([paragraph], threads: 1, pieceSize: 1, with: extractor)
        }
        #expect(!expected.findings.percentages.isEmpty && !expected.findings.dates.isEmpty)
        #expect(!expected.findings.amountFacts.isEmpty && !expected.names.warnings.isEmpty)
        #expect(expected.names.enterpriseColumns.values.contains(true))
        // Paragraphs with counts and paragraphs without (the table's cells) share pieces.
        let counted = Set(expected.findings.counts.map(\.mention.block))
        #expect(expected.paragraphs.contains { !counted.contains($0.index) } && !counted.isEmpty)
        var recorded = RecordedParagraphs()
        let count = Self.mixedParagraphs.count
        // Cut inside the table, so its header row and its other rows arrive in different chunks.
        recorded.gather(Array(Self.mixedParagraphs[..<27]), threads: threads, pieceSize: pieceSize, with: extractor)
        recorded.gather(Array(Self.mixedParagraphs[27...]), threads: threads, pieceSize: pieceSize, with: extractor)
        #expect(recorded.paragraphs.map(\.index) == Array(0..<count))
        #expect(recorded.paragraphs.map(\.cell) == expected.paragraphs.map(\.cell))
        #expect(recorded.findings.amounts == expected.findings.amounts)
        #expect(recorded.findings.amountFacts == expected.findings.amountFacts)
        #expect(recorded.findings.counts == expected.findings.counts)
        #expect(recorded.findings.percentages == expected.findings.percentages)
        #expect(recorded.findings.dates == expected.findings.dates)
        #expect(recorded.names.names.map(\.written) == expected.names.names.map(\.written))
        #expect(recorded.names.names.map(\.evidence) == expected.names.names.map(\.evidence))
        #expect(recorded.names.names.map(\.organizationKind) == expected.names.names.map(\.organizationKind))
        #expect(recorded.names.lists == expected.names.lists)
        #expect(recorded.names.countFacts == expected.names.countFacts)
        #expect(recorded.names.warnings == expected.names.warnings)
        #expect(recorded.names.headers == expected.names.headers)
        #expect(recorded.names.enterpriseColumns == expected.names.enterpriseColumns)
        #expect(recorded.names.declaredAliases.map(\.short) == expected.names.declaredAliases.map(\.short))
    }

    @Test func aChunkSmallerThanOnePieceIsRecordedWhole() {
        let extractor = DocumentExtractor()
        let expected = Self.recordedOneByOne(with: extractor)
        var recorded = RecordedParagraphs()
        recorded.gather(Self.paragraphs, threads: 4, pieceSize: 1_000, with: extractor)
        #expect(recorded.paragraphs.count == 90)
        #expect(recorded.findings.amounts == expected.findings.amounts)
        #expect(recorded.names.names.map(\.written) == expected.names.names.map(\.written))
    }
}
