/// Finds every occurrence of the names gathered from a document, in one scan per paragraph.
struct MentionSearch: Sendable {
    /// Every occurrence of every known name (one list per name, in `names` order), longest match first,
    /// by one scan per paragraph; names are matched across line feeds (PDF debris), offsets mapped back.
    func mentions(of names: [[Unicode.Scalar]], in paragraphs: [ParagraphText]) -> [[Mention]] {
        let trie = WordTrie(scalarWords: names.enumerated().map { ($0.element, $0.offset) })
        var result = [[Mention]](repeating: [], count: names.count)
        for paragraph in paragraphs {
            let text = paragraph.scalars
            let hasLineFeed = text.contains("\n")
            let stripped = ScalarText(scalars: hasLineFeed ? text.filter { $0 != "\n" } : text)
            let offsets = hasLineFeed ? text.indices.filter { text[$0] != "\n" } : []
            var index = 0
            while index < stripped.count {
                guard let match = trie.longestMatch(in: stripped, at: index) else {
                    index += 1
                    continue
                }
                let span =
                    hasLineFeed
                    ? TextSpan(start: offsets[index], end: offsets[index + match.length - 1] + 1)
                    : TextSpan(start: index, end: index + match.length)
                result[match.value].append(Mention(paragraph, span: span, text: paragraph.text(span)))
                index += match.length
            }
        }
        return result
    }
}
