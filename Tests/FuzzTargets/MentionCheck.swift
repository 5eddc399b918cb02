internal import DocumentModel
internal import Extraction

/// Checks that every finding points at real text: its block exists and its span holds exactly its matched text.
struct MentionCheck {
    private let scalarsByBlock: [Int: [Unicode.Scalar]]

    init(paragraphs: [Paragraph]) {
        var scalarsByBlock: [Int: [Unicode.Scalar]] = [:]
        for paragraph in paragraphs { scalarsByBlock[paragraph.index] = Array(paragraph.text.unicodeScalars) }
        self.scalarsByBlock = scalarsByBlock
    }

    func problems(in result: DocumentExtractor.Result) -> [String] {
        var mentions: [(String, Mention)] = []
        mentions += result.amounts.map { ("amount", $0.mention) }
        mentions += result.counts.map { ("count", $0.mention) }
        mentions += result.percentages.map { ("percentage", $0.mention) }
        mentions += result.dates.map { ("date", $0.mention) }
        mentions += result.countFacts.map { ("count fact", $0.mention) }
        for enterprise in result.enterprises { mentions += enterprise.mentions.map { ("enterprise", $0) } }
        for organization in result.organizations { mentions += organization.mentions.map { ("organization", $0) } }
        var problems = mentions.compactMap { kind, mention in problem(kind, mention) }
        for enterprise in result.enterprises where enterprise.name.isEmpty || enterprise.mentions.isEmpty {
            problems.append("enterprise \"\(enterprise.name)\" has an empty name or no mention")
        }
        for organization in result.organizations where organization.name.isEmpty || organization.mentions.isEmpty {
            problems.append("organization \"\(organization.name)\" has an empty name or no mention")
        }
        for amount in result.amounts {
            if let upper = amount.finding.valueMax, upper < amount.finding.value {
                problems.append("amount \"\(amount.mention.text)\" has an upper value below its value")
            }
        }
        return problems
    }

    private func problem(_ kind: String, _ mention: Mention) -> String? {
        guard let scalars = scalarsByBlock[mention.block] else {
            return "\(kind) \"\(mention.text)\" points at block \(mention.block), which does not exist"
        }
        let span = mention.span
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else {
            return
                "\(kind) \"\(mention.text)\" has span \(span.start)..<\(span.end) outside its block of \(scalars.count)"
        }
        guard scalars[span.start..<span.end].elementsEqual(mention.text.unicodeScalars) else {
            return "\(kind) \"\(mention.text)\" does not match its span's text"
        }
        return nil
    }
}
