internal import Foundation

extension ExtractionRules {
    /// The rules this build ships with (the JSON below is also printed by `docx-extract rules`).
    public static let builtIn: ExtractionRules = {
        do {
            return try RulesFile.decode(Data(builtInJSON.utf8)).applied(to: nil)
        } catch {
            preconditionFailure("the built-in rules do not decode: \(error)")
        }
    }()

    /// The built-in rules as a rules file.
    public static let builtInJSON = #"""
        {
          "version": 1,
          "mode": "replace",
          "measure_words": [
            "家次", "人次", "项次", "场次", "个", "家", "项", "次", "人", "名", "份", "场", "位", "件", "批", "所", "条",
            "台", "套", "篇", "本", "户", "座", "期", "届", "类", "种", "支", "株", "款", "间", "栋", "处", "组", "队", "门",
            "轮"
          ],
          "currencies": [
            {"code": "CNY", "prefixes": ["人民币", "RMB", "CNY", "¥", "￥"], "suffixes": ["元人民币", "元", "块钱"]},
            {"code": "USD", "prefixes": ["US$", "USD", "$", "＄"], "suffixes": ["美元", "美金"]},
            {"code": "EUR", "prefixes": ["EUR", "€"], "suffixes": ["欧元"]},
            {"code": "HKD", "prefixes": ["HK$", "HKD"], "suffixes": ["港元", "港币"]},
            {"code": "JPY", "prefixes": ["JPY"], "suffixes": ["日元"]},
            {"code": "GBP", "prefixes": ["GBP", "£"], "suffixes": ["英镑"]}
          ],
          "money_context_words": [
            "资金", "投资", "补贴", "补助", "奖励", "奖补", "经费", "扶持", "拨付", "融资", "贷款", "资助", "专项",
            "申请", "申报", "落实", "到位", "总额", "金额", "产值", "营收", "营业收入", "销售额", "收入", "利润", "税收",
            "税金", "纳税", "财政", "预算", "支出", "费用", "成本", "资本", "注册资本", "估值", "市值", "基金", "合同额",
            "签约额", "总投资", "固定资产", "出口额", "进口额", "交易额", "采购"
          ],
          "non_money_units": [
            "吨", "头", "只", "平方米", "平米", "平方公里", "平方千米", "亩", "公顷", "千瓦", "千瓦时", "度", "立方米",
            "公里", "千米", "米", "人", "人次", "户", "册", "件", "台", "套", "辆", "株", "个", "名", "家", "字", "次",
            "条", "篇", "份", "张", "箱", "桶", "升", "标箱", "kg", "t", "m²", "㎡"
          ],
          "qualifiers": {
            "approx_before": ["大约", "将近", "接近", "约合", "约", "近"],
            "approx_after": ["左右", "上下", "余", "多", "许"],
            "max_before": ["不超过", "不高于", "不多于", "最高不超过", "最多", "最高", "至多", "上限"],
            "max_after": ["以内", "以下", "封顶"],
            "min_before": ["不少于", "不低于", "至少", "超过", "高于", "逾", "超"],
            "min_after": ["以上"]
          },
          "placeholders": ["xx", "XX", "Xx", "xX", "××", "**", "＊＊", "某", "ＸＸ", "ｘｘ"],
          "enterprise_suffixes": [
            "股份有限公司", "有限责任公司", "有限公司", "集团公司", "总公司", "分公司", "公司", "集团", "股份",
            "科技", "技术", "石化", "化工", "物业", "电子", "电气", "电器", "生物", "医药", "制药", "材料", "新材料",
            "机械", "精工", "精密", "装备", "设备", "仪器", "五金", "工具", "光电", "光学", "能源", "新能源", "环保",
            "实业", "工业", "建设", "建材", "印刷", "包装", "纺织", "服饰", "食品", "汽车", "船舶", "软件", "信息",
            "网络", "通信", "智能", "自动化", "塑胶", "塑料", "钢铁", "不锈钢", "检测", "检验", "制造", "商贸", "贸易",
            "物流", "传媒", "文化", "控股", "园艺", "微电子", "半导体", "芯片", "重工", "轻工"
          ],
          "enterprise_category_words": ["企业", "公司", "单位"],
          "organization_markers": [
            {"suffix": "管委会", "kind": "park_management"},
            {"suffix": "管理委员会", "kind": "park_management"},
            {"suffix": "党工委", "kind": "park_management"},
            {"suffix": "证券交易所", "kind": "exchange"},
            {"suffix": "交易所", "kind": "exchange"},
            {"suffix": "证监会", "kind": "exchange"},
            {"suffix": "证监局", "kind": "exchange"},
            {"suffix": "大学", "kind": "university"},
            {"suffix": "学院", "kind": "university"},
            {"suffix": "研究院", "kind": "research_institute"},
            {"suffix": "研究所", "kind": "research_institute"},
            {"suffix": "研究中心", "kind": "research_institute"},
            {"suffix": "科学院", "kind": "research_institute"},
            {"suffix": "实验室", "kind": "research_institute"},
            {"suffix": "协会", "kind": "association"},
            {"suffix": "学会", "kind": "association"},
            {"suffix": "商会", "kind": "association"},
            {"suffix": "联合会", "kind": "association"},
            {"suffix": "促进会", "kind": "association"},
            {"suffix": "联盟", "kind": "association"},
            {"suffix": "科协", "kind": "association"},
            {"suffix": "工商联", "kind": "association"},
            {"suffix": "秘书处", "kind": "association"},
            {"suffix": "委员会", "kind": "government"},
            {"suffix": "人民政府", "kind": "government"},
            {"suffix": "政府", "kind": "government"},
            {"suffix": "科委", "kind": "government"},
            {"suffix": "经委", "kind": "government"},
            {"suffix": "发改委", "kind": "government"},
            {"suffix": "工信委", "kind": "government"},
            {"suffix": "商委", "kind": "government"},
            {"suffix": "局", "kind": "government"},
            {"suffix": "厅", "kind": "government"},
            {"suffix": "部", "kind": "government"},
            {"suffix": "办公室", "kind": "government"},
            {"suffix": "办", "kind": "government"},
            {"suffix": "署", "kind": "government"},
            {"suffix": "居委会", "kind": "other"},
            {"suffix": "居委", "kind": "other"},
            {"suffix": "业委会", "kind": "other"},
            {"suffix": "服务中心", "kind": "other"},
            {"suffix": "效劳中心", "kind": "other"},
            {"suffix": "医院", "kind": "other"},
            {"suffix": "银行", "kind": "other"},
            {"suffix": "中心", "kind": "other"}
          ],
          "name_boundary_words": [
            "分别为", "分别是", "包括", "其中", "推荐", "组织", "协助", "支持", "帮助", "指导", "推动", "引进", "引导",
            "新增", "新认定", "认定", "入选", "获评", "获批", "获得", "成为", "以及", "还有", "由", "为", "与",
            "及", "对", "向", "将", "把", "让", "使", "是", "在", "等", "共", "的", "赴", "参加", "举办", "联合",
            "依托", "促成", "按照", "依照", "对照", "参照", "申报", "引荐", "落户", "开展", "召开", "邀请", "会同", "配合",
            "协调", "委托", "牵头", "承办", "主办", "走访", "对接", "携手", "前往", "来到", "入驻", "签约", "签订", "成立",
            "设立", "已报", "报送", "陪同", "接待", "出席", "根据", "通过", "完成", "实现", "服务", "培育", "新建", "共建"
          ],
          "organization_exclusions": [
            "举办", "主办", "承办", "协办", "创办", "开办", "督办", "兴办", "代办", "干部", "全部", "内部", "外部", "局部",
            "布局", "格局", "全局", "大局", "结局", "局面", "局势", "办公", "办法", "办理", "办事", "办学", "部门", "部分",
            "部署", "部件", "部位", "东部", "西部", "南部", "北部", "中部", "总部", "底部", "顶部", "头部", "一局", "开局"
          ],
          "non_names": [
            "企业", "公司", "单位", "集团", "股份", "科技", "技术", "高新技术", "中小企业", "科技型中小企业", "本公司",
            "总公司", "分公司", "子公司", "母公司", "上市公司", "该公司", "各公司", "龙头企业", "园区企业", "重点企业"
          ]
        }
        """#
}
