/// Finds every occurrence of the names gathered from a document, one paragraph at a time.
struct MentionSearch: Sendable {
    private let trie: WordTrie<Int>
    /// Each name as written: a mention written the same way quotes it, sharing its storage.
    private let written: [String]
    /// The mentions found so far: one list per name, in the order of the names given.
    private var mentions: [[Mention]]

    /// A search for `names`, folded, each given as written too (an empty name is never found).
    init(names: [[Unicode.Scalar]], written: [String]) {
        trie = WordTrie(scalarWords: names.enumerated().map { ($0.element, $0.offset) })
        self.written = written
        mentions = [[Mention]](repeating: [], count: names.count)
    }

    /// Adds every occurrence of a known name in `paragraph` (the next in document order), by one scan.
    ///
    /// The longest match wins; names are matched across line feeds (PDF debris), offsets mapped back.
    mutating func visit(_ paragraph: ParagraphText) {
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
            let known = written[match.value]
            let text =
                known.unicodeScalars.elementsEqual(paragraph.written[span.start..<span.end])
                ? known : paragraph.text(span)
            mentions[match.value].append(Mention(paragraph, span: span, text: text))
            index += match.length
        }
    }

    /// Every mention found: one list per name, in the order of the names given, each in document order.
    consuming func found() -> [[Mention]] { mentions }
}
