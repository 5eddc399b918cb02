/// An enterprise named in the document, with every form of its name and every mention.
public struct EnterpriseFinding: Sendable, Equatable, Codable {
    /// The canonical name: the longest form the document uses.
    public var name: String
    /// The other forms the document uses for the same enterprise (linked only where the document supports it).
    public var aliases: [String]
    /// Every mention, in document order.
    public var mentions: [Mention]

    /// Creates a finding.
    public init(name: String, aliases: [String] = [], mentions: [Mention] = []) {
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
    }
}

/// An organization that is not an enterprise: a government body, a park's management, an association …
public struct OrganizationFinding: Sendable, Equatable, Codable {
    /// The name as written.
    public var name: String
    /// The kind of organization.
    public var kind: OrganizationKind
    /// Every mention, in document order.
    public var mentions: [Mention]

    /// Creates a finding.
    public init(name: String, kind: OrganizationKind, mentions: [Mention] = []) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
    }
}
