@testable import DocxExtractServer
import Hummingbird
import HTTPTypes
import Synchronization
import Testing

/// The body a test client sends: `chunks` in order, counting how many were taken.
private struct CountedBody: AsyncSequence, Sendable {
    let chunks: [ByteBuffer]
    let taken: Counter

    struct AsyncIterator: AsyncIteratorProtocol {
        let chunks: [ByteBuffer]
        let taken: Counter
        var position = 0

        mutating func next() async -> ByteBuffer? {
            guard position < chunks.count else { return nil }
            defer { position += 1 }
            taken.increment()
            return chunks[position]
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(chunks: chunks, taken: taken) }
}

private final class Counter: Sendable {
    private let value = Mutex(0)
    func increment() { value.withLock { $0 += 1 } }
    var count: Int { value.withLock { $0 } }
}

@Suite("Upload intake")
struct UploadIntakeTests {
    private static let docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    private func request(_ chunks: [ByteBuffer], taken: Counter, contentLength: Int? = nil) -> Request {
        var fields: HTTPFields = [.contentType: Self.docxType]
        if let contentLength { fields[.contentLength] = String(contentLength) }
        let head = HTTPRequest(
            method: .post, scheme: "http", authority: "localhost", path: "/v1/extract", headerFields: fields)
        return Request(head: head, body: RequestBody(asyncSequence: CountedBody(chunks: chunks, taken: taken)))
    }

    private func intake(maxBytes: Int = 1 << 20, budget: UploadBudget = UploadBudget(capacity: 4 << 20)) -> UploadIntake
    {
        UploadIntake(maxBytes: maxBytes, budget: budget)
    }

    private func problem(_ body: () async throws -> Void) async -> ProblemDetails? {
        do {
            try await body()
            return nil
        } catch {
            return error as? ProblemDetails
        }
    }

    @Test func bodyWhoseFirstBytesRuleOutADocxIsRefusedAfterItsFirstChunk() async {
        let taken = Counter()
        let chunks =
            [ByteBuffer(string: "random bytes, not a zip")]
            + Array(repeating: ByteBuffer(repeating: 7, count: 1024), count: 50)
        let budget = UploadBudget(capacity: 4 << 20)
        let refusal = await problem {
            _ = try await intake(budget: budget).upload(
                of: request(chunks, taken: taken), allowed: [Self.docxType], defaultName: "a.docx", sniffs: true)
        }
        #expect(refusal?.statusCode == 415)
        #expect(refusal?.code == "not_a_zip")
        #expect(taken.count == 1)
        #expect(budget.inUse == 0)
    }

    @Test func declaredLengthOverTheLimitIsRefusedUnread() async {
        let taken = Counter()
        let refusal = await problem {
            _ = try await intake(maxBytes: 1000).upload(
                of: request([ByteBuffer(string: "PK\u{03}\u{04}")], taken: taken, contentLength: 5000),
                allowed: [Self.docxType], defaultName: "a.docx", sniffs: true)
        }
        #expect(refusal?.statusCode == 413)
        #expect(refusal?.code == "limit_exceeded")
        #expect(taken.count == 0)
    }

    @Test func uploadsPastTheInFlightBudgetAreRefusedWith503() async {
        let budget = UploadBudget(capacity: 10_000)
        #expect(budget.tryReserve(8_000))
        let taken = Counter()
        let refusal = await problem {
            _ = try await intake(budget: budget).upload(
                of: request([ByteBuffer(string: "PK\u{03}\u{04}")], taken: taken, contentLength: 4_000),
                allowed: [Self.docxType], defaultName: "a.docx", sniffs: true)
        }
        #expect(refusal?.statusCode == 503)
        #expect(refusal?.code == "busy")
        #expect(taken.count == 0)
        #expect(budget.inUse == 8_000)
    }

    @Test func anUndeclaredBodyIsChargedAsItArrivesAndRefusedWhenTheBudgetRunsOut() async {
        let budget = UploadBudget(capacity: 3_000)
        let taken = Counter()
        let chunks =
            [ByteBuffer(string: "PK\u{03}\u{04}")] + Array(repeating: ByteBuffer(repeating: 0, count: 1_000), count: 10)
        let refusal = await problem {
            _ = try await intake(budget: budget).upload(
                of: request(chunks, taken: taken), allowed: [Self.docxType], defaultName: "a.docx", sniffs: true)
        }
        #expect(refusal?.statusCode == 503)
        #expect(taken.count == 4)
        #expect(budget.inUse == 0)
    }

    @Test func anAcceptedUploadHoldsItsReservationUntilReleased() async throws {
        let budget = UploadBudget(capacity: 1 << 20)
        let chunks = [ByteBuffer(string: "PK\u{03}\u{04}"), ByteBuffer(repeating: 1, count: 100)]
        let upload = try await intake(budget: budget).upload(
            of: request(chunks, taken: Counter(), contentLength: 104), allowed: [Self.docxType], defaultName: "a.docx",
            sniffs: true)
        #expect(upload.bytes.count == 104)
        #expect(budget.inUse == 104)
        budget.release(upload.reservedBytes)
        #expect(budget.inUse == 0)
    }
}
