import DocumentModel
import Extraction
import Foundation
import Testing

/// One behaviour per rule the genre needs, in sentences written for this repository.
@Suite("Genre rules")
struct GenreRuleTests {
    private static let extractor = DocumentExtractor()

    private func extract(_ texts: String...) -> DocumentExtractor.Result {
        Self.extractor.extract(from: texts.enumerated().map { Paragraph(index: $0.offset, text: $0.element) })
    }

    private func counts(_ text: String) -> [String] {
        builtInScanner.scan(text).counts.map(\.text)
    }

    @Test(
        "Traditional script is read by the same rules and quoted as written",
        arguments: [
            ("全年共引進項目12個，其中簽約項目5個。", ["12個", "5個"]),
            ("新增規上企業3家，建成廠房4棟。", ["3家", "4棟"]),
        ])
    func traditionalCounts(text: String, expected: [String]) {
        #expect(counts(text) == expected)
    }

    @Test("A traditional unit gives the same amount")
    func traditionalAmount() throws {
        let amount = try #require(builtInScanner.scan("計劃投資3500萬元建設冷庫。").amounts.first)
        #expect(amount.text == "3500萬元")
        #expect(amount.value == 35_000_000)
    }

    @Test(
        "Numbers that are not counts",
        arguments: [
            "深入学习党的二十届三中全会精神。", "认真落实县委十三届五次、六次全会部署。", "坚持“三个一”工作机制。",
            "奋力实现“两个率先”。", "推进二次创业再上台阶。", "开启新一轮技术改造。", "项目一期已投产，二期开工。",
            "科技三项经费全部到位。", "综合排名提升6名。", "出台“惠企十条”。", "完成第9至12批次招商。",
            "在谈项目中，一个是光伏项目。",
        ])
    func notCounts(text: String) {
        #expect(counts(text).isEmpty, "\(counts(text))")
    }

    @Test(
        "Measure words of a standard list are counts",
        arguments: [
            ("接待客商120批次。", "120批次"), ("存栏生猪800头。", "800头"), ("盘活闲置土地5宗。", "5宗"),
            ("建成标准厂房3幢。", "3幢"), ("新增发明专利授权46件，出动执法人员30 余次。", "30 余次"),
        ])
    func measureWords(text: String, expected: String) {
        #expect(counts(text).contains(expected))
    }

    @Test("Two figures side by side in a table row stay two")
    func figuresSideBySide() {
        #expect(builtInScanner.scan("工业增加值增速 % 12 12%").percentages.map(\.value) == [12])
        #expect(builtInScanner.scan("合同外资2 300万美元").amounts.first?.value == 23_000_000)
    }

    @Test("An acronym before digits does not make them a code")
    func acronymBeforeDigits() {
        #expect(builtInScanner.scan("全年实现GDP86.4亿元。").amounts.map(\.text) == ["86.4亿元"])
        #expect(builtInScanner.scan("沿G318国道布局").counts.isEmpty)
    }

    @Test("Brand names in a list with a trade word are enterprises, with evidence")
    func brandList() throws {
        let result = extract("形成了以澜石建材、鼎信五金、富川陶瓷为代表的建材产业集群。")
        #expect(result.enterprises.map(\.name) == ["澜石建材", "鼎信五金", "富川陶瓷"])
        #expect(try #require(result.enterprises.first).evidence.labels.contains("list"))
    }

    @Test("A list of places is not a list of enterprises")
    func placeList() {
        let result = extract("赴杭州、苏州、宁波等地拜访企业42家。")
        #expect(result.enterprises.isEmpty)
        #expect(result.countFacts.isEmpty)
    }

    @Test("A count of households names no enterprises")
    func householdCount() {
        #expect(extract("带动东坡养鸡、西岭种茶等6家种养大户增收。").enterprises.isEmpty)
    }

    @Test("A brand with a trade word heads a project")
    func projectHead() {
        let result = extract("凌川电子智能制造基地项目已开工。")
        #expect(result.enterprises.map(\.name) == ["凌川电子"])
    }

    @Test("A bare brand framed by a context word and an act is an enterprise")
    func framedBrand() throws {
        let result = extract("3月与澜图签约，建设区域结算中心。")
        let enterprise = try #require(result.enterprises.first)
        #expect(enterprise.name == "澜图")
        #expect(enterprise.evidence.labels == ["context"])
    }

    @Test(
        "Generic designations are not names",
        arguments: [
            "协调电力公司解决用电问题。", "吸引跨国公司设立区域总部。", "在园区党工委、管委会和总公司的支持下完成改造。",
            "经居委会、业委会屡次协调，问题得到解决。",
        ])
    func genericDesignations(text: String) {
        #expect(extract(text).enterprises.isEmpty)
    }

    @Test("Legal names keep a bracketed place, cross a line break in the legal form, and drop the verb before them")
    func legalNameShapes() {
        #expect(extract("铭途供应链（上海）有限公司投产。").enterprises.map(\.name) == ["铭途供应链（上海）有限公司"])
        #expect(extract("安徽禾润生物科技股份\n有限公司签约。").enterprises.map(\.name) == ["安徽禾润生物科技股份有限公司"])
        #expect(extract("盘活收储鑫禾家具有限公司厂房。").enterprises.map(\.name) == ["鑫禾家具有限公司"])
    }

    @Test("A legal name with a place or mask before it is an alias of the bare one")
    func placePrefixAlias() throws {
        let result = extract("入园企业鸿图工艺饰品有限公司投产。", "与XX市鸿图工艺饰品有限公司签约。")
        let enterprise = try #require(result.enterprises.first)
        #expect(result.enterprises.count == 1)
        #expect(enterprise.name == "XX市鸿图工艺饰品有限公司")
        #expect(enterprise.aliases == ["鸿图工艺饰品有限公司"])
        #expect(enterprise.evidence.labels == ["legal_form", "alias"])
    }

    @Test("Categories and purposes in traditional script are read by the rules and quoted as written")
    func traditionalCategoryAndPurpose() throws {
        let before = extract("區級研發機構新增2家企業（甲乙電子、丙丁機械），落實專項資金300萬元。")
        #expect(try #require(before.countFacts.first).category == "區級研發機構")
        #expect(try #require(before.amountFacts.first).purpose.hasSuffix("落實專項資金"))
        let after = extract("甲乙電子、丙丁機械等2家企業通過高新技術企業認定。")
        #expect(try #require(after.countFacts.first).category == "高新技術企業")
    }

    @Test("A traditional name is reported as written")
    func traditionalName() {
        #expect(extract("先後來到龍泉木業、新源糧食倉儲等企業調研。").enterprises.map(\.name).contains("龍泉木業"))
    }

    @Test("A short form declared in brackets is an alias of the name before it")
    func declaredShortForm() throws {
        let result = extract("江苏澄源纺织集团有限公司（以下简称澄源集团）新上智能纺纱线。", "澄源集团上半年产值增长12%。")
        let enterprise = try #require(result.enterprises.first)
        #expect(result.enterprises.count == 1)
        #expect(enterprise.aliases == ["澄源集团"])
        // The full name, the declared short form and its later use.
        #expect(enterprise.mentions.map(\.text) == ["江苏澄源纺织集团有限公司", "澄源集团", "澄源集团"])
    }

    @Test("A body named after an enterprise is a part of it, not another organization")
    func enterpriseSubUnit() {
        let result = extract("天衡药业研发中心与省材料研究院共建联合实验室。")
        #expect(result.enterprises.map(\.name) == ["天衡药业"])
        #expect(!result.organizations.contains { $0.name.hasPrefix("天衡药业") })
    }
}
