import ArgumentParser
import Foundation
import RapportCore

// Everything the command line prints goes through the same text policy as the screen: output
// may quote a file or a store, and nothing from either reaches the terminal raw.

/// `text` as it may be printed: line by line, each line shown safely (line breaks are kept;
/// escape sequences and other control characters become placeholders).
func printable(_ text: String) -> String {
    // "\r\n" is one Character in Swift, so it is named as a break of its own.
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        .map { TextSafety.displayable(String($0)) }.joined(separator: "\n")
}

/// Prints `text` on stdout through `printable`.
func say(_ text: String, terminator: String = "\n") {
    print(printable(text), terminator: terminator)
}

/// Prints `text` on stderr through `printable`, line breaks kept (usage help after an error).
func sayOnStandardError(_ text: String) {
    FileHandle.standardError.write(Data((printable(text) + "\n").utf8))
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
