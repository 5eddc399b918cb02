/// Document properties from `docProps/core.xml` (Dublin Core) and `docProps/app.xml` (extended).
public struct DocumentProperties: Sendable, Equatable, Codable {
    /// `dc:title`.
    public var title: String?
    /// `dc:subject`.
    public var subject: String?
    /// `dc:creator`.
    public var creator: String?
    /// `cp:keywords`.
    public var keywords: String?
    /// `dc:description`.
    public var description: String?
    /// `cp:lastModifiedBy`.
    public var lastModifiedBy: String?
    /// `cp:revision`.
    public var revision: String?
    /// `dcterms:created`, as written (W3CDTF).
    public var created: String?
    /// `dcterms:modified`, as written (W3CDTF).
    public var modified: String?
    /// The producing application (`Application`), such as "Microsoft Office Word" or "WPS Office".
    public var application: String?
    /// `AppVersion`.
    public var applicationVersion: String?
    /// `Company`.
    public var company: String?
    /// `Template`.
    public var template: String?
    /// `Pages`, as last saved by the producer.
    public var pages: Int?
    /// `Words`, as last saved by the producer.
    public var words: Int?
    /// `Characters`, as last saved by the producer.
    public var characters: Int?

    /// Creates empty properties.
    public init() {}

    private enum CodingKeys: String, CodingKey {
        case title, subject, creator, keywords, description, revision, created, modified, application, company
        case template, pages, words, characters
        case lastModifiedBy = "last_modified_by"
        case applicationVersion = "application_version"
    }
}
