import Foundation
import RapportCore
import RapportStore
import XCTest

/// Two dashboards on one store, and a store another program holds locked: every change applies
/// to what is stored, appears in the other window without a key, and is never lost.
final class SharedStoreEndToEndTests: XCTestCase {
    let today = "2026-11-18"

    func dashboard(_ store: String) -> String {
        "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today \(today)"
    }

    /// The selected initiative's progress, from the focused initiatives pane (beside the
    /// accounts or below them): the first row under its header, from the header's left edge.
    func selectedProgress(_ lines: [String]) -> Int? {
        guard let header = lines.firstIndex(where: { $0.contains("Initiative ") && $0.contains("Status") }), header + 1 < lines.count,
            let column = lines[header].range(of: "Initiative ").map({ lines[header].distance(from: lines[header].startIndex, to: $0.lowerBound) })
        else { return nil }
        let row = String(lines[header + 1].dropFirst(column))
        guard let range = row.range(of: #"\d+%"#, options: .regularExpression) else { return nil }
        return Int(row[range].dropLast())
    }

    func makeStore(_ scratch: Scratch) throws -> String {
        let store = scratch.file("shared.sqlite")
        let result = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "40", "--today", today])
        XCTAssertEqual(result.status, 0, result.standardError)
        // Start every test from a known progress the keys can move either way.
        let database = try openStore(store)
        let initiative = try firstShownInitiative(database)
        var edited = initiative
        edited.progress = 20
        _ = try database.apply(.editInitiative(RecordEdit(original: initiative, edited: edited)), at: Date())
        try database.close()
        return store
    }

    /// The initiative the dashboard selects first: the top account's soonest due.
    func firstShownInitiative(_ database: AppDatabase) throws -> Initiative {
        let top = try XCTUnwrap(try database.accountPage(AccountPageRequest(sort: .name, anchor: .first, limit: 1)).entries.first)
        return try XCTUnwrap(try database.initiatives(accountID: top.id).first)
    }

    func testTwoDashboardsEachAddToTheStoredProgressAndSeeTheSum() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = try makeStore(scratch)
        let first = try TmuxSession(command: dashboard(store))
        let second = try TmuxSession(command: dashboard(store))
        for window in [first, second] {
            try window.waitFor("Accounts (40)")
            try window.press("Tab")
            try window.waitForScreen { self.selectedProgress($0) == 20 }
        }
        try first.press("+")
        try first.press("+")
        try first.press("+")
        try first.waitForScreen { self.selectedProgress($0) == 35 }
        // The second window still shows 20 until it notices; its + adds to what is stored.
        try second.press("+")
        let secondScreen = try second.waitForScreen(timeout: 5) { self.selectedProgress($0) == 40 }
        XCTAssertEqual(selectedProgress(secondScreen), 40, secondScreen.joined(separator: "\n"))
        // The first window shows the sum within a second, without a key.
        let started = Date()
        let firstScreen = try first.waitForScreen(timeout: 3) { self.selectedProgress($0) == 40 }
        XCTAssertEqual(selectedProgress(firstScreen), 40, firstScreen.joined(separator: "\n"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.5, "the other window's change should appear within a second")
        try first.press("q")
        try second.press("q")
        _ = try first.waitForScreen { _ in (try? first.format("#{pane_dead}")) != "0" }
        _ = try second.waitForScreen { _ in (try? second.format("#{pane_dead}")) != "0" }
        let database = try openStore(store)
        let initiative = try firstShownInitiative(database)
        XCTAssertEqual(initiative.progress, 40)
        let history = try database.progressUpdates(initiativeID: initiative.id ?? 0).map { "\($0.previousProgress)→\($0.progress)" }
        XCTAssertEqual(history, ["35→40", "30→35", "25→30", "20→25"], "newest first, each from what was stored")
    }

    func testALockHeldByAnotherProgramNeverFreezesTheScreenAndTheChangeLandsAfter() throws {
        try requireTmux()
        guard (try? runCommand("/usr/bin/env", ["sh", "-c", "command -v sqlite3"]).status) == 0 else {
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("sqlite3 is missing: .ci/run should have installed it") }
            throw XCTSkip("sqlite3 is not installed")
        }
        let scratch = try Scratch()
        let store = try makeStore(scratch)
        let locker = try TmuxSession(command: "sqlite3 \(shellQuote(store))")
        try locker.waitFor("sqlite>")
        let window = try TmuxSession(command: dashboard(store))
        try window.waitFor("Accounts (40)")
        try window.press("Tab")
        try window.waitForScreen { self.selectedProgress($0) == 20 }
        try locker.type("BEGIN IMMEDIATE;")
        try locker.press("Enter")
        try locker.type("UPDATE account SET notes = notes WHERE id = 1;")
        try locker.press("Enter")
        try window.press("+")
        try window.waitFor("locked by another program", timeout: 5)
        // The screen still answers keys while the change waits.
        try window.press("?")
        let help = try window.waitFor("Keys · Initiatives", timeout: 2)
        XCTAssertTrue(help.contains { $0.contains("Progress +5 points") }, help.joined(separator: "\n"))
        try window.press("Escape")
        try locker.type("COMMIT;")
        try locker.press("Enter")
        let saved = try window.waitForScreen(timeout: 5) { self.selectedProgress($0) == 25 }
        XCTAssertEqual(selectedProgress(saved), 25, saved.joined(separator: "\n"))
        try window.press("q")
        try locker.type(".quit")
        try locker.press("Enter")
    }
}
