/// One finding scored wrong against gold: a gold item the extractor missed, or a finding that matches no gold.
public struct Discrepancy: Sendable, Equatable {
    /// Which way the finding is wrong.
    public enum Kind: String, Sendable {
        /// In the gold, not found.
        case missed
        /// Found, not in the gold.
        case spurious
    }

    /// The field scored (`counts`, `enterprises` …).
    public var field: String
    /// Missed or spurious.
    public var kind: Kind
    /// The finding as written (a name, or a number's span with its value).
    public var text: String
    /// The text around it, when it can be located.
    public var context: String?

    /// Creates a discrepancy.
    public init(field: String, kind: Kind, text: String, context: String? = nil) {
        self.field = field
        self.kind = kind
        self.text = text
        self.context = context
    }
}
