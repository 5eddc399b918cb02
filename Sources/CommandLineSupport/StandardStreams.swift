internal import Foundation

/// Writing to stdout and stderr without Foundation's buffering surprises.
public enum StandardStreams {
    /// Writes `text` to standard output.
    public static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes one line to standard error.
    public static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
