internal import DocumentModel
internal import Extraction
internal import Foundation

/// The report written straight into the output buffer, keys in sorted order. Its `encode(to:)` is the
/// specification; going through `Encodable`'s containers for every field of tens of thousands of findings cost
/// several times reading and extracting the document. `JSONOutputTests` checks that both give the same bytes for
/// every sample, with and without text and blocks; the small, rare parts (source, properties, the locations of
/// reader warnings, blocks) still go through `Encodable`.
extension ExtractionReport: JSONWritable {
    func writeJSON(to writer: inout JSONByteWriter) throws {
        writer.beginObject()
        writer.key("amounts")
        writer.records(extraction.amounts) { $0.writeMembers(to: &$1, mention: $2) }
        if let blocks {
            writer.key("blocks")
            try writer.node(JSONNodeEncoder.node(for: blocks, parentPath: [], key: nil))
        }
        writer.key("counts")
        writer.records(extraction.counts) { $0.writeMembers(to: &$1, mention: $2) }
        writer.key("dates")
        writer.records(extraction.dates) { $0.writeMembers(to: &$1, mention: $2) }
        writer.key("enterprises")
        writer.array(extraction.enterprises) { $0.writeJSON(to: &$1) }
        writer.key("facts")
        writer.beginObject()
        writer.key("amount_purposes")
        writer.array(extraction.amountFacts) { $0.writeJSON(to: &$1) }
        writer.key("enterprise_counts")
        writer.array(extraction.countFacts) { $0.writeJSON(to: &$1) }
        writer.endObject()
        writer.key("organizations")
        writer.array(extraction.organizations) { $0.writeJSON(to: &$1) }
        writer.key("percentages")
        writer.records(extraction.percentages) { $0.writeMembers(to: &$1, mention: $2) }
        writer.key("properties")
        try writer.node(JSONNodeEncoder.node(for: properties, parentPath: [], key: nil))
        writer.key("schema_version")
        writer.string(Self.schemaVersion)
        writer.key("source")
        try writer.node(JSONNodeEncoder.node(for: source, parentPath: [], key: nil))
        if let text {
            writer.key("text")
            writer.string(text)
        }
        writer.key("warnings")
        writer.beginArray()
        for warning in warnings {
            writer.element()
            try warning.writeJSON(to: &writer)
        }
        writer.endArray()
        writer.endObject()
    }
}

extension JSONByteWriter {
    /// An array of `values`, each written by `write`.
    fileprivate mutating func array<Value>(_ values: [Value], _ write: (Value, inout JSONByteWriter) -> Void) {
        beginArray()
        for value in values {
            element()
            write(value, &self)
        }
        endArray()
    }

    /// An array of finding records: each finding's members and its mention's location members in one object,
    /// interleaved in key order by `writeMembers`.
    fileprivate mutating func records<Finding>(
        _ located: [Located<Finding>], _ writeMembers: (Finding, inout JSONByteWriter, Mention) -> Void
    ) {
        beginArray()
        for item in located {
            element()
            beginObject()
            writeMembers(item.finding, &self, item.mention)
            endObject()
        }
        endArray()
    }

    fileprivate mutating func optional<Value>(_ value: Value?, _ write: (inout JSONByteWriter, Value) -> Void) {
        if let value { write(&self, value) } else { null() }
    }

    fileprivate mutating func qualifier(_ value: Qualifier?) {
        optional(value) { $0.string($1.rawValue) }
    }

    // The location members of a record, in two runs around the finding's own keys.

    fileprivate mutating func block(of mention: Mention) {
        key("block")
        int(mention.block)
    }

    fileprivate mutating func end(of mention: Mention) {
        key("end")
        int(mention.span.end)
    }

    /// `value` and `value_max`: an amount's or a count's value and the high end of its range (null if none).
    fileprivate mutating func valueRange(_ value: Decimal, max: Decimal?) {
        key("value")
        decimal(value)
        key("value_max")
        optional(max) { $0.decimal($1) }
    }

    /// `section_path`, `start`, `story`: three location keys that sort together.
    fileprivate mutating func sectionPathStartStory(of mention: Mention) {
        key("section_path")
        strings(mention.sectionPath)
        key("start")
        int(mention.span.start)
        key("story")
        string(mention.story.rawValue)
    }
}

