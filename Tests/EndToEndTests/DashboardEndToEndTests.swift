import Foundation
import GRDB
import RapportCore
import RapportStore
import XCTest

/// The real binary in a real pseudo-terminal (tmux), on a temporary store.
final class DashboardEndToEndTests: XCTestCase {
    let today = "2026-11-18"

    func makeDemoStore(in scratch: Scratch, accounts: Int = 40) throws -> String {
        let store = scratch.file("book.sqlite")
        let result = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "\(accounts)", "--today", today])
        XCTAssertEqual(result.status, 0, result.standardError)
        return store
    }

    func dashboardCommand(store: String, extra: String = "") -> String {
        "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today \(today) \(extra)"
    }

    /// The first initiative row under the initiatives header in the right-hand pane.
    /// The first row of the initiatives table, from its left edge (beside the accounts or below them).
    func firstInitiativeRow(_ lines: [String]) -> String? {
        guard let header = lines.firstIndex(where: { $0.contains("Initiative ") && $0.contains("Status") }), header + 1 < lines.count,
            let column = lines[header].range(of: "Initiative ").map({ lines[header].distance(from: lines[header].startIndex, to: $0.lowerBound) })
        else { return nil }
        return String(lines[header + 1].dropFirst(column))
    }

    func percent(in row: String) -> Int? {
        guard let range = row.range(of: #"\d+%"#, options: .regularExpression) else { return nil }
        return Int(row[range].dropLast())
    }

    func testMoveTabProgressAndStatusPersistAcrossARestart() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = try makeDemoStore(in: scratch)
        var session: TmuxSession? = try TmuxSession(command: dashboardCommand(store: store))
        guard let first = session else { return }
        try first.waitFor("Accounts (40)")
        try first.press("j")
        try first.press("Tab")
        // The focused pane's border is drawn heavy.
        let before = try first.waitFor("┏━ Initiatives")
        let rowBefore = try XCTUnwrap(firstInitiativeRow(before), before.joined(separator: "\n"))
        let percentBefore = try XCTUnwrap(percent(in: rowBefore), rowBefore)
        let statusBefore = try XCTUnwrap(InitiativeStatus.allCases.first { rowBefore.contains($0.label) }, rowBefore)
        try first.press("+")
        try first.press("+")
        try first.press("+")
        try first.press("s")
        if statusBefore.next.asksForReason {
            // Moving to at risk or blocked asks why first; Enter with nothing saves it with no reason.
            try first.waitFor("Why ")
            try first.press("Enter")
        }
        let expectedPercent = min(100, percentBefore + 15)
        let after = try first.waitForScreen { lines in
            self.firstInitiativeRow(lines).map { $0.contains(statusBefore.next.label) && self.percent(in: $0) == expectedPercent } ?? false
        }
        let rowAfter = try XCTUnwrap(firstInitiativeRow(after))
        XCTAssertEqual(percent(in: rowAfter), expectedPercent, after.joined(separator: "\n"))
        XCTAssertTrue(rowAfter.contains(statusBefore.next.label), rowAfter)
        try first.press("q")
        _ = try first.waitForScreen { _ in (try? first.format("#{pane_dead}")) != "0" }
        session = nil

        // On disk: three progress steps and one status step, one history row each.
        let database = try openStore(store)
        let saved = try database.accounts().flatMap { try database.initiatives(accountID: $0.id ?? 0) }
        let history = try saved.flatMap { try database.progressUpdates(initiativeID: $0.id ?? 0) }
        XCTAssertEqual(history.count, expectedPercent == percentBefore ? 1 : (expectedPercent - percentBefore) / 5 + 1)

        let second = try TmuxSession(command: dashboardCommand(store: store))
        try second.waitFor("Accounts (40)")
        try second.press("j")
        try second.press("Tab")
        let again = try second.waitFor("┏━ Initiatives")
        let rowAgain = try XCTUnwrap(firstInitiativeRow(again))
        XCTAssertEqual(percent(in: rowAgain), expectedPercent, again.joined(separator: "\n"))
        XCTAssertTrue(rowAgain.contains(statusBefore.next.label), rowAgain)
        try second.press("q")
    }

    /// `u` undoes what this window did; after a restart the new window has nothing to undo, and
    /// the change stays.
    func testUndoIsScopedToTheWindowThatMadeTheChange() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = try makeDemoStore(in: scratch)
        var percentBefore = 0
        do {
            let session = try TmuxSession(command: dashboardCommand(store: store))
            try session.waitFor("Accounts (40)")
            try session.press("Tab")
            let before = try session.waitFor("┏━ Initiatives")
            percentBefore = try XCTUnwrap(firstInitiativeRow(before).flatMap(percent(in:)))
            try session.press(percentBefore < 100 ? "+" : "-")
            try session.waitFor("Saved:")
            try session.press("u")
            let undone = try session.waitFor("Undone:")
            XCTAssertEqual(firstInitiativeRow(undone).flatMap(percent(in:)), percentBefore, undone.joined(separator: "\n"))
            try session.press("C-r")
            let redone = try session.waitFor("Redone:")
            XCTAssertNotEqual(firstInitiativeRow(redone).flatMap(percent(in:)), percentBefore)
            try session.press("q")
            _ = try session.waitForScreen { _ in (try? session.format("#{pane_dead}")) != "0" }
        }
        let session = try TmuxSession(command: dashboardCommand(store: store))
        try session.waitFor("Accounts (40)")
        try session.press("u")
        try session.waitFor("Nothing to undo")
        try session.press("Tab")
        let after = try session.waitFor("┏━ Initiatives")
        XCTAssertNotEqual(firstInitiativeRow(after).flatMap(percent(in:)), percentBefore, after.joined(separator: "\n"))
        try session.press("q")
    }

    func testFilterSortAndHelpOnScreen() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = try makeDemoStore(in: scratch)
        let session = try TmuxSession(command: dashboardCommand(store: store))
        try session.waitFor("Accounts (40)")
        try session.press("/")
        try session.type("müller")
        let filtered = try session.waitFor("Accounts (1 of 40)")
        XCTAssertTrue(filtered.contains { $0.contains("Müller Präzision GmbH") }, filtered.joined(separator: "\n"))
        try session.press("Escape")
        try session.waitFor("Accounts (40)")
        try session.press("o")
        let sorted = try session.waitFor("sort: ARR ↓")
        // The new order's first row is selected: the initiatives pane shows the largest account's
        let header = try XCTUnwrap(sorted.firstIndex { $0.contains("┃Account ") })
        let firstName = String(sorted[header + 1].dropFirst().prefix(14))
        XCTAssertTrue(sorted.contains { $0.contains("Initiatives · \(firstName)") }, "\(firstName):\n" + sorted.joined(separator: "\n"))
        try session.press("?")
        let help = try session.waitFor("Keys · Accounts")
        XCTAssertTrue(help.contains { $0.contains("Cycle the sort order") }, help.joined(separator: "\n"))
        XCTAssertTrue(help.contains { $0.contains("Quit") })
        try session.press("Escape")
        let closed = try session.waitForScreen { !$0.contains { $0.contains("Keys · Accounts") } }
        XCTAssertFalse(closed.contains { $0.contains("Keys · Accounts") })
        try session.press("q")
    }

    func testSlashBlockedListsTheAccountsWithABlockedInitiativeAndNamesIt() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = try makeDemoStore(in: scratch)
        // The accounts with a blocked initiative, and one such initiative's title, read from the store
        let (blockedAccounts, titles) = try DatabaseQueue(path: store).read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT account_id) FROM initiative WHERE status = 'blocked'") ?? 0,
             Set(try String.fetchAll(db, sql: "SELECT title FROM initiative WHERE status = 'blocked'")))
        }
        XCTAssertGreaterThan(blockedAccounts, 0)
        let session = try TmuxSession(command: dashboardCommand(store: store))
        try session.waitFor("Accounts (40)")
        try session.press("/")
        try session.type("blocked")
        let filtered = try session.waitFor("Accounts (\(blockedAccounts) of 40)")
        let labels = filtered.compactMap { line in line.range(of: "initiative: ").map { String(line[$0.upperBound...]) } }
        XCTAssertFalse(labels.isEmpty, filtered.joined(separator: "\n"))
        for label in labels {
            // The title as drawn: up to the column's end, or its "…" when cut short.
            let drawn = String(label.prefix { $0 != "…" }).components(separatedBy: "  ")[0]
            XCTAssertTrue(titles.contains { $0.hasPrefix(drawn) }, "“\(label)” names a blocked initiative:\n" + filtered.joined(separator: "\n"))
        }
        try session.press("q")
    }

    func testAnEmptyStoreShowsHowToStart() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("new/rapport.sqlite")
        let session = try TmuxSession(command: dashboardCommand(store: store), width: 80, height: 24)
        let lines = try session.waitFor("Your book is empty")
        XCTAssertTrue(lines.contains { $0.contains("rapport --demo") }, lines.joined(separator: "\n"))
        try session.press("q")
        _ = session.waitForFile(store)
        let attributes = try FileManager.default.attributesOfItem(atPath: store)
        XCTAssertEqual(attributes[.posixPermissions] as? Int, 0o600)
    }

    func testResizeRelaysOutAndTooSmallSaysSo() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = try makeDemoStore(in: scratch)
        let session = try TmuxSession(command: dashboardCommand(store: store))
        try session.waitFor("Accounts (40)")
        try session.tmux(["resize-window", "-t", session.name, "-x", "50", "-y", "12"])
        try session.waitFor("too small")
        try session.tmux(["resize-window", "-t", session.name, "-x", "80", "-y", "24"])
        let narrow = try session.waitFor("Revenue 12m")
        XCTAssertTrue(narrow.contains { $0.contains("Accounts (40)") })
        try session.press("q")
    }

    func testABrokenThemeFileFallsBackToTheDefaultAndSaysWhere() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = try makeDemoStore(in: scratch, accounts: 3)
        let themes = scratch.file("config/rapport/themes")
        try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
        try "name = \"broken\"\n[palette]\nfg = \"#zzzzzz\"\n".write(toFile: themes + "/broken.toml", atomically: true, encoding: .utf8)
        let session = try TmuxSession(
            command: dashboardCommand(store: store, extra: "--theme broken"),
            environment: ["XDG_CONFIG_HOME": scratch.file("config")])
        // File and key, no line: TOMLKit gives positions only for syntax errors. The status bar
        // cuts the rest of the message short, at a word boundary.
        let warning = "/config/rapport/themes/broken.toml: palette.fg"
        let lines = try session.waitFor(warning)
        XCTAssertTrue(lines.contains { $0.contains(warning) }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("Accounts (3)") }, lines.joined(separator: "\n"))
        try session.press("q")
    }
}

