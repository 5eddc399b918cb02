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
        writer.array(extraction.amounts)
        if let blocks {
            writer.key("blocks")
            writer.array(blocks)
        }
        writer.key("counts")
        writer.array(extraction.counts)
        writer.key("dates")
        writer.array(extraction.dates)
        writer.key("enterprises")
        writer.array(extraction.enterprises)
        writer.key("facts")
        writer.beginObject()
        writer.key("amount_purposes")
        writer.array(extraction.amountFacts)
        writer.key("enterprise_counts")
        writer.array(extraction.countFacts)
        writer.endObject()
        writer.key("organizations")
        writer.array(extraction.organizations)
        writer.key("percentages")
        writer.array(extraction.percentages)
        writer.key("properties")
        properties.writeJSON(to: &writer)
        writer.key("schema_version")
        writer.string(Self.schemaVersion)
        writer.key("source")
        source.writeJSON(to: &writer)
        writer.member("text", ifPresent: text)
        writer.key("warnings")
        writer.array(warnings)
        writer.endObject()
    }
}

extension ExtractionReport.Warning: JSONElement {
    func writeJSON(to writer: inout JSONByteWriter) {
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
