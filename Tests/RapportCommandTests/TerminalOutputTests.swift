import RapportCore
import XCTest

@testable import rapport

/// What the command line prints passes through the screen's text policy: a store or file name
/// with an escape sequence in it cannot retitle, clear or read the user's terminal.
final class TerminalOutputTests: XCTestCase {
    func testPrintedTextKeepsItsLinesButNoControlCharacters() {
        let hostile = "wrote 3 accounts to /tmp/\u{1B}]0;pwned\u{07}x.sqlite\n\u{1B}[2Jnext line\r\n\u{9B}31m\u{202E}end\n"
        let printed = TextSafety.displayableLines(hostile)
        // The lines stay lines (a trailing line break too), CR LF becomes one break
        XCTAssertEqual(printed.split(separator: "\n", omittingEmptySubsequences: false).count, 4)
        XCTAssertTrue(printed.hasPrefix("wrote 3 accounts to /tmp/"))
        XCTAssertTrue(printed.contains("next line"))
        // And nothing a terminal would obey survives: ESC, BEL, CSI (C1), CR, bidi override
        for scalar in ["\u{1B}", "\u{07}", "\u{9B}", "\r", "\u{202E}"] {
            XCTAssertFalse(printed.contains(scalar), "\(scalar.unicodeScalars.first.map { String($0.value, radix: 16) } ?? "") survived")
        }
    }

    func testPlainTextIsPrintedAsItIs() {
        let table = "| Where | Keys | What it does |\n| --- | --- | --- |\n| Accounts | `/` | Filter as you type |\n"
        XCTAssertEqual(TextSafety.displayableLines(table), table)
        XCTAssertEqual(TextSafety.displayableLines("Ålesund Fiskeri AS · 東京精密 · 👩‍💻"), "Ålesund Fiskeri AS · 東京精密 · 👩‍💻")
    }
}
