internal import DocumentModel

/// State shared by the parts of one document as they are read: block indexes, list counters, warnings, and the
/// memory budget the model is charged to.
final class ReadingSession {
    let styles: StyleSheet
    let budget: DocumentBudget
    /// Whether paragraphs keep their runs, or only the text of the visible ones (``DocxReader/keepsRuns``).
    let keepsRuns: Bool
    var listCounter: ListCounter
    var nextBlockIndex = 0
    private var warningOrder: [String] = []
    private var warningsByKey: [String: ReaderWarning] = [:]

    init(styles: StyleSheet, numbering: NumberingDefinitions, budget: DocumentBudget, keepsRuns: Bool) {
        self.styles = styles
        self.budget = budget
        self.keepsRuns = keepsRuns
        self.listCounter = ListCounter(definitions: numbering, styles: styles)
    }

    // The style sheet is asked through the session, so that it is read in place rather than copied out for each
    // paragraph and run.

    /// The default paragraph style's id.
    var defaultParagraphStyle: String? { styles.defaultParagraphStyle }

    /// The heading level a paragraph style gives, if any.
    func headingLevel(ofStyle styleID: String) -> Int? {
        lookUp(styleID)
        return lastStyleHeadingLevel
    }

    /// The numbering a paragraph style gives, if any.
    func numbering(ofStyle styleID: String) -> (id: String, level: Int?)? {
        lookUp(styleID)
        return lastStyleNumbering
    }

    // What the style asked about last gives: most paragraphs of a document share their neighbours' style, and each
    // answer is a walk of dictionary lookups along `w:basedOn`.
    private var lastStyleID: String?
    private var lastStyleHeadingLevel: Int?
    private var lastStyleNumbering: (id: String, level: Int?)?

    private func lookUp(_ styleID: String) {
        guard styleID != lastStyleID else { return }
        lastStyleID = styleID
        lastStyleHeadingLevel = styles.headingLevel(of: styleID)
        lastStyleNumbering = styles.numbering(of: styleID)
    }

    /// Whether styles alone hide a run of `characterStyle` in a paragraph of `paragraphStyle` (nil: the default style).
    func hidesText(characterStyle: String?, paragraphStyle: String?) -> Bool {
        styles.hidesText(
            characterStyle: characterStyle, paragraphStyle: paragraphStyle ?? styles.defaultParagraphStyle)
    }

    /// Takes the next block index.
    func takeBlockIndex() -> Int {
        defer { nextBlockIndex += 1 }
        return nextBlockIndex
    }

    /// Records one occurrence of a warning; occurrences with the same code and element are aggregated.
    func warn(
        _ code: ReaderWarning.Code, element: String?, at location: PartLocation?, message: @autoclosure () -> String
    ) {
        let key = "\(code.rawValue)|\(element ?? "")"
        if var existing = warningsByKey[key] {
            existing.count += 1
            warningsByKey[key] = existing
        } else {
            warningOrder.append(key)
            warningsByKey[key] = ReaderWarning(
                code: code, element: element, count: 1, firstLocation: location, message: message())
        }
    }

    /// The warnings, in the order they first occurred.
    var warnings: [ReaderWarning] { warningOrder.compactMap { warningsByKey[$0] } }
}
