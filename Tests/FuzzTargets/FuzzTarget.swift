internal import DocumentModel
internal import Docx
internal import Extraction
internal import ExtractionPipeline
internal import Foundation
internal import TestSupport
internal import Zip
internal import ZipTestSupport

/// One layer of the product driven by raw fuzzer bytes: the libFuzzer harnesses in `Fuzz/` and the regression
/// tests replay the same code, so a crasher found by a harness is a failing test as it is.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// The bytes are a zip archive: list it and inflate every entry within a limit.
    case zip
    /// The bytes are WordprocessingML parts, packed into a .docx and read into a report.
    case wordML = "wordml"
    /// The bytes are UTF-8 text, one paragraph per line, run through every extractor.
    case extraction

    /// Separates the parts in a `wordML` input: main document, styles, numbering, footnotes.
    public static let partSeparator: [UInt8] = Array("\n<!--part-->\n".utf8)

    /// Runs the layer on `bytes` and returns the broken invariants it saw, empty when all is well.
    ///
    /// Errors the layer reports for bad input (typed, with a code) are expected and are not problems; a crash, a
    /// hang, an error of the wrong type or a finding that does not match its text is.
    public func run(_ bytes: [UInt8]) -> [String] {
        switch self {
        case .zip: Self.runZip(bytes)
        case .wordML: Self.runWordML(bytes)
        case .extraction: Self.runExtraction(bytes)
        }
    }

    /// Limits small enough that a fuzzer's input cannot make one run slow or large.
    static let limits = DocxLimits(
        maxTotalUncompressedBytes: 32 << 20, maxPartBytes: 8 << 20, maxCompressionRatio: 200, maxEntryCount: 256,
        maxXMLDepth: 256, maxFileBytes: 8 << 20)

    private static func runZip(_ bytes: [UInt8]) -> [String] {
        let archive: ZipArchive
        do { archive = try ZipArchive(bytes: bytes) } catch { return [] }
        var problems: [String] = []
        let limit = ZipReadLimit(maxBytes: 4 << 20, maxCompressionRatio: 200, ratioFloor: 64 << 10)
        for entry in archive.entries.prefix(limits.maxEntryCount) {
            if entry.index < 0 || entry.index >= archive.entries.count {
                problems.append("entry \(entry.name) has index \(entry.index) outside 0..<\(archive.entries.count)")
            }
            do {
                let contents = try archive.contents(of: entry, limit: limit)
                if UInt64(contents.count) > limit.maxBytes {
                    problems.append("entry \(entry.name) inflated to \(contents.count) bytes, above its limit")
                }
            } catch is ZipError {
                continue
            } catch {
                problems.append("entry \(entry.name): error of unexpected type \(type(of: error)): \(error)")
            }
        }
        return problems
    }

    private static let reader = DocxReader(limits: limits)

    private static func runWordML(_ bytes: [UInt8]) -> [String] {
        let parts = split(bytes, separator: partSeparator, maxParts: 4)
        var builder = DocxBuilder().document(bytes: parts[0]).compressed(.stored)
        if parts.count > 1 { builder = builder.styles(String(decoding: parts[1], as: UTF8.self)) }
        if parts.count > 2 { builder = builder.numbering(String(decoding: parts[2], as: UTF8.self)) }
        if parts.count > 3 { builder = builder.footnotes(String(decoding: parts[3], as: UTF8.self)) }
        let package = builder.build()
        let document: Document
        do { document = try reader.read(bytes: package, name: "fuzz.docx") } catch { return [] }
        let extraction = extractor.extract(from: document)
        var problems = MentionCheck(paragraphs: document.allParagraphs).problems(in: extraction)
        let report = ExtractionReport(
            source: .init(fileName: "fuzz.docx", byteSize: package.count, sha256: ""), document: document,
            extraction: extraction, includeText: true, includeBlocks: true)
        do {
            let json = try JSONOutput.encode(report)
            if (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil {
                problems.append("the report's JSON does not parse")
            }
        } catch {
            problems.append("the report cannot be encoded: \(error)")
        }
        return problems
    }

    private static let extractor = DocumentExtractor()

    private static func runExtraction(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            Paragraph(index: index, text: String(line))
        }
        return MentionCheck(paragraphs: paragraphs).problems(in: extractor.extract(from: paragraphs))
    }

    /// Splits at every occurrence of `separator`, into at most `maxParts` parts (the last keeps the rest).
    public static func split(_ bytes: [UInt8], separator: [UInt8], maxParts: Int) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + separator.count <= bytes.count, parts.count < maxParts - 1 {
            if bytes[index..<index + separator.count].elementsEqual(separator) {
                parts.append(Array(bytes[start..<index]))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Array(bytes[start...]))
        return parts
    }
}
