internal import DocumentModel
internal import Extraction

/// The report written straight into the output buffer, keys in sorted order. Its `encode(to:)` is the
/// specification, and `JSONOutputTests` checks that both give the same bytes for every sample, with and without
/// text and blocks.
extension ExtractionReport: JSONWritable {
    /// Writes the report as its `encode(to:)` encodes it.
    public func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("amounts")
        writer.records(extraction.amounts) { $0.writeMembers(to: &$1, mention: $2) }
        if let blocks {
            writer.key("blocks")
            writer.array(blocks) { $0.writeJSON(to: &$1) }
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
        properties.writeJSON(to: &writer)
        writer.key("schema_version")
        writer.string(Self.schemaVersion)
        writer.key("source")
        source.writeJSON(to: &writer)
        writer.member("text", ifPresent: text)
        writer.key("warnings")
        writer.array(warnings) { $0.writeJSON(to: &$1) }
        writer.endObject()
    }
}

extension ExtractionReport.Warning {
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("code")
        writer.string(code)
        writer.key("count")
        writer.int(count)
        writer.member("element", ifPresent: element)
        if let location {
            writer.key("location")
            location.writeJSON(to: &writer)
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

extension ExtractionReport.Source {
    /// byte_size, file_name, sha256.
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("byte_size")
        writer.int(byteSize)
        writer.key("file_name")
        writer.string(fileName)
        writer.key("sha256")
        writer.string(sha256)
        writer.endObject()
    }
}
