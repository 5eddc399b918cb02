public import Docx

/// One hostile (or merely unusual) input file and what reading it must give.
public struct HostileInput: Sendable, CustomStringConvertible {
    /// What reading the input must give.
    public enum Outcome: Sendable, Equatable {
        /// It reads, and its body paragraphs have exactly these texts.
        case reads([String])
        /// It fails with exactly this code.
        case fails(DocxError.Code)
    }

    /// A file-name-friendly name that says the case, such as "zip-bomb-ratio-64mib-text-lying-size".
    public var name: String
    /// What reading it must give.
    public var outcome: Outcome
    /// Text the error's message must contain, when it tells which check refused the input.
    public var messageFragment: String?
    private var make: @Sendable () -> [UInt8]

    /// Creates a case whose bytes are made by `bytes` each time they are asked for.
    public init(
        _ name: String, _ bytes: @autoclosure @escaping @Sendable () -> [UInt8], _ outcome: Outcome,
        saying messageFragment: String? = nil
    ) {
        self.name = name
        self.make = bytes
        self.outcome = outcome
        self.messageFragment = messageFragment
    }

    /// The file's bytes, made anew on each use (a full-size case can be hundreds of megabytes).
    public var bytes: [UInt8] { make() }

    /// The result `docx-extract` reports for the file: "ok", or the error code such as "limit_exceeded".
    public var expectedResult: String {
        switch outcome {
        case .reads: "ok"
        case .fails(let code): code.rawValue
        }
    }

    /// The name (the bytes would swamp test output).
    public var description: String { name }
}
