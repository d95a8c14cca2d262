import ArgumentParser
import Foundation
import RapportCore

// Everything the command line prints goes through the same text policy as the screen: output
// may quote a file or a store, and nothing from either reaches the terminal raw.

/// Prints `text` on stdout, line breaks kept and every line through the text policy.
func say(_ text: String, terminator: String = "\n") {
    print(TextSafety.displayableLines(text), terminator: terminator)
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

/// Prints a line whose escape sequences were put there by Rapport itself (a theme preview's
/// colours) and whose text was made safe piece by piece before they were added.
func sayStyled(_ line: String) {
    print(line)
}
