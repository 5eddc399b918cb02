internal import XMLStream

/// Chooses exactly one branch of each `mc:AlternateContent`: the first `mc:Choice` whose `Requires`
/// prefixes all name understood namespaces, else `mc:Fallback`.
struct AlternateContentFilter {
    private var chosen: [Bool] = []

    /// What to do with an element start.
    enum Decision { case descend, skipSubtree }

    /// Whether `tag` is one the filter decides or records (`mc:AlternateContent`, `mc:Choice`, `mc:Fallback`): every
    /// other element descends, and its end changes nothing.
    @inline(__always)
    static func decides(_ tag: Tag) -> Bool {
        tag == .alternateContent || tag == .choice || tag == .fallback
    }

    /// Decides for an `mc:` element; other tags always descend.
    mutating func decide(_ tag: Tag, attributes: borrowing XMLAttributes) -> Decision {
        switch tag {
        case .alternateContent:
            chosen.append(false)
            return .descend
        case .choice:
            guard let already = chosen.last, !already else { return .skipSubtree }
            let requires = attributes.value(Tag.attrRequires.rawValue) ?? ""
            let understood = requires.split(separator: " ").allSatisfy { prefix in
                guard let uri = attributes.namespaceURI(forPrefix: String(prefix)) else { return false }
                return Namespace.byURI[uri]?.isUnderstoodForChoice ?? false
            }
            if understood, !requires.isEmpty {
                chosen[chosen.count - 1] = true
                return .descend
            }
            return .skipSubtree
        case .fallback:
            guard let already = chosen.last, !already else { return .skipSubtree }
            chosen[chosen.count - 1] = true
            return .descend
        default:
            return .descend
        }
    }

    /// Records an element end.
    mutating func end(_ tag: Tag) {
        if tag == .alternateContent, !chosen.isEmpty { chosen.removeLast() }
    }
}
