/// The named word lists of a rules file.
///
/// Each is a key of the file (and of `Schemas/rules.schema.json`), extended or replaced as a whole by a user's
/// file. Words are written in simplified characters; the extractors match
/// them against text folded from traditional characters too.
public enum WordList: String, Sendable, Codable, CaseIterable {
    // Numbers.
    /// Measure words that make a number a count (家, 个, 项, 人次 …); longer ones win over their prefixes.
    case measureWords = "measure_words"
    /// Words near a bare 万/亿 that make it money (资金, 投资, 申请 …).
    case moneyContextWords = "money_context_words"
    /// Units after 万/亿 that mean the number is not money (吨, 平方米 …); written without the 万/亿.
    case nonMoneyUnits = "non_money_units"
    /// Tokens that mask a number or a name in anonymized text (xx, XX, ×, *, 某).
    case placeholders

    // Counts that are not counts.
    /// Set phrases that begin with a numeral and a measure word (一家人, 三个代表, 一次性).
    case countIdioms = "count_idioms"
    /// Measure words followed by a time unit, which make a duration (个月, 个小时).
    case countDurations = "count_durations"
    /// Nouns that begin with a measure word, so the number before them has none (项目, 家庭, 部分).
    case measureWordLookalikes = "measure_word_lookalikes"
    /// Measure words that after a Chinese numeral name a phase or class (一期, 二类), not a number of things.
    case phaseMeasureWords = "phase_measure_words"
    /// Verbs before a phase measure word that make it a count again (举办三期培训班).
    case phaseCountVerbs = "phase_count_verbs"
    /// Measure words of session numbers (十七届四中全会, 十一届一次会议): with a Chinese numeral, followed by another
    /// numeral or a session word, they are ordinals.
    case sessionMeasureWords = "session_measure_words"
    /// Words after a session number (全会, 会议, 全委会).
    case sessionWords = "session_words"
    /// Words right after a numeral and measure word that make a slogan, not a count (两个率先, 三篇大文章, 二次创业).
    case sloganWords = "slogan_words"
    /// Words right before 一 + measure word that make it an indefinite or ordinal (新一轮, 另一个, 每一家).
    case indefiniteBefore = "indefinite_before"
    /// Words right after 一 + measure word that make it an indefinite (一个大项目, 一个小环节).
    case indefiniteAfter = "indefinite_after"
    /// Nouns after a Chinese numeral count that make a fixed term (科技三项经费).
    case termNouns = "term_nouns"
    /// Verbs before a number + 名/位 that make it a change of rank (提升6名, 前移3位).
    case rankVerbs = "rank_verbs"
    /// Measure words that give a rank after a rank verb (名, 位).
    case rankMeasureWords = "rank_measure_words"

    // Enterprises.
    /// Legal forms that end a company's name (有限公司, 股份有限公司, 集团).
    case legalForms = "legal_forms"
    /// Characters after a legal-form word that make it part of a longer word (股份制, 集团化, 公司法, 厂房).
    case legalFormContinuations = "legal_form_continuations"
    /// Trade and industry words that end a company's name after its brand (铝业, 制药, 电子, 科技, 新材料 …).
    case enterpriseSuffixes = "enterprise_suffixes"
    /// Trade words that end a name only with other evidence (a list of names, a context verb, a legal form):
    /// they end ordinary phrases too (食品, 纺织, 能源).
    case weakEnterpriseSuffixes = "weak_enterprise_suffixes"
    /// Characters after a trade word that make it part of a longer word (化工业, 电子化, 食品类, 科技产业).
    case tradeWordContinuations = "trade_word_continuations"
    /// Words that head a category of enterprises counted in a sentence (企业, 公司, 单位 …).
    case enterpriseCategoryWords = "enterprise_category_words"
    /// Verbs between a category and its count, left out of the category (区级专利示范企业新增4家 → 区级专利示范企业).
    case categoryTrailingVerbs = "category_trailing_verbs"
    /// Verbs after a list that introduce its category (…等5家企业通过认定 → 认定).
    case categoryVerbs = "category_verbs"
    /// Endings dropped from a category named after a list (高新技术企业认定 → 高新技术企业).
    case categoryEndings = "category_endings"
    /// Category phrases that are never one company's name (上市公司, 规上企业, 龙头企业, 高新技术企业 …).
    case categoryHeads = "category_heads"
    /// Words that end a name's left context: the name starts after the last of them (分别为, 推荐, 其中 …).
    case nameBoundaryWords = "name_boundary_words"
    /// Words that end the left context of an enterprise's name but may begin an organization's: places and times
    /// (我县, 园区, 开发区, 今年, 目前).
    case enterpriseBoundaryWords = "enterprise_boundary_words"
    /// Prepositions and particles that open a clause before a name and are not part of it (经, 由, 与, 以, 的).
    case clausePrepositions = "clause_prepositions"
    /// Words before a bare name that show it is a company (引进, 签约, 落户, 走访, 与 … 合作).
    case enterpriseContextBefore = "enterprise_context_before"
    /// Words after a bare name that show it is a company (投产, 落户, 等企业, 项目, 厂房).
    case enterpriseContextAfter = "enterprise_context_after"
    /// Words after a list that make its items enterprises (为代表, 为龙头, 等龙头企业).
    case listContextAfter = "list_context_after"
    /// Conjunctions that join the last item of a list (与, 和, 及).
    case listConjunctions = "list_conjunctions"
    /// Measure words that, after a numeral, end a name in a list (两个总部项目, 两家企业).
    case listCountMeasureWords = "list_count_measure_words"
    /// Words before a bare brand that, with a word of ``enterpriseFrameAfter`` after it, frame a company
    /// (与…签约, 由…总投资, 依托…发展订单).
    case enterpriseFrameBefore = "enterprise_frame_before"
    /// Words after a bare brand that close a frame opened by ``enterpriseFrameBefore`` (签约, 合作, 入驻, 一期).
    case enterpriseFrameAfter = "enterprise_frame_after"
    /// Adverbs that may stand between a name and its act (振祥纺织已经投产).
    case actAdverbs = "act_adverbs"
    /// Particles that never begin or end a brand (的, 了, 和, 在).
    case brandEdgeParticles = "brand_edge_particles"
    /// Words that begin what follows a company's name at the head of a project (项目, 产业园, 基地, 二期, 技改).
    case projectWords = "project_words"
    /// Activities that follow a name at the head of a project (生产, 研发, 加工): where a list item's name ends.
    case activityWords = "activity_words"
    /// Words after a list that make its items places (等地, 等省市, 等国家).
    case placeListMarkers = "place_list_markers"
    /// The endings of place names (省, 市, 县, 区, 镇), which masked places keep (XX市) and places in lists end with.
    case placeEndings = "place_endings"
    /// Words in brackets after a name that declare its short form (（以下简称瑞禾集团）).
    case aliasMarkers = "alias_markers"
    /// Words that are never enterprise names on their own (企业, 公司, 单位 …).
    case nonNames = "non_names"
    /// Words that, alone before a legal form, make a generic designation rather than a name (电力公司, 供电公司,
    /// 跨国公司, 子公司).
    case genericCompanyWords = "generic_company_words"

    // Organizations.
    /// Words that contain an organization marker without naming an organization (举办, 干部, 局部, 办法 …).
    case organizationExclusions = "organization_exclusions"
}
