internal import Dispatch

/// What a reading has recorded, in document order: the paragraphs split, the names recorded from them and their
/// numeric findings, grown one gathered piece at a time.
struct RecordedParagraphs: Sendable {
    /// The paragraphs split, in document order.
    var paragraphs: [ParagraphText] = []
    /// The names, lists and facts recorded from them.
    var names = NameCollection()
    /// The numeric findings of the paragraphs, in document order.
    var findings = Gathering()

    /// Appends `piece`, the paragraphs gathered right after these: their texts, numeric findings and names.
    ///
    /// The piece's steps are recorded in order by `enterprises`; `piece` is left without its texts, steps and findings.
    mutating func append(_ piece: inout Gathering, recordingWith enterprises: EnterpriseExtractor) {
        paragraphs.appendMoving(from: &piece.split)
        piece.steps.drain { enterprises.record($0, of: paragraphs, into: &names) }
        findings.takeFindings(of: &piece)
    }

    /// Splits and gathers `pending`, the paragraphs read right after these, on up to `threads` threads, and appends
    /// them.
    ///
    /// The paragraphs are cut into pieces of `pieceSize`. On one thread (or for one piece) each piece is split into
    /// these paragraphs and gathered into these findings directly. On several, the threads take pieces in turn; a
    /// thread that has gathered a piece appends every piece that is next in document order and gathered, unless another
    /// thread is appending: appending (recording names, which must go in order) then runs alongside the gathering of
    /// later pieces instead of after all of it. The result is the same for any number of threads.
    mutating func gather(
        _ pending: [ParagraphText.Unsplit], threads: Int, pieceSize: Int, with extractor: DocumentExtractor
    ) {
        guard !pending.isEmpty else { return }
        let first = paragraphs.count
        let pieceCount = (pending.count + pieceSize - 1) / pieceSize
        guard threads > 1, pieceCount > 1 else {
            // Split straight into the paragraphs and gathered straight into the findings, piece by piece: no other
            // piece waits to come before these.
            paragraphs.reserveGrowing(toHold: paragraphs.count + pending.count)
            for piece in 0..<pieceCount {
                let part = (piece * pieceSize)..<min(pending.count, (piece + 1) * pieceSize)
                for offset in part { paragraphs.append(ParagraphText(pending[offset])) }
                extractor.gather(
                    paragraphs[(first + part.lowerBound)...], startingAt: first + part.lowerBound, into: &findings)
                findings.steps.drain { extractor.enterprises.record($0, of: paragraphs, into: &names) }
            }
            return
        }
        var taken = RecordedParagraphs()
        swap(&taken, &self)
        let pieces = OrderedPieces<Gathering, RecordedParagraphs>(count: pieceCount, consumer: consume taken)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, pieceCount))) { _ in
            while let piece = pieces.next() {
                var gathering = Gathering()
                let part = (piece * pieceSize)..<min(pending.count, (piece + 1) * pieceSize)
                gathering.split.reserveCapacity(part.count)
                for offset in part { gathering.split.append(ParagraphText(pending[offset])) }
                extractor.gather(gathering.split[...], startingAt: first + part.lowerBound, into: &gathering)
                pieces.finish(piece, gathering) { recorded, gathering in
                    recorded.append(&gathering, recordingWith: extractor.enterprises)
                }
            }
        }
        self = pieces.finished()
    }
}
