public import DocumentModel
internal import SystemPackage

#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif
internal import XMLStream
internal import Zip

/// Reads a `.docx` (also `.docm`, `.dotx`, `.dotm`) into a ``Document``, streaming every part through libxml2.
///
/// The main part is found through the package relationships, never by a fixed path; the other parts
/// through the main part's relationships. Failures are ``DocxError``s with stable codes.
public struct DocxReader: Sendable {
    /// The limits applied to every document read.
    public var limits: DocxLimits
    /// Whether paragraphs keep their runs (``Paragraph/runs``).
    ///
    /// A reader whose paragraphs are read only for their text (extraction, plain text) leaves them out: each
    /// paragraph's text is then made once from the bytes of its visible runs, with no string per run of text, and
    /// its `runs` are empty. Everything else in the blocks, and the memory budget's charges, are the same either way;
    /// so is the text, as libxml2 hands on well-formed UTF-8 only (bytes that were not would be repaired once for the
    /// paragraph rather than run by run).
    public var keepsRuns: Bool

    /// Creates a reader with the given limits, whose paragraphs keep their runs unless `keepsRuns` is false.
    public init(limits: DocxLimits = .init(), keepsRuns: Bool = true) {
        self.limits = limits
        self.keepsRuns = keepsRuns
    }

    /// This reader with paragraphs read for their text alone (``keepsRuns`` false).
    public var withoutRuns: DocxReader {
        var reader = self
        reader.keepsRuns = false
        return reader
    }

    /// Reads the document at `path`.
    public func read(contentsOf path: String) throws(DocxError) -> Document {
        try read(try openArchive(atPath: path), streaming: nil)
    }

    /// Reads the document at `path`, handing each top-level block of the main story to `body` as soon as it is
    /// complete (with its section path) instead of keeping it, so memory follows the largest block, not the
    /// document; the returned document has the other stories, the properties and the warnings, and an empty body.
    public func read(contentsOf path: String, streamingBody body: @escaping (Block) -> Void) throws(DocxError)
        -> Document
    {
        try read(try openArchive(atPath: path), streaming: BodyStream(handler: body, releasesBlocks: true))
    }

