/// An enterprise named in the document, with every form of its name and every mention.
public struct EnterpriseFinding: Sendable, Equatable, Codable {
    /// The canonical name: the longest form the document uses.
    public var name: String
    /// The other forms the document uses for the same enterprise (linked only where the document supports it).
    public var aliases: [String]
    /// Every mention, in document order.
    public var mentions: [Mention]
    /// Why the name was taken as an enterprise.
    public var evidence: NameEvidence

    /// Creates a finding.
    public init(name: String, aliases: [String] = [], mentions: [Mention] = [], evidence: NameEvidence = []) {
        self.name = name
        self.aliases = aliases
        self.mentions = mentions
        self.evidence = evidence
    }

    private enum CodingKeys: String, CodingKey { case name, aliases, mentions, evidence }

    /// Decodes a finding whose evidence is a list of reason names.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        aliases = try container.decode([String].self, forKey: .aliases)
        mentions = try container.decode([Mention].self, forKey: .mentions)
        let labels = try container.decodeIfPresent([String].self, forKey: .evidence) ?? []
        evidence = NameEvidence.names.filter { labels.contains($0.name) }.reduce(into: []) { $0.insert($1.evidence) }
    }

    /// Encodes the evidence as a list of reason names.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(mentions, forKey: .mentions)
        try container.encode(evidence.labels, forKey: .evidence)
    }
}

/// An organization that is not an enterprise: a government body, a park's management, an association.
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
