extension IgnoredElement {
    /// `w:latentStyles`, which `StylesHandler` skips.
    ///
    /// Word's list of the built-in styles a document does not define: 376 entries, most of the bytes of its style
    /// sheets. Being a known name, it is skipped without a warning wherever else it stands, as the style sheet's other
    /// elements are.
    static let latentStyles = IgnoredElement(
        prefix: "w", local: "latentStyles",
        namespaces: [
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
            "http://purl.oclc.org/ooxml/wordprocessingml/main",
        ])
}