    private func openArchive(atPath path: String) throws(DocxError) -> ZipArchive {
        let size: UInt64
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            // An NSNumber where Foundation is loaded (it casts to UInt64), else a Swift integer of some width.
            switch attributes[.size] {
            case let bytes as UInt64: size = bytes
            case let bytes as any BinaryInteger: size = UInt64(clamping: bytes)
            default: size = 0
            }
        } catch {
            throw DocxError(.io, "\(path): cannot be read (\(error))")
        }
        if size == 0 { throw DocxError(.emptyFile, "\(path): the file is empty") }
        if size > limits.maxFileBytes {
            throw DocxError(.limitExceeded, "\(path): \(size) bytes, more than the limit of \(limits.maxFileBytes)")
        }
        let head = try Self.prefix(ofFileAt: path, count: 8)
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            // OLE2 containers are small; read the whole file to tell a legacy .doc from an encrypted .docx.
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw DocxError(.io, "\(path): cannot be read")
            }
            try Self.rejectNonZip(FormatSniffer.format(of: [UInt8](bytes)), label: path)
        }
        try Self.rejectNonZip(FormatSniffer.format(of: head), label: path)
        do {
            return try ZipArchive(path: path)
        } catch {
            throw Self.translate(error, label: path)
        }
    }

    /// Reads a document held in memory, such as an upload; `name` labels it in messages.
    ///
    /// libzip reads the bytes in place: they are not copied.
    public func read(bytes: [UInt8], name: String = "(upload)") throws(DocxError) -> Document {
        try read(bytes: bytes, name: name, streaming: nil)
    }

    /// Reads a document held in memory as ``read(bytes:name:)`` does, handing each top-level block of the main story
    /// to `body` as soon as it is complete (with its section path) instead of keeping it, so that another thread can
    /// extract from the blocks while the rest is read.
    ///
    /// The blocks handed on stay charged to the memory budget, so a document is refused exactly when
    /// ``read(bytes:name:)`` refuses it. The returned document has the other stories, the properties and the
    /// warnings, and an empty body.
    public func read(bytes: [UInt8], name: String = "(upload)", handingOnBody body: @escaping (consuming Block) -> Void)
        throws(DocxError) -> Document
    {
        try read(bytes: bytes, name: name, streaming: BodyStream(handler: body, releasesBlocks: false))
    }

    private func read(bytes: [UInt8], name: String, streaming: BodyStream?) throws(DocxError) -> Document {
        if UInt64(bytes.count) > limits.maxFileBytes {
            throw DocxError(
                .limitExceeded, "\(name): \(bytes.count) bytes, more than the limit of \(limits.maxFileBytes)")
        }
        try Self.rejectNonZip(FormatSniffer.format(of: bytes), label: name)
        let outcome = bytes.withUnsafeBytes { raw in
            Result { () throws(ZipError) in
                try ZipArchive.withArchive(over: raw, label: name) { archive in
                    do throws(DocxError) {
                        return ArchiveOutcome.read(try read(archive, streaming: streaming))
                    } catch {
                        return .failed(error)
                    }
                }
            }
        }
        switch outcome {
        case .success(.read(let document)): return document
        case .success(.failed(let error)): throw error
        case .failure(let error): throw Self.translate(error, label: name)
        }
    }

    /// Where the main story's top-level blocks go instead of into the document, and whether they are released from
    /// the memory budget once handed on.
    private struct BodyStream {
        let handler: (consuming Block) -> Void
        let releasesBlocks: Bool
    }

    /// What reading an archive in memory gave: a plain enum, because a `Result<Document, DocxError>` handed to the
    /// generic `withArchive` makes the runtime look up `DocxError: Error` in every conformance record on first use.
    private enum ArchiveOutcome {
        case read(Document)
        case failed(DocxError)
    }

    /// The error a document would get from its first bytes alone, when they already show it is not a .docx (nor a
    /// legacy or encrypted Word file), so that an upload can be answered before the rest of it arrives.
    public static func refusal(ofLeadingBytes bytes: some Collection<UInt8>, name: String) -> DocxError? {
        guard FormatSniffer.rulesOutZipAndOLE2(leadingBytes: bytes) else { return nil }
        return DocxError(.notAZip, "\(name): not a .docx (the file is not a zip archive)")
    }

    private func read(_ archive: ZipArchive, streaming: BodyStream?) throws(DocxError) -> Document {
        let package = try OPCPackage(archive: archive, limits: limits)
        let packageRelationships = try package.relationships(of: "")
        let mainPart = try Self.mainPart(of: package, relationships: packageRelationships)
        let mainRelationships = try package.relationships(of: mainPart)
        var warnings: [ReaderWarning] = []

        func optionalPart(_ kind: String) -> [String] {
            mainRelationships.filter { $0.kind == kind && !$0.isExternal }.map(\.target)
        }
        func readOptional<Result>(_ part: String, _ read: () throws(DocxError) -> Result) throws(DocxError)
            -> Result?
        {
            guard package.hasPart(part) else {
                warnings.append(
                    ReaderWarning(
                        code: .missingPart, element: nil, firstLocation: PartLocation(part: part),
                        message: "\(part) is referenced by a relationship but missing from the package"))
                return nil
            }
            do {
                return try read()
            } catch  where error.code == .malformedXML {
                warnings.append(
                    ReaderWarning(
                        code: .unreadablePart, element: nil, firstLocation: error.location ?? PartLocation(part: part),
                        message: "\(error.message); the part was skipped"))
                return nil
            }
        }
        func parseOptional(_ part: String, with handler: any PartHandler) throws(DocxError) -> Bool {
            try readOptional(part) { () throws(DocxError) in try package.parse(part, with: handler) } != nil
        }

        // A part that fails to parse is skipped whole: what was read of it before the damage is not applied.
        var styles = StylesHandler().result
        for part in optionalPart("styles").prefix(1) {
            let read = try readOptional(part) { () throws(DocxError) in
                try package.parse(part, with: StylesHandler(), memo: Self.styleSheets, ignoring: .latentStyles) {
                    $0.result
                }
            }
            if let read { styles = read }
        }
        var numbering = NumberingHandler().result
        for part in optionalPart("numbering").prefix(1) {
            let read = try readOptional(part) { () throws(DocxError) in
                try package.parse(part, with: NumberingHandler(), memo: Self.numberingDefinitions) { $0.result }
            }
            if let read { numbering = read }
        }
        let session = ReadingSession(
            styles: styles, numbering: numbering, budget: package.budget, keepsRuns: keepsRuns)

        var body: [Block] = []
        if let streaming {
            let bodyReader = StoryReader(
                session: session, part: mainPart, story: .body,
                topLevelBlocks: { block in
                    // Moved out of the story, which drops its blocks once handed on, rather than copied.
                    var handed = Block.paragraph(Paragraph(index: 0, text: ""))
                    swap(&handed, &block)
                    streaming.handler(handed)
                }, releasingHandedOn: streaming.releasesBlocks)
            try package.parse(mainPart, with: bodyReader)
            _ = bodyReader.finish()
        } else {
            let bodyReader = StoryReader(session: session, part: mainPart, story: .body)
            try package.parse(mainPart, with: bodyReader)
            body = bodyReader.finish().first?.blocks ?? []
        }

        var stories: [Story] = []
        let storyParts: [(String, StoryKind)] = [
            ("footnotes", .footnote), ("endnotes", .endnote), ("comments", .comment), ("header", .header),
            ("footer", .footer),
        ]
        for (kind, story) in storyParts {
            for part in optionalPart(kind).sorted() {
                let reader = StoryReader(session: session, part: part, story: story)
                if try parseOptional(part, with: reader) { stories += reader.finish() }
            }
        }

        var properties = DocumentProperties()
        for relationship in packageRelationships where !relationship.isExternal {
            guard
                relationship.kind == "core-properties" || relationship.kind == "metadata/core-properties"
                    || relationship.kind == "extended-properties"
            else { continue }
            let part = relationship.target
            let fields = try readOptional(part) { () throws(DocxError) in
                try package.parse(part, with: PropertiesHandler(), memo: Self.propertyFields) { $0.fields }
            }
            if let fields { properties.apply(fields) }
        }
        return Document(body: body, stories: stories, properties: properties, warnings: warnings + session.warnings)
    }

    /// The style sheets of documents read before, by their bytes: documents from one template share them.
    private static let styleSheets = PartMemo<StyleSheet>()
    /// The numbering definitions of documents read before, by their bytes.
    private static let numberingDefinitions = PartMemo<NumberingDefinitions>()
    /// The properties set by properties parts read before, by their bytes.
    private static let propertyFields = PartMemo<[PropertyField]>()

    private static func mainPart(of package: OPCPackage, relationships: [Relationship]) throws(DocxError) -> String {
        let officeDocument = relationships.first { $0.kind == "officeDocument" && !$0.isExternal }
        guard let part = officeDocument?.target else {
            if let other = package.contentTypes.overrides.values.compactMap(ContentTypes.otherKind).first {
                throw DocxError(.notWordDocument, "the package is \(other), not a Word document")
            }
            throw DocxError(.missingPart, "_rels/.rels: no officeDocument relationship leads to a main document part")
        }
        let type = package.contentTypes.type(of: part)
        if let type, !ContentTypes.wordMainTypes.contains(type) {
            if let other = ContentTypes.otherKind(type) {
                throw DocxError(.notWordDocument, "the package is \(other), not a Word document (\(part) is \(type))")
            }
            if type != "application/xml" && type != "text/xml" {
                throw DocxError(.notWordDocument, "\(part) has content type \(type), not a WordprocessingML document")
            }
        }
        guard package.hasPart(part) else {
            throw DocxError(.missingPart, "\(part): the main document part is missing from the package")
        }
        return part
    }

    private static func rejectNonZip(_ format: FormatSniffer.Format, label: String) throws(DocxError) {
        switch format {
        case .zip: return
        case .empty: throw DocxError(.emptyFile, "\(label): the file is empty")
        case .legacyDoc:
            throw DocxError(.legacyDoc, "\(label): a legacy Word 97–2003 document (.doc); save it as .docx to read it")
        case .encryptedOOXML:
            throw DocxError(
                .encrypted, "\(label): the document is password-protected (encrypted); remove the password to read it")
        case .unknown: throw DocxError(.notAZip, "\(label): not a .docx (the file is not a zip archive)")
        }
    }

    private static func translate(_ error: ZipError, label: String) -> DocxError {
        // The bytes begin like a zip (they passed the sniffer) but have no central directory: cut short.
        guard error.code != .notAZip else {
            return DocxError(
                .corruptArchive, "\(label): the zip archive is truncated or damaged (no central directory)")
        }
        return DocxError(error)
    }

    private static func prefix(ofFileAt path: String, count: Int) throws(DocxError) -> [UInt8] {
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(FilePath(path), .readOnly)
        } catch {
            throw DocxError(.io, "\(path): cannot be opened (\(error))")
        }
        defer { try? descriptor.close() }
        var bytes = [UInt8](repeating: 0, count: count)
        do {
            let read = try bytes.withUnsafeMutableBytes { try descriptor.read(into: $0) }
            bytes.removeLast(count - read)
        } catch {
            throw DocxError(.io, "\(path): cannot be read (\(error))")
        }
        return bytes
    }
}
