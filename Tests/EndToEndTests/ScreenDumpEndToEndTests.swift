import Foundation
import XCTest

/// `:dump FILE` in the real dashboard: the file holds the screen as tmux shows it, without the
/// command line that asked for it.
final class ScreenDumpEndToEndTests: XCTestCase {
    func testDumpWritesTheScreenAsPlainText() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--today", "2026-11-18"]).status, 0)
        let session = try TmuxSession(command: "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18", width: 100, height: 30)
        try session.waitFor("Accounts (40)")
        let dump = scratch.file("screen.txt")
        try session.type(":dump \(dump)")
        try session.waitFor(":dump")
        try session.press("Enter")
        let after = try session.waitFor("Wrote the screen to")
        XCTAssertTrue(session.waitForFile(dump), after.joined(separator: "\n"))
        let lines = try XCTUnwrap(scratch.read("screen.txt")).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.count, 31, "30 rows and the final line break")
        XCTAssertTrue(lines.contains { $0.contains("Accounts (40)") })
        XCTAssertTrue(lines.contains { $0.contains("Bluefin Materials SA") })
        XCTAssertFalse(lines.contains { $0.contains(":dump") }, "the command line is not in the dump")
        XCTAssertFalse(lines.contains { $0.hasSuffix(" ") }, "trailing blanks trimmed")
        // What tmux shows, row by row (the status line aside, which now says the file was written).
        for (row, shown) in zip(lines.prefix(20), after.prefix(20)) {
            XCTAssertEqual(row, String(shown.reversed().drop { $0 == " " }.reversed()))
        }
        try session.press("q")
    }
}
