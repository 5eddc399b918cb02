internal import DocumentModel

extension StoryKind {
    /// The raw value as text known at compile time, which ``JSONByteWriter/string(literal:)`` writes.
    var staticRawValue: StaticString {
        switch self {
        case .body: "body"
        case .footnote: "footnote"
        case .endnote: "endnote"
        case .comment: "comment"
        case .header: "header"
        case .footer: "footer"
        }
    }
}
