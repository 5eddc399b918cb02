import XMLStream

/// A vocabulary that hands out codes in order of first sight.
final class NameTable: XMLVocabulary {
    private var names: [XMLName] = []
    private var codes: [XMLName: Int] = [:]

    func code(for name: XMLName) -> Int {
        if let code = codes[name] { return code }
        names.append(name)
        codes[name] = names.count - 1
        return names.count - 1
    }

    func name(for code: Int) -> XMLName? { names.indices.contains(code) ? names[code] : nil }
}

/// A handler that records every event, for comparing parses, with the vocabulary its parser is given.
///
/// Names registered up front (``init(vocabulary:attributesOfInterest:prefixesToResolve:)``) get their codes first,
/// so `startElement` can look those attributes up.
final class EventRecorder: XMLEventHandler {
    enum Event: Equatable, CustomStringConvertible {
        case start(XMLName, attributes: [XMLName: String])
        case end(XMLName)
        case text(String)

        var description: String {
            switch self {
            case .start(let name, let attributes):
                let list = attributes.sorted { $0.key.description < $1.key.description }.map { "\($0.key)=\($0.value)" }
                return "<\(name)\(list.isEmpty ? "" : " " + list.joined(separator: " "))>"
            case .end(let name): return "</\(name)>"
            case .text(let text): return "text(\(text.debugDescription))"
            }
        }
    }

    /// The vocabulary to give the parser: the recorder reads its events' names from it.
    let vocabulary: NameTable
    private let attributesOfInterest: [XMLName]
    /// Prefixes whose namespace URI is looked up at each element start, with the answers.
    let prefixesToResolve: [String]
    private(set) var resolvedPrefixes: [[String: String?]] = []
    private(set) var events: [Event] = []
    var acceptsText = true
    /// How many times the parser said a document ended.
    private(set) var endedParses = 0

    init(vocabulary: NameTable = NameTable(), attributesOfInterest: [XMLName] = [], prefixesToResolve: [String] = []) {
        self.vocabulary = vocabulary
        self.attributesOfInterest = attributesOfInterest
        self.prefixesToResolve = prefixesToResolve
        for name in attributesOfInterest { _ = vocabulary.code(for: name) }
    }

    func startElement(_ code: Int, attributes: borrowing XMLAttributes) {
        var values: [XMLName: String] = [:]
        for name in attributesOfInterest {
            if let value = attributes.value(vocabulary.code(for: name)) { values[name] = value }
        }
        var resolved: [String: String?] = [:]
        for prefix in prefixesToResolve { resolved[prefix] = attributes.namespaceURI(forPrefix: prefix) }
        resolvedPrefixes.append(resolved)
        events.append(.start(name(code), attributes: values))
    }

    func endElement(_ code: Int) { events.append(.end(name(code))) }

    private func name(_ code: Int) -> XMLName { vocabulary.name(for: code) ?? .plain("?\(code)") }

    var wantsText: Bool { acceptsText }

    func didEndParse() { endedParses += 1 }

    func text(_ utf8: Span<UInt8>) {
        let text = utf8.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
        if case .text(let previous) = events.last {
            events[events.count - 1] = .text(previous + text)
        } else {
            events.append(.text(text))
        }
    }

    /// The element names started, in order.
    var startedElements: [XMLName] {
        events.compactMap { if case .start(let name, _) = $0 { name } else { nil } }
    }

    /// All character data, concatenated.
    var allText: String {
        events.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
    }
}

extension XMLName {
    /// A name without a namespace.
    static func plain(_ local: String) -> XMLName { XMLName(namespace: "", local: local) }
}
