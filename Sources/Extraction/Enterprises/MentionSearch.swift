/// Finds every occurrence of the names gathered from a document, one paragraph at a time.
///
/// The search itself never changes, so one serves every thread; what it finds goes to the caller's list.
struct MentionSearch: Sendable {
    private let trie: WordTrie<Int>
    /// Each name as written: a mention written the same way quotes it, sharing its storage.
    private let written: [String]

    /// A mention found: the position of its name among the names given, and the mention.
    struct Found: Sendable {
        /// The name's position among the names given.
        var name: Int
        /// Where the name is written.
        var mention: Mention
    }

    /// A search for `names`, folded, each given as written too (an empty name is never found).
    init(names: [[Unicode.Scalar]], written: [String]) {
        trie = WordTrie(scalarWords: names.enumerated().map { ($0.element, $0.offset) })
        self.written = written
    }

    /// How many names the search looks for.
    var nameCount: Int { written.count }

    /// Appends every occurrence of a known name in `paragraph` to `found`, in order, by one scan.
    ///
    /// The longest match wins; names are matched across line feeds (PDF debris), offsets mapped back.
    func visit(_ paragraph: ParagraphText, into found: inout [Found]) {
        let text = paragraph.scalars
        let hasLineFeed = text.contains("\n")
        let offsets = hasLineFeed ? text.indices.filter { text[$0] != "\n" } : []
        ScalarText.reading(hasLineFeed ? text.filter { $0 != "\n" } : text) { stripped in
            var index = 0
            while index < stripped.count {
                guard let match = trie.longestMatch(in: stripped, at: index) else {
                    index = trie.nextCandidate(in: stripped, from: index + 1)
                    continue
                }
                let span =
                    hasLineFeed
                    ? TextSpan(start: offsets[index], end: offsets[index + match.length - 1] + 1)
                    : TextSpan(start: index, end: index + match.length)
                let known = written[match.value]
                let text =
                    known.isWritten(as: paragraph.written[span.start..<span.end]) ? known : paragraph.text(span)
                found.append(Found(name: match.value, mention: Mention(paragraph, span: span, text: text)))
                index += match.length
            }
        }
    }

    /// Every mention of the names in `paragraphs`: one list per name, in the order of the names given, each in
    /// document order.
    func mentions(in paragraphs: [ParagraphText]) -> [[Mention]] {
        var mentions = [[Mention]](repeating: [], count: nameCount)
        var found: [Found] = []
        for paragraph in paragraphs {
            visit(paragraph, into: &found)
            Self.sort(found, into: &mentions)
            found.removeAll(keepingCapacity: true)
        }
        return mentions
    }

    /// Appends each mention of `found` to its name's list in `mentions`.
    static func sort(_ found: [Found], into mentions: inout [[Mention]]) {
        for item in found { mentions[item.name].append(item.mention) }
    }
}
