import ArgumentParser
import CommandLineSupport
import ExtractionPipeline

/// Translates a failure once, at the edge: a one-line message with the code on stderr, the error as
/// JSON on stdout when the command's output is JSON, and the exit status.
enum Failure {
    static func reporting<T>(json: Bool, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DocxError {
            StandardStreams.error("docx-extract: \(error.code.rawValue): \(error.message)")
            if json { StandardStreams.write(ErrorRecord(error).json + "\n") }
            throw ExitCode(error.code == .io ? 2 : 1)
        }
    }
}
