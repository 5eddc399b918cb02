internal import Dispatch
import Synchronization

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
    /// The piece's steps are recorded in order by `enterprises`; `piece` is left empty, its arrays' storage kept.
    mutating func append(_ piece: inout Gathering, recordingWith enterprises: EnterpriseExtractor) {
        paragraphs += piece.split
        piece.split.removeAll(keepingCapacity: true)
        for step in piece.steps { enterprises.record(step, of: paragraphs, into: &names) }
        piece.steps.removeAll(keepingCapacity: true)
        findings.takeFindings(of: &piece)
    }

    /// Splits, gathers and appends `paragraph`, read right after these, on this thread.
    mutating func gather(_ paragraph: ParagraphText.Unsplit, with extractor: DocumentExtractor) {
        let text = ParagraphText(paragraph)
        // Gathered straight into the findings: nothing gathered comes before it to wait for.
        extractor.gather(text, at: paragraphs.count, into: &findings)
        paragraphs.append(text)
        for step in findings.steps { extractor.enterprises.record(step, of: paragraphs, into: &names) }
        findings.steps.removeAll(keepingCapacity: true)
    }

    /// Splits and gathers `pending`, the paragraphs read right after these, on up to `threads` threads, and appends
    /// them.
    ///
    /// The paragraphs are cut into pieces of `pieceSize` that the threads take in turn. A thread that has gathered a
    /// piece appends every piece that is next in document order and gathered, unless another thread is appending:
    /// appending (recording names, which must go in order) then runs alongside the gathering of later pieces instead of
    /// after all of it. The result is the same as appending each paragraph as it is read, for any number of threads.
    mutating func gather(
        _ pending: [ParagraphText.Unsplit], threads: Int, pieceSize: Int, with extractor: DocumentExtractor
    ) {
        guard !pending.isEmpty else { return }
        let first = paragraphs.count
        let pieceCount = (pending.count + pieceSize - 1) / pieceSize
        var taken = RecordedParagraphs()
        swap(&taken, &self)
        let schedule = PieceSchedule(pieceCount: pieceCount, recorded: consume taken)
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, pieceCount))) { _ in
            while let piece = schedule.nextPiece() {
                var gathering = Gathering()
                let part = (piece * pieceSize)..<min(pending.count, (piece + 1) * pieceSize)
                gathering.split.reserveCapacity(part.count)
                for offset in part {
                    let paragraph = ParagraphText(pending[offset])
                    extractor.gather(paragraph, at: first + offset, into: &gathering)
                    gathering.split.append(paragraph)
                }
                // Moved, never copied: a second reference to the recorded arrays would make the next append copy them.
                var turn = schedule.gathered(piece, gathering)
                while var (recorded, pieces) = turn.take() {
                    for index in pieces.indices {
                        recorded.append(&pieces[index], recordingWith: extractor.enterprises)
                    }
                    turn = schedule.appended(consume recorded)
                }
            }
        }
        self = schedule.finished()
    }
}

/// The pieces of one ``RecordedParagraphs/gather(_:threads:pieceSize:with:)``: which piece is next to gather, the
/// pieces gathered but not yet appended, and the recorded paragraphs, held by the schedule while no thread appends.
private final class PieceSchedule: Sendable {
    private struct State {
        /// The next piece to hand out.
        var nextPiece = 0
        /// How many pieces there are.
        let pieceCount: Int
        /// The pieces gathered and not yet appended, by piece number.
        var waiting: [Gathering?]
        /// The next piece to append.
        var nextToAppend = 0
        /// The recorded paragraphs; nil while a thread appends to them.
        var recorded: RecordedParagraphs?

        /// The pieces that are next in order and gathered, taken out of ``waiting`` (empty when the next is not).
        mutating func takeReady() -> [Gathering] {
            var ready: [Gathering] = []
            while nextToAppend < pieceCount, let piece = waiting[nextToAppend].take() {
                ready.append(piece)
                nextToAppend += 1
            }
            return ready
        }
    }

    private let state: Mutex<State>

    init(pieceCount: Int, recorded: sending RecordedParagraphs) {
        state = Mutex(
            State(
                pieceCount: pieceCount, waiting: [Gathering?](repeating: nil, count: pieceCount),
                recorded: recorded))
    }

    /// The next piece to gather, or nil when every piece has been handed out.
    func nextPiece() -> Int? {
        state.withLock { state in
            guard state.nextPiece < state.pieceCount else { return nil }
            defer { state.nextPiece += 1 }
            return state.nextPiece
        }
    }

    /// Takes `gathering`, piece `piece` gathered; when no thread is appending and pieces are ready in order, hands
    /// the caller the recorded paragraphs and those pieces to append (then ``appended(_:)``).
    func gathered(_ piece: Int, _ gathering: sending Gathering) -> (RecordedParagraphs, [Gathering])? {
        state.withLock { state in
            state.waiting[piece] = gathering
            guard state.recorded != nil else { return nil }
            let ready = state.takeReady()
            guard !ready.isEmpty else { return nil }
            return (state.recorded.take()!, ready)
        }
    }

    /// Takes back the recorded paragraphs from the thread that appended to them, or hands it the pieces that became
    /// ready meanwhile.
    func appended(_ recorded: sending RecordedParagraphs) -> (RecordedParagraphs, [Gathering])? {
        state.withLock { state in
            let ready = state.takeReady()
            guard ready.isEmpty else { return (recorded, ready) }
            state.recorded = recorded
            return nil
        }
    }

    /// The recorded paragraphs with every piece appended, once every thread is done.
    func finished() -> RecordedParagraphs {
        state.withLock { state in
            precondition(state.nextToAppend == state.pieceCount, "a piece gathered but not appended")
            return state.recorded.take()!
        }
    }
}
