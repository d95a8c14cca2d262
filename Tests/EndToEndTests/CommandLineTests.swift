import Foundation
import RapportCore
import RapportStore
import XCTest

/// The binary without a screen: subcommands and bad input.
final class CommandLineTests: XCTestCase {
    func testDemoIsDeterministicAndRefusesToOverwrite() throws {
        let scratch = try Scratch()
        let first = scratch.file("a.sqlite")
        let second = scratch.file("b.sqlite")
        for store in [first, second] {
            let result = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "12", "--seed", "9", "--today", "2026-11-18"])
            XCTAssertEqual(result.status, 0, result.standardError)
            XCTAssertTrue(result.standardOutput.contains("wrote 12 demo accounts"), result.standardOutput)
        }
        func dump(_ path: String) throws -> [String] {
            let database = try openStore(path)
            return try database.accounts().flatMap { account -> [String] in
                ["\(account.name) \(account.annualRecurringRevenue)"] + (try database.initiatives(accountID: account.id ?? 0).map { "\($0.title) \($0.progress)" })
            }
        }
        XCTAssertEqual(try dump(first), try dump(second))
        let again = try runCommand(RapportBinary.path, ["demo", "--store", first, "--today", "2026-11-18"])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.standardError.contains("already holds 12 accounts"), again.standardError)
        let replaced = try runCommand(RapportBinary.path, ["demo", "--store", first, "--accounts", "3", "--replace", "--today", "2026-11-18"])
        XCTAssertEqual(replaced.status, 0, replaced.standardError)
        XCTAssertEqual(try openStore(first).accountCount(), 3)
    }

    func testAFileThatIsNotAStoreIsAOneLineErrorAndUntouched() throws {
        let scratch = try Scratch()
        let path = scratch.file("notes.txt")
        try "hello\n".write(toFile: path, atomically: true, encoding: .utf8)
        // Without a terminal the dashboard stops before it opens anything; `demo` opens the file
        for (arguments, reason) in [(["--store", path], "not a terminal"), (["demo", "--store", path], "not a Rapport store")] {
            let result = try runCommand(RapportBinary.path, arguments)
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.standardError.split(separator: "\n").count, 1, result.standardError)
            XCTAssertTrue(result.standardError.contains(reason), result.standardError)
            XCTAssertEqual(scratch.read("notes.txt"), "hello\n")
        }
    }

    func testAStoreFromANewerVersionIsRefused() throws {
        let scratch = try Scratch()
        let path = scratch.file("future.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", path, "--accounts", "2"]).status, 0)
        let insert = try runCommand("/usr/bin/env", [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO grdb_migrations VALUES ('v99')\"); c.commit()", path,
        ])
        XCTAssertEqual(insert.status, 0, insert.standardError)
        let before = FileManager.default.contents(atPath: path)
        let result = try runCommand(RapportBinary.path, ["demo", "--store", path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("newer Rapport"), result.standardError)
        XCTAssertEqual(result.standardError.split(separator: "\n").count, 1)
        XCTAssertEqual(FileManager.default.contents(atPath: path), before)
    }

    func testUnknownThemeListsTheAvailableOnes() throws {
        let scratch = try Scratch()
        let result = try runCommand(RapportBinary.path, ["--store", scratch.file("s.sqlite"), "--theme", "solarized-neon"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("unknown theme 'solarized-neon'"), result.standardError)
        for name in ["default", "light", "mono", "high-contrast", "colour-blind"] { XCTAssertTrue(result.standardError.contains(name), result.standardError) }
    }

    /// RAPPORT_THEME is copied into the message; an escape sequence in it must not reach the terminal.
    func testAnUnknownThemeNameFromTheEnvironmentIsShownSafelyOnOneLine() throws {
        let scratch = try Scratch()
        let result = try runCommand(
            RapportBinary.path, ["--store", scratch.file("s.sqlite")], environment: ["RAPPORT_THEME": "x\u{1B}[2J\ny"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("unknown theme 'x\u{2426}[2J y'"), result.standardError)
        XCTAssertFalse(result.standardError.contains("\u{1B}"), result.standardError)
        XCTAssertEqual(result.standardError.split(separator: "\n").count, 1, result.standardError)
    }

    func testADateThatIsNotADateIsRefused() throws {
        let result = try runCommand(RapportBinary.path, ["demo", "--today", "2026-02-30"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.contains("'2026-02-30' is not a date"), result.standardError)
    }

    func testAFiscalYearStartThatIsNotAMonthIsRefused() throws {
        let result = try runCommand(RapportBinary.path, ["--fiscal-year-start", "smarch"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.contains("'smarch' is not a month; use 1–12 or a name like apr"), result.standardError)
    }

    func testTheFiscalYearStartNamesTheQuarters() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "3", "--today", "2026-11-18"]).status, 0)
        let session = try TmuxSession(
            command: "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18 --fiscal-year-start apr")
        let lines = try session.waitFor("Q3 FY2027 QTD")
        XCTAssertTrue(lines.contains { $0.contains("Accounts (3)") })
        try session.press("q")
    }

    func testUnknownFlagGetsUsageHelp() throws {
        let result = try runCommand(RapportBinary.path, ["--frobnicate"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.contains("Unknown option '--frobnicate'"), result.standardError)
        XCTAssertTrue(result.standardError.contains("Usage:"), result.standardError)
    }

    func testVersionPrintsTheVersion() throws {
        let result = try runCommand(RapportBinary.path, ["--version"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardOutput, "0.10.0\n")
    }

    func testEachCommandsHelpNamesTheStoreItUses() throws {
        // (the help wraps its lines: compare with the spacing folded)
        func help(_ arguments: [String]) throws -> String {
            let result = try runCommand(RapportBinary.path, arguments)
            XCTAssertEqual(result.status, 0, result.standardError)
            return result.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        let demo = try help(["demo", "--help"])
        XCTAssertTrue(demo.contains("default: the demo's own store, $XDG_DATA_HOME/rapport/demo.sqlite; never $RAPPORT_STORE"), demo)
        let dashboard = try help(["dashboard", "--help"])
        XCTAssertTrue(dashboard.contains("default: $RAPPORT_STORE, else $XDG_DATA_HOME/rapport/rapport.sqlite; with --demo, the demo's own store"), dashboard)
    }

    func testArgumentErrorsQuoteTheCommandLineSafely() throws {
        // ArgumentParser's own messages quote what was typed; a crafted argument must not reach
        // the terminal as a sequence (this one would set the window title)
        for arguments in [["--\u{1B}]0;PWNED\u{07}"], ["forecast", "--horizon", "\u{1B}[2J"], ["\u{9B}31m"]] {
            let result = try runCommand(RapportBinary.path, arguments)
            XCTAssertNotEqual(result.status, 0)
            XCTAssertFalse(result.standardError.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" }, result.standardError)
            XCTAssertTrue(result.standardError.contains("␦"), result.standardError)
        }
    }

    func testOutputThatIsNotATerminalIsAClearErrorAndChangesNothing() throws {
        let scratch = try Scratch()
        let result = try runCommand(RapportBinary.path, ["--store", scratch.file("s.sqlite")])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("not a terminal"), result.standardError)
        XCTAssertEqual(result.standardError.split(separator: "\n").count, 1)
        // The store is checked for a terminal before it is created (or migrated)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.file("s.sqlite")))
    }

    func testKeysCommandPrintsTheKeymapTable() throws {
        let result = try runCommand(RapportBinary.path, ["keys"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.standardOutput.hasPrefix("| Where | Keys | What it does |"))
        XCTAssertTrue(result.standardOutput.contains("| Initiatives | `+` `=` | Progress +5 points |"), result.standardOutput)
    }

    func testDemoFlagUsesItsOwnStoreNeverTheUsers() throws {
        try requireTmux()
        let scratch = try Scratch()
        let session = try TmuxSession(
            command: "\(shellQuote(RapportBinary.path)) --demo",
            environment: ["XDG_DATA_HOME": scratch.file("data"), "RAPPORT_STORE": scratch.file("mine.sqlite")])
        try session.waitFor("Accounts (40)")
        try session.press("q")
        XCTAssertTrue(session.waitForFile(scratch.file("data/rapport/demo.sqlite")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.file("mine.sqlite")))
    }
}
