import Extraction
import Foundation
import Testing

@Suite struct AmountTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sentence: String
        var text: String
        var value: String
        var valueMax: String? = nil
        var currency = "CNY"
        var qualifier: Qualifier? = nil
        var isBareScale = false
        var testDescription: String { sentence }
    }

    static let amounts: [Case] = [
        Case(sentence: "本年度研发投入1608.3万元。", text: "1608.3万元", value: "16083000"),
        Case(sentence: "累计下达奖补资金8356.27万元", text: "8356.27万元", value: "83562700"),
        Case(sentence: "扶持总额为7250.74万元", text: "7250.74万元", value: "72507400"),
        Case(sentence: "新建厂房投入3.5亿元", text: "3.5亿元", value: "350000000"),
        Case(sentence: "拨付2,000万元", text: "2,000万元", value: "20000000"),
        Case(sentence: "拨付2，000万元", text: "2，000万元", value: "20000000"),
        Case(sentence: "获得１２３４万元支持", text: "１２３４万元", value: "12340000"),
        Case(sentence: "共计７２５０．７４万元", text: "７２５０．７４万元", value: "72507400"),
        Case(sentence: "购置设备花费5000元", text: "5000元", value: "5000"),
        Case(sentence: "园区营收24. 3 亿元，", text: "24. 3 亿元", value: "2430000000"),
        Case(sentence: "投入15\n万元", text: "15\n万元", value: "150000"),
        Case(sentence: "贷款3千万元", text: "3千万元", value: "30000000"),
        Case(sentence: "全区产值3万亿元", text: "3万亿元", value: "3000000000000"),
        Case(sentence: "合同金额人民币680万元。", text: "人民币680万元", value: "6800000"),
        Case(sentence: "奖励一千二百万元", text: "一千二百万元", value: "12000000"),
        Case(sentence: "补助二十万元", text: "二十万元", value: "200000"),
        Case(sentence: "募集三千五百万元", text: "三千五百万元", value: "35000000"),
        Case(sentence: "捐赠壹佰贰拾万元整", text: "壹佰贰拾万元", value: "1200000"),
        Case(sentence: "引进两亿元投资", text: "两亿元", value: "200000000"),
        Case(sentence: "每家企业不超过300万元", text: "300万元", value: "3000000", qualifier: .max),
        Case(sentence: "最高不超过100万元", text: "100万元", value: "1000000", qualifier: .max),
        Case(sentence: "单笔最高200万元", text: "200万元", value: "2000000", qualifier: .max),
        Case(sentence: "补助200万元以内", text: "200万元", value: "2000000", qualifier: .max),
        Case(sentence: "营收超过2亿元的企业", text: "2亿元", value: "200000000", qualifier: .min),
        Case(sentence: "销售额逾3亿元", text: "3亿元", value: "300000000", qualifier: .min),
        Case(sentence: "投资1亿元以上的项目", text: "1亿元", value: "100000000", qualifier: .min),
        Case(sentence: "自筹不少于500万元", text: "500万元", value: "5000000", qualifier: .min),
        Case(sentence: "兑现扶持资金1700多万元", text: "1700多万元", value: "17000000", qualifier: .approx),
        Case(sentence: "拨付200余万元", text: "200余万元", value: "2000000", qualifier: .approx),
        Case(sentence: "利润3亿多元", text: "3亿多元", value: "300000000", qualifier: .approx),
        Case(sentence: "吸引三千多万元投资", text: "三千多万元", value: "30000000", qualifier: .approx),
        Case(sentence: "撬动社会资本百余万元", text: "百余万元", value: "1000000", qualifier: .approx),
        Case(sentence: "总投资约3亿元", text: "3亿元", value: "300000000", qualifier: .approx),
        Case(sentence: "融资近5000万元", text: "5000万元", value: "50000000", qualifier: .approx),
        Case(sentence: "贷款500万元左右", text: "500万元", value: "5000000", qualifier: .approx),
        Case(sentence: "每个项目补助300-500万元", text: "300-500万元", value: "3000000", valueMax: "5000000"),
        Case(sentence: "补助300万至500万元", text: "300万至500万元", value: "3000000", valueMax: "5000000"),
        Case(sentence: "补助300~500万元", text: "300~500万元", value: "3000000", valueMax: "5000000"),
        Case(sentence: "补助300～500万元", text: "300～500万元", value: "3000000", valueMax: "5000000"),
        Case(sentence: "单个项目1—10亿元", text: "1—10亿元", value: "100000000", valueMax: "1000000000"),
        Case(sentence: "补助300到500万元", text: "300到500万元", value: "3000000", valueMax: "5000000"),
        Case(sentence: "补助300万元至500万元", text: "300万元至500万元", value: "3000000", valueMax: "5000000"),
        Case(sentence: "投资1.5-2亿元", text: "1.5-2亿元", value: "150000000", valueMax: "200000000"),
        Case(sentence: "奖励三至五万元", text: "三至五万元", value: "30000", valueMax: "50000"),
        Case(sentence: "申请市级专项资金960万", text: "960万", value: "9600000", isBareScale: true),
        Case(sentence: "项目总投资4亿", text: "4亿", value: "400000000", isBareScale: true),
        Case(sentence: "申请1200万项目资金", text: "1200万", value: "12000000", isBareScale: true),
        Case(sentence: "已立项的2100万资金全部到位", text: "2100万", value: "21000000", isBareScale: true),
        Case(sentence: "争取扶持1700多万", text: "1700多万", value: "17000000", qualifier: .approx, isBareScale: true),
        Case(sentence: "实际利用外资4,260万美元", text: "4,260万美元", value: "42600000", currency: "USD"),
        Case(sentence: "合同外资1.2亿美元", text: "1.2亿美元", value: "120000000", currency: "USD"),
        Case(sentence: "融资US$300万", text: "US$300万", value: "3000000", currency: "USD"),
        Case(sentence: "售价$5,000", text: "$5,000", value: "5000", currency: "USD"),
        Case(sentence: "收费￥1,000元", text: "￥1,000元", value: "1000", currency: "CNY"),
        Case(sentence: "奖金¥80万", text: "¥80万", value: "800000", currency: "CNY"),
        Case(sentence: "采购500万欧元设备", text: "500万欧元", value: "5000000", currency: "EUR"),
        Case(sentence: "在港融资200万港元", text: "200万港元", value: "2000000", currency: "HKD"),
        Case(sentence: "日方出资3000万日元", text: "3000万日元", value: "30000000", currency: "JPY"),
        Case(sentence: "英方投入50万英镑", text: "50万英镑", value: "500000", currency: "GBP"),
        Case(sentence: "注册资本500万元人民币", text: "500万元人民币", value: "5000000"),
        Case(sentence: "注册资本800万人民币", text: "800万人民币", value: "8000000"),
    ]

    @Test(arguments: amounts)
    func amountIsRead(_ testCase: Case) throws {
        let findings = builtInScanner.scan(testCase.sentence)
        #expect(findings.amounts.count == 1)
        let amount = try #require(findings.amounts.first)
        #expect(amount.text == testCase.text)
        #expect(amount.value == exact(testCase.value))
        #expect(amount.valueMax == testCase.valueMax.map(exact))
        #expect(amount.currency == testCase.currency)
        #expect(amount.qualifier == testCase.qualifier)
        #expect(amount.isBareScale == testCase.isBareScale)
        #expect(scalars(of: testCase.sentence, in: amount.span) == amount.text)
        #expect(findings.counts.isEmpty)
    }

    static let nonAmounts = [
        "年产钢材5万吨",
        "新增用地3万平方米",
        "投资建设厂房12万平方米",
        "年发电量2亿千瓦时",
        "总投资x.xx亿元",
        "其中企业自筹xx万元",
        "补贴**万元",
        "项目总金额为亿元",
        "亿元以上项目",
        "万元以上",
        "扶持资金1200",
        "园区面积达3万",
        "共3万人参加",
        "资金惠及2万家企业",
        "资金覆盖3万户",
        "养殖生猪2万头",
        "二〇二四元",
    ]

    @Test(arguments: nonAmounts)
    func textHasNoAmount(_ sentence: String) {
        #expect(builtInScanner.scan(sentence).amounts.isEmpty)
    }

    @Test func bareScaleNeedsContextInTheSameClause() {
        #expect(builtInScanner.scan("申请资金，完成1200万").amounts.isEmpty)
        #expect(builtInScanner.scan("申请资金1200万").amounts.count == 1)
        #expect(builtInScanner.scan("完成1200万投资").amounts.count == 1)
    }

    @Test func manAndMeasureWordIsACount() throws {
        let findings = builtInScanner.scan("接待游客1.2万人次")
        #expect(findings.amounts.isEmpty)
        let count = try #require(findings.counts.first)
        #expect(count.value == 12000)
        #expect(count.unit == "人次")
    }
}
