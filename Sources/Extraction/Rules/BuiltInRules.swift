extension ExtractionRules {
    /// The rules this build ships with: the resource `rules.json`, which `docx-extract rules` prints, compiled to
    /// code at build time (``RulesFile``'s `compiled`).
    public static let builtIn: ExtractionRules = {
        do {
            return try RulesFile.compiled.applied(to: nil)
        } catch {
            preconditionFailure("the built-in rules are incomplete: \(error)")
        }
    }()

    /// The built-in rules file, as shipped.
    public static var builtInJSON: String { EmbeddedResources.rules_json }
}
