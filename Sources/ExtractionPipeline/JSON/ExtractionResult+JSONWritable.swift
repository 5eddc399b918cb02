internal import DocumentModel
internal import Extraction
#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif

// The findings of a report, written as `ExtractionReport.encode(to:)` encodes them: each located finding as one
// flat record of its own members and its mention's location members, in key order.

/// A finding written as one flat record with its mention (``Located``): its own members and the mention's location
/// members, interleaved in key order.
protocol JSONRecordMembers: Sendable {
    /// Writes the finding's members and `mention`'s location members, in key order.
    func writeMembers(to writer: inout JSONByteWriter, mention: Mention)
}

/// A finding record: one object of the finding's members and its mention's location members.
extension Located: JSONElement where Finding: JSONRecordMembers {
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        finding.writeMembers(to: &writer, mention: mention)
        writer.endObject()
    }
}

extension JSONByteWriter {
    fileprivate mutating func qualifier(_ value: Qualifier?) {
        optional(value) { $0.string(literal: $1.staticRawValue) }
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
        repeatedStrings(mention.sectionPath)
        key("start")
        int(mention.span.start)
        key("story")
        string(literal: mention.story.staticRawValue)
    }
}

extension Mention: JSONElement {
    /// A mention as `Mention.encode(to:)` writes it.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.block(of: self)
        writer.end(of: self)
        writer.sectionPathStartStory(of: self)
        writer.key("text")
        writer.string(text)
        writer.endObject()
    }
}

extension MoneyAmount: JSONRecordMembers {
    /// bare_scale, block, currency, end, qualifier, section_path, start, story, text, value, value_max.
    func writeMembers(to writer: inout JSONByteWriter, mention: Mention) {
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

extension CountMention: JSONRecordMembers {
    /// block, end, qualifier, section_path, start, story, subject, text, unit, value, value_max.
    func writeMembers(to writer: inout JSONByteWriter, mention: Mention) {
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

extension PercentageMention: JSONRecordMembers {
    /// block, end, points, qualifier, section_path, start, story, text, value.
    func writeMembers(to writer: inout JSONByteWriter, mention: Mention) {
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

extension DateMention: JSONRecordMembers {
    /// block, day, end, month, period, section_path, start, story, text, year.
    func writeMembers(to writer: inout JSONByteWriter, mention: Mention) {
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

extension EnterpriseFinding: JSONElement {
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("aliases")
        writer.strings(aliases)
        writer.key("evidence")
        // The labels as `strings` writes them, without making their array.
        writer.beginArray()
        for (kind, label) in NameEvidence.names where evidence.contains(kind) {
            writer.element()
            writer.string(label)
        }
        writer.endArray()
        writer.key("mentions")
        writer.array(mentions)
        writer.key("name")
        writer.string(name)
        writer.endObject()
    }
}

extension OrganizationFinding: JSONElement {
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("kind")
        writer.string(kind.rawValue)
        writer.key("mentions")
        writer.array(mentions)
        writer.key("name")
        writer.string(name)
        writer.endObject()
    }
}

extension CountFact: JSONElement {
    /// category, complete, consistent, count, enterprises, mention, unit: every key present, null when unknown.
    func writeJSON(to writer: inout JSONByteWriter) {
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

extension AmountFact: JSONElement {
    func writeJSON(to writer: inout JSONByteWriter) {
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
