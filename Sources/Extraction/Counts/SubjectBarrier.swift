/// A finding already accepted to the left of a count, as seen by the subject search.
///
/// A subject read leftwards stops at a date, count or percentage, but reads through an amount
/// (500万元以上技改项目68个 counts 500万元以上技改项目).
struct SubjectBarrier: Sendable, Equatable {
    /// The finding's span.
    var span: TextSpan
    /// Where the text the finding claims ends (after a count's subject).
    var reach: Int
    /// Whether the finding is an amount.
    var isAmount: Bool
}
