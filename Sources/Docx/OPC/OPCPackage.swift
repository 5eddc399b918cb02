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
        contentTypes = try parse("[Content_Types].xml", with: ContentTypesHandler(), memo: Self.contentTypes) {
            $0.result
        }
    }

    /// Whether the package has a part with this name (case-insensitive, as OPC requires).
    func hasPart(_ name: String) -> Bool { entriesByName[name.lowercased()] != nil }

    /// The relationships of `part` ("" for the package's own); empty when it has none.
    func relationships(of part: String) throws(DocxError) -> [Relationship] {
        let relsPart = part.isEmpty ? "_rels/.rels" : PartName.relationshipsPart(of: part)
        guard hasPart(relsPart) else { return [] }
        let handler = RelationshipsHandler(sourcePart: part)
        return try parse(relsPart, with: handler, memo: Self.relationships, context: part) { $0.result }
    }

    /// Streams a part through a parser of its kind's pool into `handler`, counting inflated bytes against the limits.
    func parse(_ part: String, with handler: any PartHandler) throws(DocxError) {
        _ = try stream(part, into: handler, repeating: nil, collectingUpTo: nil)
    }

    /// What `handler` gives for a part, as `parse(_:with:)` then `result(handler)` would, answered from `memo` when
    /// the part repeats one parsed before.
    ///
    /// A part whose zip entry stores it as the remembered one was stored is known to inflate to the same bytes and to
    /// pass the same CRC and limit checks, so it is not inflated. Any other repeated part is still read to its end
    /// within the limits (and its CRC checked), only not parsed again. A part parsed here is remembered. `ignoring`
    /// names an element the handler skips whole, cut from the part's first chunk when that is exact
    /// (``IgnoredElement``).
    func parse<Handler: PartHandler, Result>(
        _ part: String, with handler: Handler, memo: PartMemo<Result>, context: String = "",
        ignoring ignored: IgnoredElement? = nil, result: (Handler) -> Result
    ) throws(DocxError) -> Result {
        let entry = entriesByName[part.lowercased()]
        let key = PartMemo<Result>.Key(maxDepth: limits.maxXMLDepth, context: context)
        let candidate = memo.candidate(count: entry?.declaredSize ?? 0, key: key)
        if let entry, let candidate, try storesRepeat(of: candidate, in: entry, part: part) { return candidate.result }
        let outcome = try stream(
            part, into: handler, repeating: candidate?.bytes, collectingUpTo: memo.maxBytes, ignoring: ignored)
        if outcome.repeated, let candidate { return candidate.result }
        let parsed = result(handler)
        if let bytes = outcome.bytes, let entry {
            let stored = archive.storedBytes(of: entry, maxBytes: memo.maxBytes).map {
                PartMemo<Result>.StoredForm(bytes: $0, crc: entry.crc, compressionMethod: entry.compressionMethod)
            }
            memo.remember(bytes, stored: stored, key: key, result: parsed)
        }
        return parsed
    }

    /// Whether `entry` stores the remembered part byte for byte and would pass every check that reading it does, so
    /// that reading it would give the remembered bytes; its inflated size is then counted as read.
    ///
    /// False sends the part down the reading path, which reports whatever is wrong with it as it always does.
    private func storesRepeat<Result>(of candidate: PartMemo<Result>.Entry, in entry: ZipEntry, part: String)
        throws(DocxError) -> Bool
    {
        guard let stored = candidate.stored, !entry.isEncrypted, entry.crc == stored.crc,
            entry.compressionMethod == stored.compressionMethod, entry.compressedSize == UInt64(stored.bytes.count)
        else { return false }
        let limit = readLimit()
        let inflated = UInt64(candidate.bytes.count)
        let compressed = max(entry.compressedSize, 1)
        guard entry.declaredSize <= limit.maxBytes, inflated <= limit.maxBytes,
            inflated < limit.ratioFloor || inflated / compressed <= limit.maxCompressionRatio,
            archive.storedBytes(of: entry, maxBytes: stored.bytes.count) == stored.bytes
        else { return false }
        bytesRead += inflated
        // Reading checks the budget after each chunk, and a part with bytes has at least one.
        if inflated > 0, budget.isExceeded { throw budget.exceededError(part: part) }
        return true
    }

    /// The bounds on the next part's inflated bytes: the per-part limit, within what is left of the package's total.
    private func readLimit() -> ZipReadLimit {
        let remaining = limits.maxTotalUncompressedBytes - min(bytesRead, limits.maxTotalUncompressedBytes)
        return ZipReadLimit(
            maxBytes: min(limits.maxPartBytes, remaining), maxCompressionRatio: limits.maxCompressionRatio)
    }

    /// Streams a part into `handler`, counting inflated bytes against the limits.
    ///
    /// While the part's bytes repeat `known` they are held back from the parser; a part equal to `known` is never parsed (`repeated`), and one
    /// that differs gets the held-back bytes first. With `collectingUpTo`, the bytes of a part parsed to its end
    /// are returned too, unless it has more than that many. The first bytes the parser gets go without `ignored`,
    /// when it can be cut from them; the returned bytes are the part's own.
    private func stream(
        _ part: String, into handler: any PartHandler, repeating known: [UInt8]?, collectingUpTo: Int?,
        ignoring ignored: IgnoredElement? = nil
    ) throws(DocxError) -> (repeated: Bool, bytes: [UInt8]?) {
        guard let entry = entriesByName[part.lowercased()] else {
            throw DocxError(.missingPart, "\(part): the part is missing from the package")
        }
        let remaining = limits.maxTotalUncompressedBytes - min(bytesRead, limits.maxTotalUncompressedBytes)
        let limit = readLimit()
        if entry.declaredSize > limit.maxBytes {
            throw DocxError(
                .limitExceeded,
                "\(part): declares \(entry.declaredSize) bytes, more than the limit of \(limit.maxBytes)")
        }
        // Taken from the pool when the first bytes reach it (a repeated part never needs one), and given back when
        // the part is done: a parser that finished the part cleanly is kept for the next one.
        var parser: XMLStreamParser?
        let parsers = type(of: handler).parsers
        defer { if let parser { parsers.recycle(parser) } }
        func startedParser() -> XMLStreamParser {
            if let parser { return parser }
            let started = parsers.take()
            started.begin(handler: handler, maxDepth: limits.maxXMLDepth)
            parser = started
            return started
        }
        // Whether the parser has had bytes: only the first it gets are cut, and only within the first
        // `IgnoredElement.window` of them, however many chunks were held back, so that the same bytes are read the
        // same way whatever was read before.
        var fed = false
        func feed(_ bytes: Span<UInt8>) throws(XMLStreamError) {
            defer { fed = true }
            let window = min(bytes.count, IgnoredElement.window)
            if !fed, let ignored, let kept = ignored.cut(from: bytes.extracting(0..<window)) {
                try startedParser().feed(kept.span)
                if window < bytes.count { try startedParser().feed(bytes.extracting(window..<bytes.count)) }
            } else {
                try startedParser().feed(bytes)
            }
        }
        var partBytes: UInt64 = 0
        // Counted even when the part fails: broken optional parts must not get round the total limit.
        defer { bytesRead += partBytes }
        var hasContent = false
        // The bytes of `known` the part has repeated so far, held back from the parser.
        var held = 0
        var isRepeating = known != nil
        // The bytes parsed so far, for the memo; held-back bytes join them only when they are released.
        var collected: [UInt8]? = collectingUpTo != nil ? [] : nil
        func release() throws(XMLStreamError) {
            isRepeating = false
            guard let known, held > 0 else { return }
            collected?.append(contentsOf: known[0..<held])
            try feed(known.span.extracting(0..<held))
        }
        do {
            try archive.read(entry, limit: limit) { chunk in
                partBytes += UInt64(chunk.count)
                if !hasContent { hasContent = Self.hasContent(chunk) }
                if isRepeating, let known, known.matches(chunk, at: held) {
                    held += chunk.count
                } else {
                    if isRepeating { try release() }
                    if let maxBytes = collectingUpTo, collected != nil {
                        if partBytes > UInt64(maxBytes) {
                            collected = nil
                        } else {
                            chunk.withUnsafeBufferPointer { collected?.append(contentsOf: $0) }
                        }
                    }
                    try feed(chunk)
                }
                if budget.isExceeded { throw budget.exceededError(part: part) }
            }
            if isRepeating, held == known?.count { return (true, nil) }
            if isRepeating { try release() }
            try startedParser().finish()
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
        return (false, collected)
    }

    /// The content types of packages read before, by the bytes of `[Content_Types].xml`.
    private static let contentTypes = PartMemo<ContentTypes>()
    /// The relationships of parts read before, by the bytes of their `.rels` part and the part they belong to.
    private static let relationships = PartMemo<[Relationship]>(capacity: 8)

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
