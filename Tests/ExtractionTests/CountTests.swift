import Extraction
import Foundation
import Testing

@Suite struct CountTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var text: String
        var value: String
        var valueMax: String? = nil
        var unit: String
        var subject: String?
        var qualifier: Qualifier? = nil
        var testDescription: String { sentence }
    }

    static let counts: [Case] = [
        Case(sentence: "认定14家高新技术企业", text: "14家", value: "14", unit: "家", subject: "高新技术企业"),
        Case(sentence: "高新技术企业17家", text: "17家", value: "17", unit: "家", subject: "高新技术企业"),
        Case(sentence: "本年新申报高新技术企业17家。", text: "17家", value: "17", unit: "家", subject: "高新技术企业"),
        Case(sentence: "区级研发中心新增6家，", text: "6家", value: "6", unit: "家", subject: "区级研发中心"),
        Case(sentence: "全区规模以上企业达到231家", text: "231家", value: "231", unit: "家", subject: "规模以上企业"),
        Case(sentence: "实施3个项目", text: "3个", value: "3", unit: "个", subject: "项目"),
        Case(sentence: "5个项目通过验收", text: "5个", value: "5", unit: "个", subject: "项目"),
        Case(sentence: "形成四个项目上报", text: "四个", value: "4", unit: "个", subject: "项目"),
        Case(sentence: "吸引近600名居民参加", text: "600名", value: "600", unit: "名", subject: "居民", qualifier: .approx),
        Case(sentence: "走访企业40余家", text: "40余家", value: "40", unit: "家", subject: "企业", qualifier: .approx),
        Case(sentence: "超过50家企业入驻", text: "50家", value: "50", unit: "家", subject: "企业", qualifier: .min),
        Case(sentence: "新增入库企业20家以上", text: "20家", value: "20", unit: "家", subject: "入库企业", qualifier: .min),
        Case(sentence: "储备项目不少于8个", text: "8个", value: "8", unit: "个", subject: "储备项目", qualifier: .min),
        Case(sentence: "邀请专家30名左右", text: "30名", value: "30", unit: "名", subject: "专家", qualifier: .approx),
        Case(sentence: "接待游客1.2万人次", text: "1.2万人次", value: "12000", unit: "人次", subject: "游客"),
        Case(sentence: "惠及3万人", text: "3万人", value: "30000", unit: "人", subject: nil),
        Case(sentence: "举办培训班3期", text: "3期", value: "3", unit: "期", subject: "培训班"),
        Case(sentence: "另有两家", text: "两家", value: "2", unit: "家", subject: nil),
        Case(sentence: "新增两家", text: "两家", value: "2", unit: "家", subject: nil),
        Case(sentence: "引进１４家企业", text: "１４家", value: "14", unit: "家", subject: "企业"),
        Case(sentence: "每年扶持3-5家企业", text: "3-5家", value: "3", valueMax: "5", unit: "家", subject: "企业"),
        Case(sentence: "每年培育三至五家企业", text: "三至五家", value: "3", valueMax: "5", unit: "家", subject: "企业"),
        Case(sentence: "发明专利授权量2,035件", text: "2,035件", value: "2035", unit: "件", subject: "发明专利授权量"),
        Case(sentence: "受理诉求12\n0238项", text: "12\n0238项", value: "120238", unit: "项", subject: "受理诉求"),
        Case(sentence: "共有68人参加培训", text: "68人", value: "68", unit: "人", subject: nil),
        Case(sentence: "通过认定9家", text: "9家", value: "9", unit: "家", subject: nil),
        Case(sentence: "其中具有博士学位的仅3人", text: "3人", value: "3", unit: "人", subject: nil),
        Case(sentence: "华光、东润等12家企业通过认定", text: "12家", value: "12", unit: "家", subject: "企业"),
        Case(sentence: "年产50万台智能电表", text: "50万台", value: "500000", unit: "台", subject: "智能电表"),
        Case(sentence: "累计走访2300余家次", text: "2300余家次", value: "2300", unit: "家次", subject: nil, qualifier: .approx),
        Case(sentence: "实施800万元以上技改项目26个", text: "26个", value: "26", unit: "个", subject: "800万元以上技改项目"),
        Case(sentence: "一百多家企业参展", text: "一百多家", value: "100", unit: "家", subject: "企业", qualifier: .approx),
        Case(sentence: "走访百余家企业", text: "百余家", value: "100", unit: "家", subject: "企业", qualifier: .approx),
        Case(sentence: "惠及千余人", text: "千余人", value: "1000", unit: "人", subject: nil, qualifier: .approx),
        Case(sentence: "带动就业万余人", text: "万余人", value: "10000", unit: "人", subject: "就业", qualifier: .approx),
        Case(sentence: "十余家单位参与", text: "十余家", value: "10", unit: "家", subject: "单位", qualifier: .approx),
        Case(sentence: "培育3家多元化企业", text: "3家", value: "3", unit: "家", subject: "多元化企业"),
        Case(sentence: "建成5G基站320个", text: "320个", value: "320", unit: "个", subject: "5G基站"),
        Case(sentence: "组织IPO企业2家", text: "2家", value: "2", unit: "家", subject: "IPO企业"),
        Case(sentence: "建成公共平台3个", text: "3个", value: "3", unit: "个", subject: "公共平台"),
    ]

    @Test(arguments: counts)
    func countIsRead(_ testCase: Case) throws {
        let findings = builtInScanner.scan(testCase.sentence)
        #expect(findings.counts.count == 1)
        let count = try #require(findings.counts.first)
        #expect(count.text == testCase.text)
        #expect(count.value == exact(testCase.value))
        #expect(count.valueMax == testCase.valueMax.map(exact))
        #expect(count.unit == testCase.unit)
        #expect(count.subject == testCase.subject)
        #expect(count.qualifier == testCase.qualifier)
        #expect(scalars(of: testCase.sentence, in: count.span) == count.text)
    }

    static let nonCounts = [
        "2023年",
        "截至11月底",
        "于5月21日召开",
        "上午9时",
        "在第13个节日来临之际",
        "第三批名单",
        "第十届年会",
        "三思电子承接",
        "新三板挂牌",
        "十二五规划",
        "十四五期间",
        "军民一家人",
        "践行三个代表",
        "一期工程竣工",
        "二期项目开工",
        "二类医疗器械生产线",
        "新增**家",
        "新增x家",
        "新增xx家",
        "新增家",
        "用时3个月",
        "历时两个多月",
        "十几家企业",
        "几十家企业",
        "数十家企业",
        "三四家企业",
        "一次性补助",
        "一批企业",
        "进一步推动",
        "统一规划",
        "5G基站",
        "G60科创走廊",
        "二〇二四年",
        "3.5家",
        "启动3项目",
        "百家争鸣",
        "千家万户",
        "上百家企业",
        "数百家企业",
    ]

    @Test(arguments: nonCounts)
    func textHasNoCount(_ sentence: String) {
        #expect(builtInScanner.scan(sentence).counts.isEmpty)
    }

    @Test func subjectStopsAtFunctionWords() throws {
        let findings = builtInScanner.scan("组织15家企业的负责人和3个协会参加")
        #expect(findings.counts.map(\.subject) == ["企业", "协会"])
    }

    @Test func subjectEndsBeforeTheNextCount() throws {
        let findings = builtInScanner.scan("完成三个项目五个课题")
        #expect(findings.counts.map(\.subject) == ["项目", "课题"])
    }

    @Test func subjectAfterAnotherCountIsNotBorrowed() throws {
        let findings = builtInScanner.scan("组织园区23家企业共40人参加")
        #expect(findings.counts.map(\.text) == ["23家", "40人"])
        #expect(findings.counts.map(\.subject) == ["企业", nil])
    }

    @Test func moneyIsNotAlsoACount() {
        let findings = builtInScanner.scan("补助300万元，")
        #expect(findings.counts.isEmpty)
        #expect(findings.amounts.count == 1)
    }

    @Test func ordinalChineseDigitsAreNotCounts() {
        #expect(builtInScanner.scan("第一家入驻").counts.isEmpty)
    }
}
