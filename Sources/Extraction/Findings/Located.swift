/// A finding with the mention that locates it.
public struct Located<Finding: Sendable & Equatable>: Sendable, Equatable {
    /// The finding.
    public var finding: Finding
    /// Where it was read.
    public var mention: Mention

    /// Pairs a finding with its mention.
    public init(_ finding: Finding, _ mention: Mention) {
        self.finding = finding
        self.mention = mention
    }
}
