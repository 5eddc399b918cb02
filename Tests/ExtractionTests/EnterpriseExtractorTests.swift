import DocumentModel
import Extraction
import Foundation
import Testing

@Suite("Enterprises, organizations and facts")
struct EnterpriseExtractorTests {
    let extractor = DocumentExtractor()

    func extract(_ texts: String...) -> DocumentExtractor.Result {
        extractor.extract(from: texts.enumerated().map { Paragraph(index: $0.offset, text: $0.element) })
    }

    @Test("A parenthesized list after a count gives names, count and category")
    func parenthesizedList() throws {
        let result = extract("市级专精特新企业新增3家（甲乙科技、丙丁材料、戊己生物）。")
        #expect(result.enterprises.map(\.name) == ["甲乙科技", "丙丁材料", "戊己生物"])
        let fact = try #require(result.countFacts.first)
        #expect(fact.count == 3)
        #expect(fact.enterprises == ["甲乙科技", "丙丁材料", "戊己生物"])
        #expect(fact.complete)
        #expect(fact.consistent)
        #expect(fact.category == "市级专精特新企业")
    }

    @Test("A trade word in both the strong and the weak list counts as strong")
    func tradeWordInBothListsIsStrong() {
        var rules = ExtractionRules.builtIn
        rules.words[.weakEnterpriseSuffixes, default: []] += rules[.enterpriseSuffixes]
        // 铜业 is a strong trade word: a brand before it that opens its clause is taken without a context word.
        let texts = ["，鑫科铜业的产品远销海外。", "与北化合作建设研发中心。"]
        let paragraphs = texts.enumerated().map { Paragraph(index: $0.offset, text: $0.element) }
        let expected = extractor.extract(from: paragraphs).enterprises.map(\.name)
        #expect(expected.contains("鑫科铜业"))
        #expect(DocumentExtractor(rules: rules).extract(from: paragraphs).enterprises.map(\.name) == expected)
    }

    @Test("A name found only inside a longer name is not reported without a mention (fuzzer regression)")
    func nameInsideALongerNameIsNotReportedAlone() {
        let result = extract("I大学院")
        for organization in result.organizations { #expect(!organization.mentions.isEmpty, "\(organization.name)") }
        for enterprise in result.enterprises { #expect(!enterprise.mentions.isEmpty, "\(enterprise.name)") }
        #expect(!result.organizations.map(\.name).contains("I大学"))
    }

    @Test("Names before 等 with a count form an incomplete list")
    func openEndedList() throws {
        let result = extract("华夏光电、东方精工等12家企业通过高新技术企业认定。")
        #expect(result.enterprises.map(\.name) == ["华夏光电", "东方精工"])
        let fact = try #require(result.countFacts.first)
        #expect(fact.count == 12)
        #expect(!fact.complete)
        #expect(fact.consistent)
        #expect(fact.category == "高新技术企业")
    }

    @Test("The name's left edge is cut after a boundary word")
    func leftEdge() {
        let result = extract("推荐甲科技、乙材料、丙生物等5家企业申请区级资金，每家不超过300万元。")
        #expect(result.enterprises.map(\.name) == ["甲科技", "乙材料", "丙生物"])
    }

    @Test("Too many names for the count give a count_mismatch warning")
    func countMismatch() throws {
        let result = extract("区级研发机构新增5家（甲电子、乙机械、丙检测、丁材料）。")
        #expect(result.warnings.map(\.code) == [.countMismatch])
        #expect(try #require(result.countFacts.first).consistent == false)
    }

    @Test("A legal-form suffix marks a name outside any list")
    func legalFormName() {
        let result = extract("由区科委推荐上海三思电子公司为节能改造的实施单位。")
        #expect(result.enterprises.map(\.name) == ["上海三思电子公司"])
    }

    @Test(
        "Organizations are reported apart with their kind",
        arguments: [
            ("配合区科委完成考核。", "区科委", OrganizationKind.government),
            ("园区管委会召开会议。", "园区管委会", .parkManagement),
            ("与华东理工大学签订协议。", "华东理工大学", .university),
            ("商会秘书处联系企业。", "商会秘书处", .association),
        ])
    func organizations(text: String, name: String, kind: OrganizationKind) {
        let result = extract(text)
        #expect(result.organizations.contains { $0.name == name && $0.kind == kind })
        #expect(!result.enterprises.contains { $0.name == name })
    }

    @Test("Placeholders are never names")
    func placeholdersAreNotNames() {
        let result = extract("xx区新增2家（某公司、XX科技）。", "某公司获得补贴。")
        #expect(result.enterprises.isEmpty)
    }

    @Test("A short form is linked to a long one when two lists name them at the same positions")
    func aliasesFromParallelLists() throws {
        let result = extract(
            "新增3家（蓝星、安威、昆杰）。",
            "蓝星有机硅、安威科技股份、昆杰五金工具等3家企业成为示范企业。")
        let blue = try #require(result.enterprises.first { $0.name == "蓝星有机硅" })
        #expect(blue.aliases == ["蓝星"])
        #expect(blue.mentions.count == 2)
    }

    @Test("Lists of one length link every form at one position that begins with another")
    func aliasesFromSeveralParallelLists() throws {
        let result = extract(
            "新增2家（蓝星、安威）。",
            "新增2家（蓝星有机硅、安威科技）。",
            "新增2家（蓝星有机硅材料、昆杰五金）。")
        let blue = try #require(result.enterprises.first { $0.name == "蓝星有机硅材料" })
        #expect(blue.aliases == ["蓝星", "蓝星有机硅"])
        let anwei = try #require(result.enterprises.first { $0.name == "安威科技" })
        #expect(anwei.aliases == ["安威"])
        #expect(result.enterprises.contains { $0.name == "昆杰五金" && $0.aliases.isEmpty })
    }

    @Test("Lists of different lengths do not link the names at one position")
    func listsOfDifferentLengthsDoNotLink() {
        let result = extract("新增2家（蓝星、安威）。", "新增3家（蓝星有机硅、昆杰五金、华夏光电）。")
        #expect(result.enterprises.allSatisfy { $0.aliases.isEmpty })
        #expect(result.enterprises.contains { $0.name == "蓝星" })
        #expect(result.enterprises.contains { $0.name == "蓝星有机硅" })
    }

    @Test("Two companies sharing a prefix stay apart")
    func sharedPrefixIsNotAnAlias() {
        let result = extract("新增2家（思源电力电容器、思源高压开关）。")
        #expect(result.enterprises.map(\.name) == ["思源电力电容器", "思源高压开关"])
        #expect(result.enterprises.allSatisfy { $0.aliases.isEmpty })
    }

    @Test("An amount's purpose is the clause before it when it names money")
    func amountPurpose() throws {
        let result = extract("落实2024年专项资金1601.9万元，落实率达82%。")
        let fact = try #require(result.amountFacts.first)
        #expect(fact.purpose == "落实2024年专项资金")
        #expect(fact.value == Decimal(16_019_000))
    }
}
