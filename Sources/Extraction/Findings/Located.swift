/// A finding with the mention that locates it.
///
/// `Finding` carries no protocol requirement of its own (equality comes from a conditional conformance): a
/// requirement on the type's parameter makes the runtime look the conformance up, scanning every conformance record
/// of the program, the first time each `Located<…>` is made.
public struct Located<Finding: Sendable>: Sendable {
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

extension Located: Equatable where Finding: Equatable {}
