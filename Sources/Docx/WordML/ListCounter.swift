internal import DocumentModel

/// Keeps list counters across a story and renders each numbered paragraph's label.
///
/// Instances (`w:num`) that share an abstract definition share counters, as Word does, unless an
/// instance overrides a level's start (`w:startOverride`), which gives it counters of its own.
struct ListCounter {
    private let definitions: NumberingDefinitions
    private let styles: StyleSheet
    /// Counters are shared by an abstract definition's instances, or kept per instance when it overrides.
    private enum CounterKey {
        case abstract(String)
        case instance(String)
    }

    // Two dictionaries keyed by `String`, not one keyed by `CounterKey`: a new key type makes the runtime scan every
    // conformance record for its `Hashable` when the first such dictionary is built.
    /// The counters shared by the instances of each abstract definition, by abstract id.
    private var sharedCounters: [String: [Int?]] = [:]
    /// The counters of instances that override, by instance id.
    private var instanceCounters: [String: [Int?]] = [:]

    private subscript(counters key: CounterKey) -> [Int?]? {
        get {
            switch key {
            case .abstract(let id): sharedCounters[id]
            case .instance(let id): instanceCounters[id]
            }
        }
        set {
            switch key {
            case .abstract(let id): sharedCounters[id] = newValue
            case .instance(let id): instanceCounters[id] = newValue
            }
        }
    }

    /// An instance resolved against its abstract definition once, so that a label reads its levels by index.
    private final class ResolvedInstance {
        let abstract: NumberingDefinitions.Abstract
        let levels: ResolvedLevels
        let counterKey: CounterKey

        init(abstract: NumberingDefinitions.Abstract, levels: ResolvedLevels, counterKey: CounterKey) {
            self.abstract = abstract
            self.levels = levels
            self.counterKey = counterKey
        }
    }

    /// Levels 0–8 as they apply to an instance, shared by the instances of an abstract definition that override none.
    private struct ResolvedLevels {
        /// The instance's override, else the abstract definition's level, else the default.
        var definitions: [NumberingDefinitions.Level]
        /// The instance's start override, else the level's start.
        var starts: [Int]

        init(_ instance: NumberingDefinitions.Instance, _ abstract: NumberingDefinitions.Abstract) {
            definitions = (0..<9).map { instance.levelOverrides[$0] ?? abstract.levels[$0] ?? .init() }
            starts = (0..<9).map { [definitions] in instance.startOverrides[$0] ?? definitions[$0].start }
        }
    }

    /// The instances resolved so far, at most `maxResolved`; nil for one that is missing or has no abstract definition.
    private var resolvedInstances: [String: ResolvedInstance?] = [:]
    /// The levels of abstract definitions resolved so far for instances that override none, by abstract id.
    private var resolvedAbstracts: [String: ResolvedLevels] = [:]
    /// Bounds what the resolved instances hold: a document that numbers paragraphs from more instances than this has
    /// the rest resolved on every use.
    private static let maxResolved = 4096

    init(definitions: NumberingDefinitions, styles: StyleSheet) {
        self.definitions = definitions
        self.styles = styles
    }

    /// Whether a numbering instance exists.
    func hasInstance(_ id: String) -> Bool { definitions.instances[id] != nil }

    private mutating func resolvedInstance(_ numberingID: String) -> ResolvedInstance? {
        if let known = resolvedInstances[numberingID] { return known }
        var result: ResolvedInstance?
        if let instance = definitions.instances[numberingID],
            let abstract = definitions.abstract(for: instance, styles: styles)
        {
            if instance.startOverrides.isEmpty && instance.levelOverrides.isEmpty {
                let levels = resolvedAbstracts[abstract.id] ?? ResolvedLevels(instance, abstract)
                if resolvedAbstracts.count < Self.maxResolved { resolvedAbstracts[abstract.id] = levels }
                result = ResolvedInstance(abstract: abstract, levels: levels, counterKey: .abstract(abstract.id))
            } else {
                result = ResolvedInstance(
                    abstract: abstract, levels: ResolvedLevels(instance, abstract), counterKey: .instance(instance.id))
            }
        }
        if resolvedInstances.count < Self.maxResolved { resolvedInstances[numberingID] = .some(result) }
        return result
    }

    /// Advances the counters for a paragraph numbered (`numberingID`, `level`) and returns its label.
    ///
    /// `styleID` picks the level linked to the paragraph's style when `level` is nil.
    mutating func label(numberingID: String, level requestedLevel: Int?, styleID: String?) -> ListLabel? {
        guard let instance = resolvedInstance(numberingID) else { return nil }
        let level =
            requestedLevel
            ?? instance.abstract.levels.first(where: {
                $0.value.paragraphStyle != nil && $0.value.paragraphStyle == styleID
            })?
            .key
            ?? 0
        guard (0...8).contains(level) else { return nil }

        let key = instance.counterKey
        var values = self[counters: key] ?? Array(repeating: nil, count: 9)
        values[level] = values[level].map { $0 + 1 } ?? instance.levels.starts[level]
        for deeper in (level + 1)..<9 {
            let restart = instance.levels.definitions[deeper].restart
            // w:lvlRestart names the (1-based) level after which this one restarts; 0 means never.
            if let restart, restart == 0 || level >= restart { continue }
            values[deeper] = nil
        }
        self[counters: key] = values

        let current = instance.levels.definitions[level]
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
            let value = values[index] ?? instance.levels.starts[index]
            let format = current.isLegal && index < level ? "decimal" : instance.levels.definitions[index].format
            label += ListNumberFormatter.format(
                value, as: format, custom: instance.levels.definitions[index].customFormat)
        }
        if current.format == "none" && current.text == nil { label = "" }
        return ListLabel(
            text: label, separator: label.isEmpty ? "" : current.suffix, level: level, numberingID: numberingID)
    }
}