extension ExtractionReport.Warning {
    fileprivate func writeJSON(to writer: inout JSONByteWriter) throws {
        writer.beginObject()
        writer.key("code")
        writer.string(code)
        writer.key("count")
        writer.int(count)
        if let element {
            writer.key("element")
            writer.string(element)
        }
        if let location {
            writer.key("location")
            try writer.node(JSONNodeEncoder.node(for: location, parentPath: [], key: nil))
        }
        if let mention {
            writer.key("mention")
            mention.writeJSON(to: &writer)
        }
        writer.key("message")
        writer.string(message)
        writer.key("source")
        writer.string(source)
        writer.endObject()
    }
}

extension Mention {
    /// A mention as `Mention.encode(to:)` writes it.
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.block(of: self)
        writer.end(of: self)
        writer.sectionPathStartStory(of: self)
        writer.key("text")
        writer.string(text)
        writer.endObject()
    }
}

extension MoneyAmount {
    /// bare_scale, block, currency, end, qualifier, section_path, start, story, text, value, value_max.
    fileprivate func writeMembers(to writer: inout JSONByteWriter, mention: Mention) {
        writer.key("bare_scale")
        writer.bool(isBareScale)
        writer.block(of: mention)
        writer.key("currency")
        writer.string(currency)
        writer.end(of: mention)
        writer.key("qualifier")
        writer.qualifier(qualifier)
        writer.sectionPathStartStory(of: mention)
        writer.key("text")
        writer.string(text)
        writer.valueRange(value, max: valueMax)
    }
}

extension CountMention {
    /// block, end, qualifier, section_path, start, story, subject, text, unit, value, value_max.
    fileprivate func writeMembers(to writer: inout JSONByteWriter, mention: Mention) {
        writer.block(of: mention)
        writer.end(of: mention)
        writer.key("qualifier")
        writer.qualifier(qualifier)
        writer.sectionPathStartStory(of: mention)
        writer.key("subject")
        writer.optional(subject) { $0.string($1) }
        writer.key("text")
        writer.string(text)
        writer.key("unit")
        writer.string(unit)
        writer.valueRange(value, max: valueMax)
    }
}

extension PercentageMention {
    /// block, end, points, qualifier, section_path, start, story, text, value.
    fileprivate func writeMembers(to writer: inout JSONByteWriter, mention: Mention) {
        writer.block(of: mention)
        writer.end(of: mention)
        writer.key("points")
        writer.bool(isPoints)
        writer.key("qualifier")
        writer.qualifier(qualifier)
        writer.sectionPathStartStory(of: mention)
        writer.key("text")
        writer.string(text)
        writer.key("value")
        writer.decimal(value)
    }
}

extension DateMention {
    /// block, day, end, month, period, section_path, start, story, text, year.
    fileprivate func writeMembers(to writer: inout JSONByteWriter, mention: Mention) {
        writer.block(of: mention)
        writer.key("day")
        writer.optional(day) { $0.int($1) }
        writer.end(of: mention)
        writer.key("month")
        writer.optional(month) { $0.int($1) }
        writer.key("period")
        writer.optional(period) { $0.string($1) }
        writer.sectionPathStartStory(of: mention)
        writer.key("text")
        writer.string(text)
        writer.key("year")
        writer.optional(year) { $0.int($1) }
    }
}

extension EnterpriseFinding {
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("aliases")
        writer.strings(aliases)
        writer.key("evidence")
        writer.strings(evidence.labels)
        writer.key("mentions")
        writer.array(mentions) { $0.writeJSON(to: &$1) }
        writer.key("name")
        writer.string(name)
        writer.endObject()
    }
}

extension OrganizationFinding {
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("kind")
        writer.string(kind.rawValue)
        writer.key("mentions")
        writer.array(mentions) { $0.writeJSON(to: &$1) }
        writer.key("name")
        writer.string(name)
        writer.endObject()
    }
}

extension CountFact {
    /// category, complete, consistent, count, enterprises, mention, unit: every key present, null when unknown.
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("category")
        writer.optional(category) { $0.string($1) }
        writer.key("complete")
        writer.bool(complete)
        writer.key("consistent")
        writer.bool(consistent)
        writer.key("count")
        writer.optional(count) { $0.decimal($1) }
        writer.key("enterprises")
        writer.strings(enterprises)
        writer.key("mention")
        mention.writeJSON(to: &writer)
        writer.key("unit")
        writer.optional(unit) { $0.string($1) }
        writer.endObject()
    }
}

extension AmountFact {
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("currency")
        writer.string(currency)
        writer.key("mention")
        mention.writeJSON(to: &writer)
        writer.key("purpose")
        writer.string(purpose)
        writer.key("value")
        writer.decimal(value)
        writer.endObject()
    }
}
