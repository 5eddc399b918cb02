public import DocumentModel

/// The document model written as its `Codable` conformance encodes it (what `docx-extract blocks` prints): keys
/// in sorted order, an absent optional left out.
extension Document: JSONWritable {
    /// Writes body, properties, stories and warnings.
    public func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("body")
        writer.array(body)
        writer.key("properties")
        properties.writeJSON(to: &writer)
        writer.key("stories")
        writer.array(stories)
        writer.key("warnings")
        writer.array(warnings)
        writer.endObject()
    }
}

extension Story: JSONElement {
    /// author, blocks, id, kind, part.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.member("author", ifPresent: author)
        writer.key("blocks")
        writer.array(blocks)
        writer.member("id", ifPresent: id)
        writer.key("kind")
        writer.string(kind.rawValue)
        writer.key("part")
        writer.string(part)
        writer.endObject()
    }
}

extension ReaderWarning: JSONElement {
    /// code, count, element, first_location, message.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("code")
        writer.string(code.rawValue)
        writer.key("count")
        writer.int(count)
        writer.member("element", ifPresent: element)
        if let firstLocation {
            writer.key("first_location")
            firstLocation.writeJSON(to: &writer)
        }
        writer.key("message")
        writer.string(message)
        writer.endObject()
    }
}

extension PartLocation {
    /// line, part.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.member("line", ifPresent: line)
        writer.key("part")
        writer.string(part)
        writer.endObject()
    }
}

extension DocumentProperties {
    /// The properties that are present, in key order.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.member("application", ifPresent: application)
        writer.member("application_version", ifPresent: applicationVersion)
        writer.member("characters", ifPresent: characters)
        writer.member("company", ifPresent: company)
        writer.member("created", ifPresent: created)
        writer.member("creator", ifPresent: creator)
        writer.member("description", ifPresent: description)
        writer.member("keywords", ifPresent: keywords)
        writer.member("last_modified_by", ifPresent: lastModifiedBy)
        writer.member("modified", ifPresent: modified)
        writer.member("pages", ifPresent: pages)
        writer.member("revision", ifPresent: revision)
        writer.member("subject", ifPresent: subject)
        writer.member("template", ifPresent: template)
        writer.member("title", ifPresent: title)
        writer.member("words", ifPresent: words)
        writer.endObject()
    }
}
