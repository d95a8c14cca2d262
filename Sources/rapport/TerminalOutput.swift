import ArgumentParser
import Foundation
import RapportCore

// Everything the command line prints goes through the same text policy as the screen: output
// may quote a file or a store, and nothing from either reaches the terminal raw.

/// Prints `text` on stdout, line breaks kept and every line through the text policy.
func say(_ text: String, terminator: String = "\n") {
    print(TextSafety.displayableLines(text), terminator: terminator)
}

/// Output made for another program (an export piped into a file or a command): the bytes are
/// the format, so they go as they are — but only when stdout is not a terminal; on a terminal
/// the same text is shown through the text policy, as everything else is.
func emit(_ chunk: String, stdoutIsTerminal: Bool) throws {
    if stdoutIsTerminal {
        say(chunk.replacingOccurrences(of: "\r\n", with: "\n"), terminator: "")
    } else {
        // Not a terminal: a file or another program reads these bytes, and cleaning them would
        // change the data (a CSV field keeps what the store holds; JSON escapes controls itself).
        try FileHandle.standardOutput.write(contentsOf: Data(chunk.utf8))
    }
}

/// Prints `text` on stderr the same way (usage help after an error).
func sayOnStandardError(_ text: String) {
    FileHandle.standardError.write(Data((TextSafety.displayableLines(text) + "\n").utf8))
}

/// A one-line note on stderr that does not end the command.
func warn(_ text: String) {
    FileHandle.standardError.write(Data("rapport: \(TextSafety.oneLine(text))\n".utf8))
}

/// Prints the error as one line on stderr (SQLite's multi-line reports folded) and ends the
/// command with a failure.
func fail(_ error: Error) -> ExitCode {
    warn(String(describing: error))
    return ExitCode.failure
}

/// Prints a styled line: each run's text through the text policy, its colours as escapes
/// Rapport builds from numbers.
func sayStyled(_ line: StyledLine) {
    print(line.rendered(safe: TextSafety.displayable))
}
