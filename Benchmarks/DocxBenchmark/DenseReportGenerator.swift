/// Writes the WordprocessingML of a park report dense with findings: many distinct enterprises, each introduced by
/// its legal name (with a declared short form now and then) and mentioned again by its short form, in lists tied to
/// counts, and several amounts and counts in every paragraph.
///
/// The number of distinct enterprises grows with the document (about one new one every four paragraphs), so
/// extraction that grows faster than the text with the number of names shows as a higher cost per paragraph on a
/// large document than on a small one. Markup is plain (one style, runs split at some numbers); output is
/// deterministic for a given seed.
struct DenseReportGenerator {
    private var random: SplitMix64
    private var xml: [UInt8] = []
    /// How many enterprises have been introduced; enterprise `k` has the `k`-th brand.
    private var introduced = 0

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    /// A body of dense paragraphs, under a heading every twenty, until the part has at least `minimumBytes`.
    mutating func documentXML(minimumBytes: Int) -> ReportGenerator.Body {
        xml = []
        xml.reserveCapacity(minimumBytes + 4_096)
        introduced = 0
        emit(Self.documentStart)
        var paragraphs = 0
        repeat {
            if paragraphs % 20 == 0 {
                emitParagraph([pick(Self.sectionTitles)], heading: true)
            }
            emitParagraph(sentences(), heading: false)
            paragraphs += 1
        } while xml.count < minimumBytes
        emit(
            "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rId8\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" w:header=\"851\" "
                + "w:footer=\"1247\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>")
        return ReportGenerator.Body(xml: xml, reportCount: 1)
    }

    // MARK: Sentences

    /// The text pieces of one paragraph: one or two sentences; numbers are pieces of their own.
    private mutating func sentences() -> [String] {
        var pieces: [String] = []
        for _ in 0..<(1 + Int(random.next() % 2)) {
            switch random.next() % 16 {
            case 0: pieces += introduction()
            case 1, 2, 3: pieces += countedList()
            case 4, 5: pieces += openList()
            case 6, 7, 8, 9: pieces += brandSentence()
            case 10, 11, 12: pieces += legalNameSentence()
            default: pieces += figures()
            }
        }
        return pieces
    }

    /// A new enterprise: "东湖瑞禾精密机械有限公司（以下简称“瑞禾精密”）完成固定资产投资3260.5万元，新增就业岗位86个。".
    private mutating func introduction() -> [String] {
        let enterprise = newEnterprise()
        var pieces = [legalName(of: enterprise)]
        if random.next() % 2 == 0 { pieces[0] += "（以下简称“\(shortName(of: enterprise))”）" }
        pieces[0] += pick(Self.introductionVerbs)
        pieces += [amount(upTo: 9_000), "万元，新增就业岗位", integer(upTo: 300), "个。"]
        return pieces
    }

    /// A list after its count: "新增高新技术企业3家（瑞禾精密、澄明光电、恒川液压），兑现奖补资金120.5万元。".
    private mutating func countedList() -> [String] {
        let items = listedEnterprises(2 + Int(random.next() % 4))
        let names = items.map(shortName).joined(separator: "、")
        return [
            pick(Self.listOpenings), String(items.count), "家（" + names + "），" + pick(Self.fundWords),
            amount(upTo: 800), "万元。",
        ]
    }

    /// A list before 等 and its count: "推荐瑞禾精密、澄明光电等2家企业申报省级研发平台，争取扶持资金86.5万元。".
    private mutating func openList() -> [String] {
        let items = listedEnterprises(2 + Int(random.next() % 3))
        return [
            "推荐" + items.map(shortName).joined(separator: "、") + "等", String(items.count),
            "家企业" + pick(Self.applications) + "，争取扶持资金", amount(upTo: 500), "万元。",
        ]
    }

    /// A short form in running text: "瑞禾精密全年实现营业收入3.2亿元，同比增长12.5%，获授权发明专利12件。".
    private mutating func brandSentence() -> [String] {
        let enterprise = knownEnterprise()
        return [
            shortName(of: enterprise) + pick(Self.revenueVerbs), amount(upTo: 90), "亿元，同比增长",
            amount(upTo: 40), "%，获授权发明专利", integer(upTo: 60), "件。",
        ]
    }

    /// A legal name again: "东湖瑞禾精密机械有限公司获评省级专精特新企业，年度研发投入860.2万元。".
    private mutating func legalNameSentence() -> [String] {
        let enterprise = knownEnterprise()
        return [legalName(of: enterprise) + pick(Self.honours) + "，年度研发投入", amount(upTo: 3_000), "万元。"]
    }

    /// Figures without names: "开展政策宣讲12场次，服务企业340家次，组织申报项目8项，兑现资金560.5万元。".
    private mutating func figures() -> [String] {
        [
            "开展政策宣讲", integer(upTo: 40), "场次，服务企业", integer(upTo: 600), "家次，组织申报项目",
            integer(upTo: 90), "项，兑现资金", amount(upTo: 2_000), "万元。",
        ]
    }

    // MARK: Enterprises

    private mutating func newEnterprise() -> Int {
        introduced += 1
        return introduced - 1
    }

    /// Distinct enterprises for a list: a new one now and then, otherwise ones already introduced.
    private mutating func listedEnterprises(_ count: Int) -> [Int] {
        var items: [Int] = []
        while items.count < count {
            let item = introduced == 0 || random.next() % 20 == 0 ? newEnterprise() : knownEnterprise()
            if !items.contains(item) { items.append(item) }
        }
        return items
    }

