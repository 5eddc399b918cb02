internal import Foundation

extension ExtractionRules {
    /// The rules this build ships with: the resource `rules.json`, which `docx-extract rules` prints.
    public static let builtIn: ExtractionRules = {
        do {
            return try RulesFile.decode(Data(EmbeddedResources.rules_json.utf8)).applied(to: nil)
        } catch {
            preconditionFailure("the built-in rules do not decode: \(error)")
        }
    }()

    /// The built-in rules file, as shipped.
    public static var builtInJSON: String { EmbeddedResources.rules_json }
}
