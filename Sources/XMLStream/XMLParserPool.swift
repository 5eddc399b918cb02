import Synchronization

/// Parsers kept between documents, so that the next document parsed reuses a libxml2 context, the names interned in
/// it and their codes instead of making them again.
///
/// Thread-safe: any thread takes a parser, uses it alone, and gives it back. The pool keeps at most `capacity` idle
/// parsers, each holding at most ``XMLStreamParser/maxReusableNames`` names.
public final class XMLParserPool: Sendable {
    private let idle: Mutex<[IdleParser]>
    private let capacity: Int
    private let makeVocabulary: @Sendable () -> any XMLVocabulary

    /// Creates an empty pool keeping at most `capacity` idle parsers; each new parser gets a vocabulary of its own.
    public init(capacity: Int, vocabulary: @escaping @Sendable () -> any XMLVocabulary) {
        self.capacity = capacity
        makeVocabulary = vocabulary
        idle = Mutex([])
    }

    /// A parser that can begin a document: an idle one when there is one, else a new one.
    public func take() -> XMLStreamParser {
        idle.withLock { $0.popLast() }?.parser ?? XMLStreamParser(vocabulary: makeVocabulary())
    }

    /// Keeps `parser` for a later ``take()`` when it can begin another document and the pool has room; the caller
    /// must not use it afterwards.
    public func recycle(_ parser: XMLStreamParser) {
        guard parser.isReusable else { return }
        let kept = IdleParser(parser: parser)
        idle.withLock { parsers in
            if parsers.count < capacity { parsers.append(kept) }
        }
    }

    /// The number of idle parsers held.
    public var idleCount: Int { idle.withLock { $0.count } }
}

/// A parser while it sits in the pool.
///
/// Sound to send between threads: the pool holds the only use of an idle parser (when its document ended its handler
/// was told to let it go, and was let go), and `take` hands it to one caller.
private struct IdleParser: @unchecked Sendable {
    let parser: XMLStreamParser
}
