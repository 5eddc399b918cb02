/// A batch record written as its `encode(to:)` encodes it, with the same keys.
extension BatchRecord: JSONWritable {
    /// Writes `path`, `status` and the one field the status calls for, keys in sorted order.
    public func writeJSON(to writer: inout JSONByteWriter) {
        writer.beginObject()
        if let error {
            writer.key(CodingKeys.error)
            error.writeJSON(to: &writer)
        }
        writer.key(CodingKeys.path)
        writer.string(path)
        if let reason {
            writer.key(CodingKeys.reason)
            writer.string(reason)
        }
        if let report {
            writer.key(CodingKeys.report)
            report.writeJSON(to: &writer)
        }
        writer.key(CodingKeys.status)
        writer.string(status.rawValue)
        writer.endObject()
    }
}
