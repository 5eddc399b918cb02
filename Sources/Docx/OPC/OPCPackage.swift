internal import DocumentModel
internal import XMLStream
internal import Zip

/// An Open Packaging Conventions package on a zip archive: parts by name, content types, relationships,
/// and streaming of a part's XML into a handler within the limits.
final class OPCPackage {
    private let archive: ZipArchive
    private let limits: DocxLimits
    private var entriesByName: [String: ZipEntry] = [:]
    private var bytesRead: UInt64 = 0
    private(set) var contentTypes = ContentTypes()
    /// What the document's model may hold; the handlers charge it, and a part's parse stops once it is exceeded.
    let budget: DocumentBudget

    init(archive: ZipArchive, limits: DocxLimits) throws(DocxError) {
        self.archive = archive
        self.limits = limits
        self.budget = DocumentBudget(limit: limits.maxDocumentBytes)
        guard archive.entries.count <= limits.maxEntryCount else {
            throw DocxError(
                .limitExceeded,
                "the archive has \(archive.entries.count) entries, more than the limit of \(limits.maxEntryCount)")
        }
        for entry in archive.entries {
            let key = entry.name.lowercased()
            if entriesByName[key] != nil {
                throw DocxError(.duplicateEntry, "\(entry.name): the archive has two entries with this name")
            }
            entriesByName[key] = entry
        }
        guard entriesByName["[content_types].xml"] != nil else {
            throw DocxError(.missingPart, "[Content_Types].xml: missing, so this is not an Office Open XML package")
        }
        let handler = ContentTypesHandler()
        try parse("[Content_Types].xml", with: handler)
        contentTypes = handler.result
    }

    /// Whether the package has a part with this name (case-insensitive, as OPC requires).
    func hasPart(_ name: String) -> Bool { entriesByName[name.lowercased()] != nil }

    /// The relationships of `part` ("" for the package's own); empty when it has none.
    func relationships(of part: String) throws(DocxError) -> [Relationship] {
        let relsPart = part.isEmpty ? "_rels/.rels" : PartName.relationshipsPart(of: part)
        guard hasPart(relsPart) else { return [] }
        let handler = RelationshipsHandler(sourcePart: part)
        try parse(relsPart, with: handler)
        return handler.result
    }

    /// Streams a part through a fresh parser into `handler`, counting inflated bytes against the limits.
    func parse(_ part: String, with handler: any XMLEventHandler) throws(DocxError) {
        guard let entry = entriesByName[part.lowercased()] else {
            throw DocxError(.missingPart, "\(part): the part is missing from the package")
        }
        let remaining = limits.maxTotalUncompressedBytes - min(bytesRead, limits.maxTotalUncompressedBytes)
        let limit = ZipReadLimit(
            maxBytes: min(limits.maxPartBytes, remaining), maxCompressionRatio: limits.maxCompressionRatio)
        if entry.declaredSize > limit.maxBytes {
            throw DocxError(
                .limitExceeded,
                "\(part): declares \(entry.declaredSize) bytes, more than the limit of \(limit.maxBytes)")
        }
        let parser = XMLStreamParser(handler: handler, maxDepth: limits.maxXMLDepth, label: part)
        (handler as? any LineTracking)?.lineSource = parser
        var partBytes: UInt64 = 0
        // Counted even when the part fails: broken optional parts must not get round the total limit.
        defer { bytesRead += partBytes }
        var hasContent = false
        do {
            try archive.read(entry, limit: limit) { chunk in
                partBytes += UInt64(chunk.count)
                if !hasContent { hasContent = Self.hasContent(chunk) }
                try parser.feed(chunk)
                if budget.isExceeded { throw budget.exceededError(part: part) }
            }
            try parser.finish()
        } catch let error as ZipError {
            throw Self.translate(error, part: part, totalLimited: remaining < limits.maxPartBytes)
        } catch let error as XMLStreamError {
            // Damage to the archive often shows first as broken XML: read the entry to its end, so that libzip
            // checks its CRC, and report a damaged archive as such.
            do { try archive.read(entry, limit: limit) { _ in } } catch let zipError as ZipError
                where zipError.code == .badCRC || zipError.code == .corrupt
            {
                throw Self.translate(zipError, part: part, totalLimited: remaining < limits.maxPartBytes)
            } catch {}
            let location = PartLocation(part: part, line: error.line)
            // libxml2 words an empty part as "Extra content at the end of the document".
            guard hasContent else {
                throw DocxError(.malformedXML, "\(part): the part is empty (no XML)", location: location)
            }
            switch error.code {
            case .tooDeep: throw DocxError(.limitExceeded, "\(part): \(error.message)", location: location)
            case .doctypeForbidden, .malformed:
                throw DocxError(.malformedXML, "\(part): \(error.message)", location: location)
            }
        } catch let error as DocxError {
            throw error
        } catch {
            throw DocxError(.io, "\(part): \(error)")
        }
    }

    /// Whether `chunk` holds more than white space and byte-order-mark bytes.
    private static func hasContent(_ chunk: Span<UInt8>) -> Bool {
        for index in chunk.indices {
            switch chunk[index] {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
            default: return true
            }
        }
        return false
    }

    private static func translate(_ error: ZipError, part: String, totalLimited: Bool) -> DocxError {
        switch error.code {
        case .entryTooLarge:
            let what = totalLimited ? "the package's total uncompressed size limit" : "the per-part size limit"
            return DocxError(.limitExceeded, "\(part): inflates beyond \(what)")
        // A part that does not inflate as a zip entry should is a damaged archive, whatever libzip calls it.
        case .notAZip: return DocxError(.corruptArchive, error.message)
        default: return DocxError(error)
        }
    }
}

/// A handler that wants to know the parser's current line for its warnings.
protocol LineTracking: AnyObject {
    var lineSource: XMLStreamParser? { get set }
}
