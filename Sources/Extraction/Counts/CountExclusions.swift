/// Number-and-measure-word shapes that are not counts: idioms, durations and the phases of a project.
enum CountExclusions {
    /// Idioms and set phrases that start with a numeral and a measure word (一家人, 三个代表).
    static let idioms = [
        "一家人", "三个代表", "一次性", "一条龙", "一批", "一揽子", "两位数", "一门心思", "一本正经", "一份力", "一条心",
        "四个意识", "四个自信", "两个维护", "两个确立", "四个全面", "五位一体", "两个一百年",
    ]

    /// Words that start with a measure word but are nouns (1200万项目资金 has no measure word 项).
    static let measureWordLookalikes = ["项目", "家庭", "人员", "期间"]

    /// Measure words followed by a time unit, which make a duration (3个月, 2个小时).
    static let durations = ["个月", "个多月", "个半月", "个小时", "个钟头", "个星期", "个礼拜", "个工作日"]

    /// Measure words that, after a Chinese numeral and before a noun, name a phase or a class rather than a
    /// number of things (一期工程, 二期项目, 二类医疗器械).
    static let phaseWords: Set<String> = ["期", "类"]
}
