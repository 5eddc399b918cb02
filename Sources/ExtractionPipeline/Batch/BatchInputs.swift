public import Docx
internal import SystemPackage

#if canImport(FoundationEssentials)
    internal import FoundationEssentials
#else
    internal import Foundation
#endif
internal import Zip

/// Expands command-line inputs — files, folders (recursively), `.zip` archives (nested ones too) — into
/// batch items, lazily and in a stable order, so that a batch holds only the items in flight.
///
/// Archive entries are read into memory, never written to disk, so entry names such as `../x` or `/etc/x`
/// are only labels. Names stored in GB18030 without the UTF-8 flag are decoded by `Zip`.
public struct BatchInputs: Sequence {
    /// The inputs as given.
    public var inputs: [String]
    /// The limits that also bound each archive entry's size.
    public var limits: DocxLimits
    /// How deep archives inside archives are opened.
    public var maxArchiveDepth: Int

    /// An archive already in memory (an upload), read before `inputs`.
    public var archive: (label: String, bytes: [UInt8])?

    /// Creates the sequence.
    public init(_ inputs: [String], limits: DocxLimits = .init(), maxArchiveDepth: Int = 4) {
        self.inputs = inputs
        self.limits = limits
        self.maxArchiveDepth = maxArchiveDepth
    }

    /// The documents of an archive held in memory, such as an upload; `label` prefixes their paths.
    public init(archiveBytes bytes: [UInt8], label: String, limits: DocxLimits = .init(), maxArchiveDepth: Int = 4) {
        self.init([], limits: limits, maxArchiveDepth: maxArchiveDepth)
        archive = (label, bytes)
    }

    /// Extensions read as Word documents.
    public static let documentExtensions: Set<String> = ["docx", "docm", "dotx", "dotm"]

    /// An iterator that expands one input at a time.
    public struct Iterator: IteratorProtocol {
        private var pendingInputs: [String]
        private let limits: DocxLimits
        private let maxArchiveDepth: Int
        /// Items expanded and not yet handed out, from `queueHead` on; it fills only once it has been emptied.
        private var queue: [BatchItem] = []
        private var queueHead = 0
        private var archives: [ArchiveCursor] = []

        init(_ sequence: BatchInputs) {
            pendingInputs = sequence.inputs.reversed()
            limits = sequence.limits
            maxArchiveDepth = sequence.maxArchiveDepth
            if let archive = sequence.archive {
                openArchive(label: archive.label, depth: 1) {
                    try ZipArchive(bytes: archive.bytes, label: archive.label)
                }
            }
        }

        /// The next item, or nil when every input is exhausted.
        public mutating func next() -> BatchItem? {
            while true {
                if queueHead < queue.count {
                    queueHead += 1
                    return queue[queueHead - 1]
                }
                if queueHead > 0 {
                    queue.removeAll()
                    queueHead = 0
                }
                if !archives.isEmpty {
                    if let item = nextFromArchive() { return item }
                    continue
                }
                guard let input = pendingInputs.popLast() else { return nil }
                expand(input)
            }
        }

        private mutating func expand(_ input: String) {
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                queue.append(.failed(path: input, code: .io, message: "\(input): no such file or folder"))
                return
            }
            if isDirectory {
                let files = Self.filesBelow(input)
                for file in files { classify(file) }
                return
            }
            classify(input)
        }

        private mutating func classify(_ path: String) {
            let ext = BatchInputs.fileExtension(of: path)
            if BatchInputs.documentExtensions.contains(ext) {
                queue.append(.document(.file(path: path)))
            } else if ext == "zip" {
                openArchive(label: path, depth: 1) { try ZipArchive(path: path) }
            } else {
                queue.append(.skipped(path: path, reason: "not a .docx"))
            }
        }

        private mutating func openArchive(label: String, depth: Int, open: () throws -> ZipArchive) {
            do {
                let archive = try open()
                archives.append(ArchiveCursor(archive: archive, label: label, depth: depth))
            } catch let error as ZipError {
                // An archive that is a zip at all but cannot be opened is damaged, whatever libzip calls it.
                let code: DocxError.Code = error.code == .notAZip ? .notAZip : .corruptArchive
                queue.append(.failed(path: label, code: code, message: "\(label): \(error.message)"))
            } catch {
                queue.append(.failed(path: label, code: .io, message: "\(label): \(error)"))
            }
        }

        /// The next item of the innermost open archive; nil when that archive is finished (and closed).
        private mutating func nextFromArchive() -> BatchItem? {
            guard var cursor = archives.popLast() else { return nil }
            while cursor.position < cursor.archive.entries.count {
                let entry = cursor.archive.entries[cursor.position]
                cursor.position += 1
                if entry.isDirectory { continue }
                let path = cursor.label + "!/" + entry.name
                let ext = BatchInputs.fileExtension(of: entry.name)
                let isDocument = BatchInputs.documentExtensions.contains(ext)
                let isArchive = ext == "zip"
                guard isDocument || isArchive else {
                    archives.append(cursor)
                    return .skipped(path: path, reason: "not a .docx")
                }
                if isArchive, cursor.depth >= maxArchiveDepth {
                    archives.append(cursor)
                    return .failed(
                        path: path, code: .limitExceeded,
                        message: "\(path): archives nested deeper than \(maxArchiveDepth)")
                }
                let limit = ZipReadLimit(maxBytes: limits.maxFileBytes, maxCompressionRatio: limits.maxCompressionRatio)
                let bytes: [UInt8]
                do {
                    bytes = try cursor.archive.contents(of: entry, limit: limit)
                } catch let error as ZipError {
                    archives.append(cursor)
                    return .failed(path: path, code: DocxError.Code(error.code), message: "\(path): \(error.message)")
                } catch {
                    archives.append(cursor)
                    return .failed(path: path, code: .io, message: "\(path): \(error)")
                }
                archives.append(cursor)
                if isDocument { return .document(.entry(path: path, bytes: bytes)) }
                openArchive(label: path, depth: cursor.depth + 1) { try ZipArchive(bytes: bytes, label: path) }
                return nil
            }
            return nil
        }

        /// Every regular file below a folder, sorted by path so that batches are reproducible; folders that cannot
        /// be listed are passed over, and symbolic links to folders are not followed.
        private static func filesBelow(_ folder: String) -> [String] {
            let files = FileManager.default
            var found: [String] = []
            var folders = [folder]
            while let current = folders.popLast() {
                guard let names = try? files.contentsOfDirectory(atPath: current) else { continue }
                for name in names {
                    let path = current.hasSuffix("/") ? current + name : current + "/" + name
                    var isDirectory = false
                    guard files.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
                    if !isDirectory {
                        found.append(path)
                    } else if (try? files.attributesOfItem(atPath: path)[.type] as? FileAttributeType)
                        != .typeSymbolicLink
                    {
                        folders.append(path)
                    }
                }
            }
            return found.sorted()
        }
    }

    /// The extension of a file name or path, lowercased: what follows the last dot of the last component, "" when
    /// the component has no dot or only a leading one.
    public static func fileExtension(of path: String) -> String {
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: "."), dot != name.startIndex
        else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// An iterator over the items.
    public func makeIterator() -> Iterator { Iterator(self) }
}

/// An open archive and how far its entries have been read.
private struct ArchiveCursor {
    let archive: ZipArchive
    let label: String
    let depth: Int
    var position = 0
}
