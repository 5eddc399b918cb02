/// Gives element and attribute names the integer codes that a parser's events carry.
///
/// A vocabulary belongs to one parser and lives as long as it: the parser asks it once for each distinct name it meets
/// and caches the answer for every later document it parses, so a code must mean the same name whatever handler
/// receives it.
public protocol XMLVocabulary: AnyObject {
    /// The code for a name, asked once per distinct name the parser meets.
    func code(for name: XMLName) -> Int
    /// The name a code was given for, if the vocabulary keeps it (it need keep only the names its users look up).
    func name(for code: Int) -> XMLName?
}
