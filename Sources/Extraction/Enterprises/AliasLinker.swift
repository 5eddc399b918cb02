/// Groups the forms of one enterprise's name: a short form joins a long one only where the document supports it.
struct AliasLinker: Sendable {
    private let legalForms: BackwardWordSet
    private let tradeWords: ForwardWordSet

    init(rules: ExtractionRules) {
        legalForms = BackwardWordSet(rules[.legalForms])
        tradeWords = ForwardWordSet(rules[.legalForms] + rules[.enterpriseSuffixes] + rules[.weakEnterpriseSuffixes])
    }

    /// Groups the names of `collection` into enterprises, as positions in its names (only those marked as
    /// enterprises); `names` and `isEnterprise` are each name's folded scalars and whether it is an enterprise. A
    /// short form joins a long one when
    /// - two lists of the same length name them at the same position and the long form begins with the short one, or
    /// - the long form is a full legal name that begins with the short form, what follows is only a place in
    ///   brackets, trade words and the legal form (at most two other characters), and no other known name
    ///   begins with the short form — so 思源 joins neither 思源电力电容器 nor 思源高压开关, or
    /// - the document declares the short form after the long one (以下简称…).
    ///
    /// Names are looked up by the collection's own index of its keys, not by a dictionary built again here.
    func groups(of collection: NameCollection, names: [[Unicode.Scalar]], isEnterprise: [Bool]) -> [[Int]] {
        let scalarsOfNames = names
        /// The position of the enterprise whose key is `key`.
        func enterprise(_ key: NameKey) -> Int? {
            guard let index = collection.position(of: key), isEnterprise[index] else { return nil }
            return index
        }
        var parent = Array(names.indices)
        func root(_ index: Int) -> Int {
            var current = index
            while parent[current] != current { current = parent[current] }
            return current
        }
        func link(_ short: Int, _ long: Int) {
            let (a, b) = (root(short), root(long))
            if a != b { parent[a] = b }
        }
        // Two lists of one length that name a short and a long form at the same position link them. The names
        // found at one position of lists of one length form a slot; within a slot, linking each name to the longest
        // other name of the slot it begins with joins the same forms as linking every such pair (a name's prefixes
        // are a chain), so each slot costs a sort instead of every pair of lists being compared.
        // A slot lists a name as often as lists name it there; sorted, its repeats are next to each other.
        var slots: [Slot: [Int]] = [:]
        for list in collection.lists {
            for (position, index) in list.enumerated() where isEnterprise[index] {
                slots[Slot(length: list.count, position: position), default: []].append(index)
            }
        }
        for slot in slots.values where slot.count > 1 {
            let ordered = Self.lexicographicallySorted(slot, names: scalarsOfNames)
            // In lexicographic order a name follows its prefixes; the stack holds the current name's prefixes.
            var prefixes: [Int] = []
            for (offset, index) in ordered.enumerated() where offset == 0 || ordered[offset - 1] != index {
                while let last = prefixes.last, !scalarsOfNames[index].starts(with: scalarsOfNames[last]) {
                    prefixes.removeLast()
                }
                if let last = prefixes.last { link(last, index) }
                prefixes.append(index)
            }
        }
        // In lexicographic order the names that begin with a name follow it directly.
        let sorted = Self.lexicographicallySorted(names.indices.filter { isEnterprise[$0] }, names: scalarsOfNames)
        for (position, index) in sorted.enumerated() {
            let shortScalars = scalarsOfNames[index]
            guard shortScalars.count >= 2,
                legalForms.longestMatch(in: shortScalars, endingAt: shortScalars.count) == nil
            else { continue }
            var extensions: [Int] = []
            var next = position + 1
            while next < sorted.count, scalarsOfNames[sorted[next]].starts(with: shortScalars) {
                extensions.append(sorted[next])
                next += 1
            }
            let legalNames = extensions.filter { isLegalExtension(of: shortScalars, by: scalarsOfNames[$0]) }
            // Every longer form must be the same company: one legal name, the others its own prefixes.
            guard let legal = legalNames.max(by: { scalarsOfNames[$0].count < scalarsOfNames[$1].count }),
                extensions.allSatisfy({ scalarsOfNames[legal].starts(with: scalarsOfNames[$0]) })
            else { continue }
            link(index, legal)
        }
        // "江西制氧机有限公司" / "制氧机有限公司", "XX市鸿图…有限公司" / "鸿图…有限公司": a legal name with a place or a
        // mask before it is the same company.
        let isLegal = names.indices.map {
            isEnterprise[$0]
                && legalForms.longestMatch(in: scalarsOfNames[$0], endingAt: scalarsOfNames[$0].count) != nil
        }
        for long in names.indices where isLegal[long] {
            let scalars = scalarsOfNames[long]
            for prefix in 2...4 where scalars.count - prefix >= 6 {
                if let short = enterprise(NameKey(scalars: scalars[prefix...])), isLegal[short] {
                    link(short, long)
                }
            }
        }
        // （以下简称瑞禾集团）: a short form the document declares.
        for (short, long) in collection.declaredAliases {
            if let a = enterprise(short), let b = enterprise(long) { link(a, b) }
        }
        var groups: [Int: [Int]] = [:]
        var rootsInOrder: [Int] = []
        for index in names.indices where isEnterprise[index] {
            let r = root(index)
            if groups[r] == nil { rootsInOrder.append(r) }
            groups[r, default: []].append(index)
        }
        return rootsInOrder.compactMap { groups[$0] }
    }

    /// `indices` in the lexicographic order of their names (a name before the names it begins).
    ///
    /// Names are compared by their first three scalars packed into one integer first, so most comparisons read
    /// neither name.
    private static func lexicographicallySorted(_ indices: [Int], names: [[Unicode.Scalar]]) -> [Int] {
        var keyed = indices.map { (prefix: packedPrefix(of: names[$0]), index: $0) }
        keyed.sort { a, b in
            a.prefix != b.prefix ? a.prefix < b.prefix : names[a.index].lexicographicallyPrecedes(names[b.index])
        }
        return keyed.map(\.index)
    }

    /// The first three scalars of `name`, 21 bits each (the value plus one; zero past the end), ordered as the names.
    private static func packedPrefix(of name: [Unicode.Scalar]) -> UInt64 {
        var key: UInt64 = 0
        for position in 0..<3 { key = key << 21 | (position < name.count ? UInt64(name[position].value) + 1 : 0) }
        return key
    }

    /// A position in the lists of one length.
    private struct Slot: Hashable {
        var length: Int
        var position: Int
    }

    /// Whether `long` is `short` completed to a legal name: a bracketed place, trade words and a legal form,
    /// with at most two other characters ("澄明光电" → "澄明光电科技股份有限公司", "恒川液压" → "恒川液压（香港）有限公司").
    private func isLegalExtension(of short: [Unicode.Scalar], by long: [Unicode.Scalar]) -> Bool {
        guard long.count > short.count, long.starts(with: short),
            legalForms.longestMatch(in: long, endingAt: long.count) != nil
        else { return false }
        var rest = Array(long[short.count...])
        if let open = rest.firstIndex(where: { $0 == "（" || $0 == "(" }),
            let close = rest[open...].firstIndex(where: { $0 == "）" || $0 == ")" })
        {
            rest.removeSubrange(open...close)
        }
        var unexplained = 0
        var index = 0
        while index < rest.count {
            if let length = tradeWords.longestMatch(in: rest, startingAt: index) {
                index += length
            } else {
                unexplained += 1
                index += 1
            }
        }
        return unexplained <= 2
    }
}
