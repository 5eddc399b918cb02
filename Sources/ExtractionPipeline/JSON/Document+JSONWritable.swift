public import DocumentModel

/// The document model written as its `Codable` conformance encodes it (what `docx-extract blocks` prints): keys
/// in sorted order, an absent optional left out.
extension Document: JSONWritable {
    /// Writes body, properties, stories and warnings.
    public func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("body")
        writer.array(body) { $0.writeJSON(to: &$1) }
        writer.key("properties")
        properties.writeJSON(to: &writer)
        writer.key("stories")
        writer.array(stories) { $0.writeJSON(to: &$1) }
        writer.key("warnings")
        writer.array(warnings) { $0.writeJSON(to: &$1) }
        writer.endObject()
    }
}

extension Story {
    /// author, blocks, id, kind, part.
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        if let author {
            writer.key("author")
            writer.string(author)
        }
        writer.key("blocks")
        writer.array(blocks) { $0.writeJSON(to: &$1) }
        if let id {
            writer.key("id")
            writer.string(id)
        }
        writer.key("kind")
        writer.string(kind.rawValue)
        writer.key("part")
        writer.string(part)
        writer.endObject()
    }
}

extension ReaderWarning {
    /// code, count, element, first_location, message.
    fileprivate func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.key("code")
        writer.string(code.rawValue)
        writer.key("count")
        writer.int(count)
        if let element {
            writer.key("element")
            writer.string(element)
        }
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
        if let line {
            writer.key("line")
            writer.int(line)
        }
        writer.key("part")
        writer.string(part)
        writer.endObject()
    }
}

extension DocumentProperties {
    /// The properties that are present, in key order.
    func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        writer.member("application", application)
        writer.member("application_version", applicationVersion)
        writer.member("characters", characters)
        writer.member("company", company)
        writer.member("created", created)
        writer.member("creator", creator)
        writer.member("description", description)
        writer.member("keywords", keywords)
        writer.member("last_modified_by", lastModifiedBy)
        writer.member("modified", modified)
        writer.member("pages", pages)
        writer.member("revision", revision)
        writer.member("subject", subject)
        writer.member("template", template)
        writer.member("title", title)
        writer.member("words", words)
        writer.endObject()
    }
}

extension JSONByteWriter {
    /// The member `key` when `value` is present.
    fileprivate mutating func member(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
    }

    /// The member `key` when `value` is present.
    fileprivate mutating func member(_ key: StaticString, _ value: Int?) {
        guard let value else { return }
        self.key(key)
        int(value)
    }
}
