/// Finds organizations that are not enterprises by their endings: "区科委", "市知识产权局", "…管委会", "…大学".
struct OrganizationNameFinder: Sendable {
    private let boundaries: NameBoundaries
    private let legalForms: BackwardWordSet
    private let markers: [(suffix: [Unicode.Scalar], kind: OrganizationKind)]
    private let markerSet: BackwardWordSet
    private let exclusions: WordSet
    private let moneyContext: ForwardWordSet
    /// The endings of public bodies (管委会, 居委会, 科委, 政府 …): two characters or more, universities and institutes
    /// left out (a company may be named …研究院有限公司).
    private let bodyWords: ForwardWordSet

    init(rules: ExtractionRules) {
        boundaries = NameBoundaries(rules: rules, forOrganizations: true)
        legalForms = BackwardWordSet(rules[.legalForms])
        markers = rules.organizationMarkers.map { (Array($0.suffix.unicodeScalars), $0.kind) }
            .sorted { $0.suffix.count > $1.suffix.count }
        markerSet = BackwardWordSet(rules.organizationMarkers.map(\.suffix))
        exclusions = WordSet(rules[.organizationExclusions])
        moneyContext = ForwardWordSet(rules[.moneyContextWords])
        bodyWords = ForwardWordSet(
            rules.organizationMarkers.filter {
                $0.suffix.unicodeScalars.count >= 2 && $0.kind != .university && $0.kind != .researchInstitute
            }.map(\.suffix))
    }

    /// Whether a public body's name stands inside `scalars` before their end (管委会和总公司, 业委会屡次): such a
    /// phrase joins a body to something else and names no enterprise.
    func holdsBody(_ scalars: [Unicode.Scalar]) -> Bool {
        (0..<scalars.count).contains { start in
            bodyWords.longestMatch(in: scalars, startingAt: start).map { start + $0 < scalars.count } ?? false
        }
    }

    /// The organization kind a name's ending gives, or nil for an enterprise (legal-form endings win).
    func kind(of scalars: [Unicode.Scalar]) -> OrganizationKind? {
        kind(of: scalars, in: scalars.indices)
    }

    /// The organization kind of the name written in `range` of `text` (read in place).
    func kind(of text: [Unicode.Scalar], in range: Range<Int>) -> OrganizationKind? {
        if legalForms.longestMatch(in: text, endingWithin: range) != nil { return nil }
        for marker in markers where range.count >= marker.suffix.count {
            if text[(range.upperBound - marker.suffix.count)..<range.upperBound].elementsEqual(marker.suffix) {
                return marker.kind
            }
        }
        return nil
    }

    /// The scalar sets whose positions in a paragraph ``names(in:classes:)`` reads off its ``ScalarClasses``.
    var scalarSets: [(member: ScalarClasses.Member, scalars: ScalarBitmap)] {
        [(.organizationMarkerEnd, markerSet.lastScalars)]
    }

    /// The organization names of a paragraph (folded text), as spans; `classes` are the paragraph's, from a table of
    /// ``scalarSets``.
    func names(in text: [Unicode.Scalar], classes: ScalarClasses) -> [Range<Int>] {
        var names: [Range<Int>] = []
        var index = 1
        while index <= text.count {
            guard let length = markerSet.longestMatch(in: text, endingAt: index) else {
                index = classes.nextEnd(.organizationMarkerEnd, from: index + 1)
                continue
            }
            let markerStart = index - length
            // Words that contain a marker without naming a body: 举办, 干部, 局部, 办法.
            let excludedBefore = exclusions.longestMatch(in: text, endingAt: index).map { $0 > length } ?? false
            let excludedAfter = exclusions.longestMatch(in: text, startingAt: index - 1) != nil
            if excludedBefore || (length == 1 && excludedAfter) {
                index += 1
                continue
            }
            let start = boundaries.start(of: text, endingAt: markerStart, maxLength: 12, allowDigits: false)
            let name = start..<index
            let minimum = length == 1 ? 3 : 2
            // A bare marker names a body on its own only for one-of-a-kind bodies: 管委会, 证监会, 交易所.
            let kind = kind(of: text, in: name)
            let standalone = name.count > length || kind == .parkManagement || kind == .exchange
            if name.count >= minimum, standalone, kind != nil, !boundaries.containsPlaceholder(text, within: name),
                text[name].allSatisfy(\.isNameScalar), moneyContext.longestMatch(in: text, startingWithin: name) == nil
            {
                names.append(name)
            }
            index += 1
        }
        return names
    }
}