/// "What changed" and notes on a change, in the real binary.
final class WhatChangedEndToEndTests: XCTestCase {
    func testANotedChangeShowsInWhatChangedAndEnterGoesToItsAccount() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let demo = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "40", "--today", "2026-11-18"])
        XCTAssertEqual(demo.status, 0, demo.standardError)
        let session = try TmuxSession(command: "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18")
        try session.waitFor("Accounts (40)")
        // The first account's first initiative (20%): +5, then n notes that change
        try session.press("Tab")
        try session.waitFor("┏━ Initiatives")
        try session.press("+")
        try session.waitFor("Saved:")
        try session.press("n")
        try session.waitFor("Note on")
        try session.press("Kick-off", "Space", "done")
        try session.press("Enter")
        try session.waitFor("Noted on")
        // w lists it under its account; Enter goes there
        try session.press("Tab")
        try session.press("w")
        let listed = try session.waitFor("What changed since")
        let text = listed.joined(separator: "\n")
        XCTAssertTrue(text.contains("progress"), text)
        XCTAssertTrue(text.contains("noted on"), text)
        try session.press("Enter")
        try session.waitFor("Went to")
        try session.press("q")
        _ = try session.waitForScreen { _ in (try? session.format("#{pane_dead}")) != "0" }
        // On disk: the note is on the progress change
        let database = try openStore(store)
        let notes = try database.accounts().flatMap { try database.initiatives(accountID: $0.id ?? 0) }
            .flatMap { try database.progressUpdates(initiativeID: $0.id ?? 0) }.map(\.note)
        XCTAssertEqual(notes, ["Kick-off done"])
    }
}
