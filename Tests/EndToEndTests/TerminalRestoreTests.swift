import Foundation
import XCTest

/// However the dashboard ends, the terminal is given back as it was, as a terminal emulator
/// (tmux) sees it. Signals, crashes and stops are in `SignalMatrixTests`.
final class TerminalRestoreTests: XCTestCase {
    /// Runs the dashboard under `sh`, records its pid, and after it ends records the tty modes.
    func runDashboard(in scratch: Scratch) throws -> TmuxSession {
        let store = scratch.file("book.sqlite")
        let demo = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "5", "--today", "2026-11-18"])
        XCTAssertEqual(demo.status, 0, demo.standardError)
        let inner = "echo $$ > \(shellQuote(scratch.file("pid"))); exec \(shellQuote(RapportBinary.path)) --store \(shellQuote(store))"
        let script = """
            sh -c \(shellQuote(inner)); echo $? > \(shellQuote(scratch.file("status"))); \
            stty -a > \(shellQuote(scratch.file("stty"))); sleep 60
            """
        let session = try TmuxSession(command: script)
        try session.waitFor("Accounts (5)")
        XCTAssertEqual(try session.format("#{alternate_on}"), "1", "the dashboard uses the alternate screen")
        return session
    }

    func assertRestored(_ session: TmuxSession, _ scratch: Scratch, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertTrue(session.waitForFile(scratch.file("stty")), "the dashboard did not end", file: file, line: line)
        let modes = scratch.read("stty") ?? ""
        let words = Set(modes.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        XCTAssertTrue(words.contains("echo"), "echo is off:\n\(modes)", file: file, line: line)
        XCTAssertTrue(words.contains("icanon"), "canonical mode is off:\n\(modes)", file: file, line: line)
        XCTAssertTrue(words.contains("icrnl"), "CR→NL translation is off:\n\(modes)", file: file, line: line)
        XCTAssertEqual(try session.format("#{alternate_on}"), "0", "still on the alternate screen", file: file, line: line)
        XCTAssertEqual(try session.format("#{cursor_flag}"), "1", "the cursor is hidden", file: file, line: line)
    }

    func testQuitRestores() throws {
        try requireTmux()
        let scratch = try Scratch()
        let session = try runDashboard(in: scratch)
        try session.press("q")
        try assertRestored(session, scratch)
        XCTAssertEqual(scratch.read("status")?.trimmingCharacters(in: .whitespacesAndNewlines), "0")
    }

    func testCtrlCQuits() throws {
        try requireTmux()
        let scratch = try Scratch()
        let session = try runDashboard(in: scratch)
        try session.press("C-c")
        try assertRestored(session, scratch)
    }

    func testUnknownTerminalTypeIsAClearError() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let command = """
            TERM=no-such-terminal \(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) 2> \(shellQuote(scratch.file("err"))); \
            echo $? > \(shellQuote(scratch.file("status"))); sleep 60
            """
        let session = try TmuxSession(command: command)
        XCTAssertTrue(session.waitForFile(scratch.file("status")))
        XCTAssertEqual(scratch.read("status")?.trimmingCharacters(in: .whitespacesAndNewlines), "1")
        let error = scratch.read("err") ?? ""
        XCTAssertTrue(error.contains("no-such-terminal"), error)
        XCTAssertEqual(error.split(separator: "\n").count, 1, "one line: \(error)")
        XCTAssertEqual(try session.format("#{alternate_on}"), "0")
    }
}
