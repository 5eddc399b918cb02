@testable import Docx
import Testing

/// Typed outline labels: the scalar path for plain text ranks as the character path does for everything else.
@Suite("Outline labels")
struct OutlineLabelTests {
    @Test(arguments: [
        ("一、总体情况", 1), ("十二．重点工作", 1), ("三，其他", 1), ("（一）科技创新", 2), ("(二)产业", 2),
        ("1、研发投入", 3), ("１２．全年", 3), ("3.项目", 3), ("（1）项目", 4), ("(12)事项", 4), ("①项目", 5),
        ("⑳项目", 5),
    ])
    func plainLabelsAreRanked(text: String, rank: Int) {
        #expect(OutlineLabel.rank(ofLeading: text) == rank)
    }

    @Test(arguments: ["1.5亿元", "2022年", "一是", "（一", "(1", "一", "正文", "", "（甲）", "x"])
    func textThatOnlyLooksLikeALabelIsNot(text: String) {
        #expect(OutlineLabel.rank(ofLeading: text) == nil)
    }

    /// Characters of several scalars match no label character, and a compatibility ideograph counts as the
    /// ideograph it is canonically equal to, as character comparison says.
    @Test(
        arguments: [
            ("一\u{301}、", nil), ("一、\u{301}后文", nil), ("1\u{301}、", nil), ("（\u{F9D1}）标题", 2), ("（一\u{20DD}）", nil),
        ] as [(String, Int?)])
    func charactersOfSeveralScalarsFollowTheCharacterRules(text: String, rank: Int?) {
        #expect(OutlineLabel.rank(ofLeading: text) == rank)
    }
}
