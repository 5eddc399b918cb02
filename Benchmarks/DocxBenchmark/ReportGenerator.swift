/// Writes the WordprocessingML of Chinese annual work reports (工作总结), the kind of document the reader is for.
///
/// The markup is shaped like Word's: `w:rsid*` attributes on paragraphs and runs, full `w:rPr` on every run
/// (East Asian and Latin fonts, sizes), numbers split into runs of their own, bookmarks around headings,
/// proofing marks, auto-numbered headings and items (`numbering.xml`), heading styles (`styles.xml`) and
/// tables with merged cells. Output is deterministic for a given seed.
struct ReportGenerator {
    /// The finished `word/document.xml` and what the other parts need to know about it.
    struct Body {
        /// The bytes of `word/document.xml`.
        var xml: [UInt8]
        /// How many reports it holds; each restarts its numbering with its own `w:num`.
        var reportCount: Int
    }

    private var random: SplitMix64
    private var xml: [UInt8] = []
    private var bookmarkID = 0
    private let rsids: [String]

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
        var generator = SplitMix64(seed: seed ^ 0x5253_4944)
        rsids = (0..<160).map { _ in Self.hex8(generator.next()) }
    }

    /// A body of whole reports, each of at least `reportBytes` of XML, until the part has at least `minimumBytes`.
    mutating func documentXML(reportBytes: Int, minimumBytes: Int) -> Body {
        xml = []
        xml.reserveCapacity(minimumBytes + reportBytes * 2)
        emit(Self.documentStart)
        var reportCount = 0
        repeat {
            reportCount += 1
            emitReport(numberingID: reportCount, minimumBytes: reportBytes)
        } while xml.count < minimumBytes
        emit(
            "<w:sectPr w:rsidR=\"\(rsid())\" w:rsidSect=\"\(rsid())\"><w:footerReference w:type=\"default\" r:id=\"rId8\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" "
                + "w:left=\"1588\" w:header=\"851\" w:footer=\"1247\" w:gutter=\"0\"/><w:cols w:space=\"425\"/>"
                + "<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"579\" w:charSpace=\"-849\"/></w:sectPr></w:body></w:document>"
        )
        return Body(xml: xml, reportCount: reportCount)
    }

    // MARK: Reports

    private mutating func emitReport(numberingID: Int, minimumBytes: Int) {
        let start = xml.count
        let organization = pick(Self.places) + pick(Self.organizationKinds)
        let year = 2019 + Int(random.next() % 7)
        // The title: heading 1, not numbered, on a new page.
        emit("<w:p \(paragraphRsids())><w:pPr><w:pStyle w:val=\"1\"/><w:pageBreakBefore/><w:spacing w:after=\"240\"/>")
        emit("<w:jc w:val=\"center\"/><w:rPr><w:rFonts w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/></w:rPr></w:pPr>")
        emitRun(organization, font: .title)
        emitRun(String(year), font: .titleLatin)
        emitRun("年度工作总结", font: .title)
        emit("</w:p>")
        emitParagraph(sentences: 3, year: year, organization: organization)
        // Blocks are added until the report has its size, so reports end within one block of it.
        let end = start + minimumBytes
        while xml.count < end {
            emitHeading(pick(Self.sectionTitles), style: "2", level: 0, numberingID: numberingID, font: .heading)
            for _ in 0..<(2 + Int(random.next() % 2)) where xml.count < end {
                emitHeading(
                    pick(Self.subsectionTitles), style: "3", level: 1, numberingID: numberingID, font: .subheading)
                for index in 0..<(2 + Int(random.next() % 4)) where index == 0 || xml.count < end {
                    emitParagraph(sentences: 2 + Int(random.next() % 3), year: year, organization: organization)
                }
                if xml.count < end, random.next() % 10 < 3 {
                    for _ in 0..<(3 + Int(random.next() % 3)) {
                        emitListItem(numberingID: numberingID, year: year, organization: organization)
                    }
                }
                if xml.count < end, random.next() % 10 < 2 { emitTable(year: year) }
            }
        }
    }

    private mutating func emitHeading(_ title: String, style: String, level: Int, numberingID: Int, font: Font) {
        bookmarkID += 1
        emit("<w:p \(paragraphRsids())><w:pPr><w:pStyle w:val=\"\(style)\"/><w:numPr><w:ilvl w:val=\"\(level)\"/>")
        emit("<w:numId w:val=\"\(numberingID)\"/></w:numPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/>")
        emit("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:rPr>\(font.properties)</w:rPr></w:pPr>")
        emit(
            "<w:bookmarkStart w:id=\"\(bookmarkID)\" w:name=\"_Toc\(100_000_000 + Int(random.next() % 900_000_000))\"/>"
        )
        emitRun(title, font: font)
        emit("<w:bookmarkEnd w:id=\"\(bookmarkID)\"/></w:p>")
    }

    private mutating func emitParagraph(sentences: Int, year: Int, organization: String) {
        emit("<w:p \(paragraphRsids())><w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/>")
        emit("<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/><w:rPr>\(Font.body.properties)</w:rPr></w:pPr>")
        var pending = ""
        for index in 0..<sentences {
            if index == 0 || random.next() % 3 == 0 { pending += pick(Self.openings) }
            emitSentence(year: year, organization: organization, pending: &pending)
        }
        emitRun(pending, font: .body)
        emit("</w:p>")
    }

    private mutating func emitListItem(numberingID: Int, year: Int, organization: String) {
        emit("<w:p \(paragraphRsids())><w:pPr><w:pStyle w:val=\"a5\"/><w:numPr><w:ilvl w:val=\"2\"/>")
        emit("<w:numId w:val=\"\(numberingID)\"/></w:numPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/>")
        emit("<w:ind w:firstLineChars=\"0\" w:firstLine=\"640\"/><w:rPr>\(Font.body.properties)</w:rPr></w:pPr>")
        var pending = ""
        emitSentence(year: year, organization: organization, pending: &pending)
        emitRun(pending, font: .body)
        emit("</w:p>")
    }

    /// One sentence from a template, appended to `pending`, the text of the run being built.
    ///
    /// As in Word's files, a run ends where editing sessions or formatting change: now and then in the middle
    /// of the text (with a proofing mark sometimes), and for some numbers, which then get a Latin run of their own.
    private mutating func emitSentence(year: Int, organization: String, pending: inout String) {
        for segment in pick(Self.templates) {
            switch segment {
            case .text(let text):
                let characters = Array(text)
                if characters.count > 6, random.next() % 5 == 0 {
                    let cut = 2 + Int(random.next() % UInt64(characters.count - 3))
                    emitRun(pending + String(characters[..<cut]), font: .body)
                    if random.next() % 8 == 0 { emit("<w:proofErr w:type=\"gramStart\"/>") }
                    pending = String(characters[cut...])
                } else {
                    pending += text
                }
            case .integer: emitNumber(String(1 + Int(random.next() % 480)), pending: &pending)
            case .amount: emitNumber(decimal(upTo: 20_000), pending: &pending)
            case .percent: emitNumber(decimal(upTo: 60), pending: &pending)
            case .year: emitNumber(String(year), pending: &pending)
            case .organization: pending += organization
            case .enterprise: pending += pick(Self.places) + pick(Self.businesses) + pick(Self.companyForms)
            }
        }
    }

    private mutating func emitNumber(_ number: String, pending: inout String) {
        guard random.next() % 5 == 0 else {
            pending += number
            return
        }
        emitRun(pending, font: .body)
        emitRun(number, font: .latin)
        pending = ""
    }

    private mutating func emitTable(year: Int) {
        emit(
            "<w:p \(paragraphRsids())><w:pPr><w:jc w:val=\"center\"/><w:rPr>\(Font.subheading.properties)</w:rPr></w:pPr>"
        )
        emitRun("表", font: .subheading)
        emitRun(String(1 + Int(random.next() % 9)), font: .latin)
        emitRun("  主要科技指标完成情况", font: .subheading)
        emit("</w:p>")
        let widths = [1500, 2400, 1200, 1500, 1500, 1400]
        emit("<w:tbl><w:tblPr><w:tblStyle w:val=\"a3\"/><w:tblW w:w=\"9500\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>")
        emit("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" ")
        emit("w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
        for width in widths { emit("<w:gridCol w:w=\"\(width)\"/>") }
        emit("</w:tblGrid>")
        let header = ["类别", "指标", "单位", "\(year - 1)年", "\(year)年", "同比增长（%）"]
        emitRow(header.enumerated().map { (text: $1, merge: nil, font: Font.tableHeader, width: widths[$0]) })
        let rows = 4 + Int(random.next() % 4)
        for row in 0..<rows {
            let indicator = pick(Self.indicators)
            let merge = row % 3 == 0 ? "restart" : "continue"
            let category = merge == "restart" ? pick(Self.categories) : ""
            let cells: [(text: String, merge: String?, font: Font, width: Int)] = [
                (category, merge, .table, widths[0]), (indicator.name, nil, .table, widths[1]),
                (indicator.unit, nil, .table, widths[2]), (decimal(upTo: 5_000), nil, .tableLatin, widths[3]),
                (decimal(upTo: 5_000), nil, .tableLatin, widths[4]), (decimal(upTo: 80), nil, .tableLatin, widths[5]),
            ]
            emitRow(cells)
        }
        emit("</w:tbl>")
    }

    private mutating func emitRow(_ cells: [(text: String, merge: String?, font: Font, width: Int)]) {
        emit(
            "<w:tr w:rsidR=\"\(rsid())\" w:rsidTr=\"\(rsid())\"><w:trPr><w:trHeight w:val=\"454\"/><w:jc w:val=\"center\"/></w:trPr>"
        )
        for cell in cells {
            emit("<w:tc><w:tcPr><w:tcW w:w=\"\(cell.width)\" w:type=\"dxa\"/>")
            if let merge = cell.merge { emit(merge == "restart" ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>") }
            emit("<w:vAlign w:val=\"center\"/></w:tcPr><w:p \(paragraphRsids())><w:pPr><w:jc w:val=\"center\"/>")
            emit("<w:rPr>\(cell.font.properties)</w:rPr></w:pPr>")
            if !cell.text.isEmpty { emitRun(cell.text, font: cell.font) }
            emit("</w:p></w:tc>")
        }
        emit("</w:tr>")
    }

    // MARK: Runs

    private enum Font {
        case title, titleLatin, heading, subheading, body, latin, table, tableLatin, tableHeader

        var properties: String {
            switch self {
            case .title:
                "<w:rFonts w:ascii=\"方正小标宋简体\" w:eastAsia=\"方正小标宋简体\" w:hint=\"eastAsia\"/><w:b/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>"
            case .titleLatin:
                "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"方正小标宋简体\" w:hAnsi=\"Times New Roman\"/><w:b/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>"
            case .heading:
                "<w:rFonts w:ascii=\"黑体\" w:eastAsia=\"黑体\" w:hAnsi=\"黑体\" w:hint=\"eastAsia\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
            case .subheading:
                "<w:rFonts w:ascii=\"楷体_GB2312\" w:eastAsia=\"楷体_GB2312\" w:hint=\"eastAsia\"/><w:b/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
            case .body:
                "<w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"宋体\" w:hint=\"eastAsia\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
            case .latin:
                "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>"
            case .table:
                "<w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hint=\"eastAsia\"/><w:sz w:val=\"24\"/>"
            case .tableLatin:
                "<w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"Times New Roman\"/><w:sz w:val=\"24\"/>"
            case .tableHeader:
                "<w:rFonts w:ascii=\"黑体\" w:eastAsia=\"黑体\" w:hint=\"eastAsia\"/><w:sz w:val=\"24\"/>"
            }
        }
    }

    private mutating func emitRun(_ text: String, font: Font) {
        if text.isEmpty { return }
        switch random.next() % 6 {
        case 0, 1: emit("<w:r w:rsidRPr=\"\(rsid())\">")
        case 2: emit("<w:r w:rsidR=\"\(rsid())\" w:rsidRPr=\"\(rsid())\">")
        default: emit("<w:r>")
        }
        // Word leaves a few extra properties on some runs (kerning, colour), copied along with pasted text.
        switch random.next() % 12 {
        case 0: emit("<w:rPr>\(font.properties.replacing("<w:sz ", with: "<w:kern w:val=\"0\"/><w:sz "))</w:rPr>")
        case 1:
            let color = "<w:color w:val=\"000000\" w:themeColor=\"text1\"/><w:sz "
            emit("<w:rPr>\(font.properties.replacing("<w:sz ", with: color))</w:rPr>")
        default: emit("<w:rPr>\(font.properties)</w:rPr>")
        }
        if random.next() % 97 == 0 { emit("<w:lastRenderedPageBreak/>") }
        let preserve = text.first == " " || text.last == " "
        emit(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>")
        emit(Self.escaped(text))
        emit("</w:t></w:r>")
    }

    // MARK: Pieces

    private mutating func emit(_ text: String) {
        xml.append(contentsOf: text.utf8)
    }

    private mutating func rsid() -> String { rsids[Int(random.next() % UInt64(rsids.count))] }

    private mutating func paragraphRsids() -> String {
        let paragraph = rsid()
        return "w:rsidR=\"\(paragraph)\" w:rsidRDefault=\"\(paragraph)\" w:rsidP=\"\(rsid())\""
    }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }

    /// A number with one decimal, such as "1601.9".
    private mutating func decimal(upTo limit: Int) -> String {
        let tenths = Int(random.next() % UInt64(limit * 10))
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func hex8(_ value: UInt64) -> String {
        let digits = String(value & 0xFFFF_FFFF, radix: 16, uppercase: true)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    private static func escaped(_ text: String) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }

    // MARK: Vocabulary

    private enum Segment {
        case text(String), integer, amount, percent, year, organization, enterprise
    }

    /// Parses `{I}` (count), `{M}` (amount), `{P}` (percent), `{Y}` (year), `{O}` (organization), `{E}` (enterprise).
    private static func template(_ source: String) -> [Segment] {
        var segments: [Segment] = []
        var text = ""
        var characters = source.makeIterator()
        while let character = characters.next() {
            guard character == "{", let slot = characters.next(), characters.next() == "}" else {
                text.append(character)
                continue
            }
            if !text.isEmpty { segments.append(.text(text)) }
            text = ""
            switch slot {
            case "I": segments.append(.integer)
            case "M": segments.append(.amount)
            case "P": segments.append(.percent)
            case "Y": segments.append(.year)
            case "O": segments.append(.organization)
            default: segments.append(.enterprise)
            }
        }
        if !text.isEmpty { segments.append(.text(text)) }
        return segments
    }

    private static let templates: [[Segment]] = [
        "全年新增高新技术企业{I}家，落实资金{M}万元，同比增长{P}%。",
        "组织申报各类科技计划项目{I}项，获批立项{I}项，争取上级扶持资金{M}万元。",
        "{Y}年技术合同登记成交额达到{M}亿元，较上年增加{M}亿元，增幅{P}%。",
        "新认定科技型中小企业{I}家，累计入库{I}家，入库率达到{P}%。",
        "开展科技政策宣讲和培训{I}场次，服务企业{I}家次，覆盖从业人员{I}人次。",
        "规模以上工业企业研发经费投入{M}亿元，占营业收入比重{P}%，较上年提高{P}个百分点。",
        "全年发明专利授权{I}件，每万人口高价值发明专利拥有量达到{M}件。",
        "{E}牵头实施市级重点研发项目{I}项，带动社会投资{M}万元。",
        "{O}新建市级以上研发机构{I}家，其中企业技术中心{I}家、工程技术研究中心{I}家。",
        "兑现科技创新奖补资金{M}万元，惠及企业{I}家，平均每家{M}万元。",
        "举办“科技成果直通车”对接活动{I}场，促成校企合作项目{I}项，合同金额{M}万元。",
        "{E}获评国家级专精特新“小巨人”企业，年度研发投入{M}万元，R&D人员{I}名。",
        "孵化载体在孵企业{I}家，当年毕业企业{I}家，新增就业岗位{I}个。",
        "科技金融“贷款贴息”支持企业{I}家，撬动银行贷款{M}亿元，贴息{M}万元。",
        "引进高层次创新创业人才{I}名、团队{I}个，发放人才安居补贴{M}万元。",
        "{O}全年完成固定资产投资{M}亿元，其中工业投资{M}亿元，增长{P}%。",
        "推荐{E}等{I}家企业申报省级企业研究开发费用补助，预计补助{M}万元。",
        "截至{Y}年末，园区有效期内高新技术企业总数达到{I}家，占规上企业比重{P}%。",
        "完成{I}个市级科技计划项目的结题验收，收回结余资金{M}万元，验收通过率{P}%。",
        "{E}研制的新产品实现销售收入{M}万元，获授权发明专利{I}件、实用新型专利{I}件。",
        "全年接待来访企业和客商{I}批次，签约落地科技型项目{I}个，计划总投资{M}亿元。",
        "建成中试基地和概念验证中心{I}家，服务科研团队{I}个，转化科技成果{I}项。",
        "对{I}家企业开展研发费用加计扣除政策辅导，帮助企业享受减免税额{M}万元。",
        "联合高校院所共建新型研发机构{I}家，引进博士及以上人才{I}名，年度运行经费{M}万元。",
        "科技服务业营业收入达到{M}亿元，同比增长{P}%，增速高于全区平均水平{P}个百分点。",
        "下一步将重点推动{E}等龙头企业加大研发投入，力争年内新增省级研发平台{I}家。",
        "受外部环境影响，部分企业研发投入增速放缓，全年研发投入强度为{P}%，较目标低{P}个百分点。",
    ].map(template)

    private static let openings = [
        "围绕创新驱动发展战略，", "按照年初确定的目标任务，", "在各方共同努力下，", "从全年情况看，", "与此同时，",
        "截至年底，", "对照考核指标，", "在园区管委会的统一部署下，", "据统计，", "总体来看，", "具体而言，",
        "在市科技局的指导和支持下，", "克服人员少、条线多的困难，", "结合园区产业特点，", "从分领域情况看，",
        "按照“一企一策”的工作思路，", "围绕“十四五”规划收官目标，", "根据年度考核办法，",
    ]

    private static let places = [
        "青岚湾", "东湖", "滨江", "临港", "西溪", "南山", "北辰", "金沙江", "松陵", "望亭", "白鹭洲", "凤凰山", "清水河",
        "云栖", "梅溪", "长泰", "紫金", "龙泉", "柳州湾", "石湖",
    ]

    private static let organizationKinds = ["科学园", "高新区", "经济开发区", "科技城", "产业新城", "创新港", "智造园"]

    private static let businesses = [
        "微电子", "智能装备", "生物医药", "新材料", "精密机械", "数据服务", "激光技术", "新能源汽车零部件", "环保科技",
        "信息技术", "医疗器械", "半导体", "工业软件", "光电子", "储能科技", "航空部件",
    ]

    private static let companyForms = ["股份有限公司", "科技有限公司", "集团有限公司", "研究院有限公司", "有限责任公司"]

    private static let sectionTitles = [
        "主要指标完成情况", "重点工作推进情况", "科技创新平台建设", "科技企业梯度培育", "存在的问题和不足",
        "下一步工作打算", "科技成果转移转化", "知识产权创造保护运用",
    ]

    private static let subsectionTitles = [
        "高新技术企业培育", "科技项目管理", "研发投入与产出", "创新载体建设", "科技金融服务", "人才引进与培养",
        "政策落实与兑现", "产学研合作",
    ]

    private static let categories = ["企业培育", "项目管理", "创新平台", "成果转化", "人才工作"]

    private static let indicators: [(name: String, unit: String)] = [
        ("高新技术企业数", "家"), ("科技型中小企业入库数", "家"), ("技术合同成交额", "亿元"), ("研发经费投入", "亿元"),
        ("发明专利授权量", "件"), ("市级以上研发机构", "家"), ("争取上级资金", "万元"), ("孵化器在孵企业", "家"),
    ]

    private static let documentStart =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + "<w:document xmlns:wpc=\"http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas\" "
        + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
        + "xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\" xmlns:v=\"urn:schemas-microsoft-com:vml\" "
        + "xmlns:wp14=\"http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing\" "
        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
        + "xmlns:w10=\"urn:schemas-microsoft-com:office:word\" "
        + "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
        + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" "
        + "xmlns:wpg=\"http://schemas.microsoft.com/office/word/2010/wordprocessingGroup\" "
        + "xmlns:wpi=\"http://schemas.microsoft.com/office/word/2010/wordprocessingInk\" "
        + "xmlns:wne=\"http://schemas.microsoft.com/office/word/2006/wordml\" "
        + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
        + "mc:Ignorable=\"w14 wp14\"><w:body>"
}
