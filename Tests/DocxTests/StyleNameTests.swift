@testable import Docx
import Testing

/// Heading levels from style names: the byte path for ASCII names gives what reading characters gives.
@Suite("Style names")
struct StyleNameTests {
    @Test(arguments: [
        "heading 1", "Heading1", "HEADING 9", " h e a d i n g 2 ", "heading 0", "heading 10", "heading", "heading a",
        "headings 1", "Heading 1 Char", "", "1", "标题 1", "标题1", "标题 10", "Ｈeading 1", "heading １",
    ])
    func asciiStyleNamesReadAsCharactersDo(name: String) {
        let lowered = String(name.lowercased().filter { $0 != " " })
        var expected: Int?
        for prefix in ["heading", "标题"] where lowered.hasPrefix(prefix) {
            let rest = lowered.dropFirst(prefix.count)
            if rest.count == 1, let digit = Int(rest), (1...9).contains(digit) { expected = digit }
        }
        #expect(StyleSheet.headingLevel(fromName: name) == expected)
    }
}