    /// An enterprise already introduced: mostly a recent one, sometimes any.
    private mutating func knownEnterprise() -> Int {
        if introduced == 0 { return newEnterprise() }
        if random.next() % 3 == 0 { return Int(random.next() % UInt64(introduced)) }
        let window = min(introduced, 60)
        return introduced - 1 - Int(random.next() % UInt64(window))
    }

    /// The `k`-th brand: two characters of the brand alphabet (three once the pairs run out), spread by a
    /// multiplier coprime to the number of pairs so neighbours differ in both characters.
    private static func brand(of enterprise: Int) -> String {
        let letters = brandCharacters
        let pairs = letters.count * letters.count
        var code = enterprise % pairs * 7_919 % pairs
        var brand = String(letters[code / letters.count]) + String(letters[code % letters.count])
        if enterprise >= pairs {
            code = enterprise / pairs - 1
            brand += String(letters[code % letters.count])
        }
        return brand
    }

    /// The short form: the brand and the first two characters of its trade (瑞禾精密).
    private func shortName(of enterprise: Int) -> String {
        Self.brand(of: enterprise) + String(Self.trades[enterprise % Self.trades.count].prefix(2))
    }

    /// The legal name: place, brand, trade and legal form (东湖瑞禾精密机械有限公司).
    private func legalName(of enterprise: Int) -> String {
        Self.places[enterprise / 7 % Self.places.count] + Self.brand(of: enterprise)
            + Self.trades[enterprise % Self.trades.count] + Self.legalForms[enterprise / 3 % Self.legalForms.count]
    }

    // MARK: Markup

    private mutating func emitParagraph(_ pieces: [String], heading: Bool) {
        emit(
            heading
                ? "<w:p><w:pPr><w:pStyle w:val=\"2\"/></w:pPr>" : "<w:p><w:pPr><w:ind w:firstLine=\"640\"/></w:pPr>")
        var pending = ""
        for piece in pieces {
            // Some numbers get a Latin run of their own, as Word leaves them.
            if piece.first?.isNumber == true, random.next() % 4 == 0 {
                emitRun(pending, latin: false)
                emitRun(piece, latin: true)
                pending = ""
            } else {
                pending += piece
            }
        }
        emitRun(pending, latin: false)
        emit("</w:p>")
    }

    private mutating func emitRun(_ text: String, latin: Bool) {
        if text.isEmpty { return }
        emit(
            latin
                ? "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"32\"/></w:rPr><w:t>"
                : "<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/><w:sz w:val=\"32\"/></w:rPr><w:t>")
        emit(text)
        emit("</w:t></w:r>")
    }

    private mutating func emit(_ text: String) {
        xml.append(contentsOf: text.utf8)
    }

    // MARK: Pieces

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

    private mutating func integer(upTo limit: Int) -> String { String(1 + Int(random.next() % UInt64(limit))) }

    /// A number with one decimal, such as "860.2".
    private mutating func amount(upTo limit: Int) -> String {
        let tenths = 10 + Int(random.next() % UInt64(limit * 10))
        return "\(tenths / 10).\(tenths % 10)"
    }

    // MARK: Vocabulary

    /// Characters brands are made of: none is a trade, legal-form, organization or place word on its own.
    private static let brandCharacters = Array(
        "瑞禾澄明恒川鸿图思源华宇嘉信德润凯隆昌兴安康永丰泰盛宏博远达金辉晟然锦程启航星耀蓝海腾越卓尔众诚汇通天翼"
            + "亿邦佳和美琪雅韵同舟励耘鼎峰睿智飞扬旭日朗月青松翠柏春晖秋实銮舆骏驰灵犀聚贤谦益敏行笃志弘毅致祥"
    )

    private static let trades = [
        "精密机械", "光电科技", "液压设备", "生物医药", "新材料", "智能装备", "数据服务", "储能科技", "环保工程",
        "医疗器械", "工业软件", "半导体", "航空部件", "纺织印染", "食品加工", "包装材料",
    ]

    private static let legalForms = ["有限公司", "股份有限公司", "科技有限公司", "集团有限公司", "有限责任公司"]

    private static let places = ["东湖", "滨江", "临港", "西溪", "南山", "北辰", "松陵", "望亭", "云栖", "梅溪", "长泰", "石湖"]

    private static let introductionVerbs = ["完成固定资产投资", "落户园区，计划总投资", "新建智能化生产线，投入", "实施技改项目，完成投资"]

    private static let listOpenings = ["新增高新技术企业", "新认定科技型中小企业", "入选市级瞪羚企业", "新增规上工业企业"]

    private static let fundWords = ["兑现奖补资金", "落实扶持资金", "发放贴息资金"]

    private static let applications = ["申报省级研发平台", "申报市级重点研发项目", "参加科技成果对接活动"]

    private static let revenueVerbs = ["全年实现营业收入", "上半年完成产值", "全年实现销售收入"]

    private static let honours = ["获评省级专精特新企业", "通过高新技术企业复审", "建成市级企业技术中心", "入选省级智能工厂"]

    private static let sectionTitles = ["重点企业发展情况", "企业梯度培育", "项目建设推进", "惠企政策兑现", "创新平台建设"]

    private static let documentStart =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + "<w:document xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
}
