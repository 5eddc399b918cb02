import ArgumentParser
import Foundation
import Docx
import ExtractionPipeline

/// Writing to stdout and stderr without Foundation's buffering surprises.
enum StandardStreams {
    /// Writes `text` to standard output.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Translates a failure once, at the edge: a one-line message with the code on stderr, the error as
/// JSON on stdout when the command's output is JSON, and the exit status.
enum Failure {
    static func reporting<T>(json: Bool, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DocxError {
            StandardStreams.error("docx-extract: \(error.code.rawValue): \(error.message)")
            if json { StandardStreams.write(ErrorRecord(code: error.code.rawValue, message: error.message).json + "\n") }
            throw ExitCode(error.code == .io ? 2 : 1)
        }
    }
}
