internal import DocumentModel

/// Keeps list counters across a story and renders each numbered paragraph's label.
///
/// Instances (`w:num`) that share an abstract definition share counters, as Word does, unless an
/// instance overrides a level's start (`w:startOverride`), which gives it counters of its own.
struct ListCounter {
    private let definitions: NumberingDefinitions
    private let styles: StyleSheet
    /// Counters are shared by an abstract definition's instances, or kept per instance when it overrides.
    private enum CounterKey: Hashable {
        case abstract(String)
        case instance(String)
    }

    private var counters: [CounterKey: [Int?]] = [:]

    init(definitions: NumberingDefinitions, styles: StyleSheet) {
        self.definitions = definitions
        self.styles = styles
    }

    /// Whether a numbering instance exists.
    func hasInstance(_ id: String) -> Bool { definitions.instances[id] != nil }

    /// Advances the counters for a paragraph numbered (`numberingID`, `level`) and returns its label.
    ///
    /// `styleID` picks the level linked to the paragraph's style when `level` is nil.
    mutating func label(numberingID: String, level requestedLevel: Int?, styleID: String?) -> ListLabel? {
        guard let instance = definitions.instances[numberingID],
            let abstract = definitions.abstract(for: instance, styles: styles)
        else { return nil }
        let level =
            requestedLevel
            ?? abstract.levels.first(where: { $0.value.paragraphStyle != nil && $0.value.paragraphStyle == styleID })?
            .key
            ?? 0
        guard (0...8).contains(level) else { return nil }
        func definition(_ index: Int) -> NumberingDefinitions.Level {
            instance.levelOverrides[index] ?? abstract.levels[index] ?? .init()
        }
        func start(_ index: Int) -> Int { instance.startOverrides[index] ?? definition(index).start }

        let key: CounterKey =
            instance.startOverrides.isEmpty && instance.levelOverrides.isEmpty
            ? .abstract(abstract.id) : .instance(instance.id)
        var values = counters[key] ?? Array(repeating: nil, count: 9)
        values[level] = values[level].map { $0 + 1 } ?? start(level)
        for deeper in (level + 1)..<9 {
            let restart = definition(deeper).restart
            // w:lvlRestart names the (1-based) level after which this one restarts; 0 means never.
            if let restart, restart == 0 || level >= restart { continue }
            values[deeper] = nil
        }
        counters[key] = values

        let current = definition(level)
        let pattern = current.text ?? "%\(level + 1)."
        var label = ""
        var scalars = pattern.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "%" else {
                label.unicodeScalars.append(scalar)
                continue
            }
            guard let digit = scalars.next() else { break }
            guard let n = Int(String(digit)), (1...9).contains(n) else {
                label.unicodeScalars.append(digit)
                continue
            }
            let index = n - 1
            let value = values[index] ?? start(index)
            let format = current.isLegal && index < level ? "decimal" : definition(index).format
            label += ListNumberFormatter.format(value, as: format, custom: definition(index).customFormat)
        }
        if current.format == "none" && current.text == nil { label = "" }
        return ListLabel(
            text: label, separator: label.isEmpty ? "" : current.suffix, level: level, numberingID: numberingID)
    }
}
