import Foundation
import RapportCore
import RapportStore
import XCTest

/// The agenda in the real binary: an item snoozed for a week is gone until its day (the day
/// moved with --today, across restarts), and `rapport agenda` prints the same queue.
final class AgendaEndToEndTests: XCTestCase {
    private func dashboard(_ store: String, today: String) throws -> TmuxSession {
        let command = "\(shellQuote(RapportBinary.path)) --demo --store \(shellQuote(store)) --today \(today)"
        let session = try TmuxSession(command: command)
        try session.waitFor("Book ARR")
        try session.press("a")
        try session.waitFor("Agenda · ")
        return session
    }

    private func quit(_ session: TmuxSession) throws {
        try session.press("q")
        _ = try session.waitForScreen { _ in (try? session.format("#{pane_dead}")) != "0" }
    }

    /// "Vantage Retail Inc     Data residency move" from the first row, "┃ 16.8 ! Vantage Retail
    /// Inc     Data residency move: 53 days overdue   2026-10-09┃": the account and the
    /// initiative's title, as every frame draws them (the demo's most urgent item on 1 December
    /// is an overdue initiative; the days overdue change with the day, these do not; the same
    /// initiative may be on the agenda again as blocked, an item of its own).
    private func identity(ofFirstItemIn screen: [String]) throws -> String {
        let header = try XCTUnwrap(screen.firstIndex { $0.contains("What and why") }, screen.joined(separator: "\n"))
        let row = screen[header + 1].dropFirst(9)  // "┃", the score's five columns, a space, the kind and a space
        return String(try XCTUnwrap(row.range(of: ": ").map { row[..<$0.lowerBound] }, String(row)))
    }

    func testASnoozedItemIsGoneUntilItsDay() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("demo.sqlite")
        var session = try dashboard(store, today: "2026-12-01")
        let first = try session.screen()
        let title = try identity(ofFirstItemIn: first)
        XCTAssertFalse(title.isEmpty, first.joined(separator: "\n"))
        // z w: snoozed for a week, and gone from the queue
        try session.press("z")
        try session.waitFor("d until tomorrow")
        try session.press("w")
        var screen = try session.waitFor("Saved: snoozed an agenda item")
        XCTAssertFalse(screen.contains { $0.contains(title + ":") && $0.contains("days overdue") }, screen.joined(separator: "\n"))
        try quit(session)

        // Six days later it is still snoozed
        session = try dashboard(store, today: "2026-12-07")
        screen = try session.screen()
        XCTAssertFalse(screen.contains { $0.contains(title + ":") && $0.contains("days overdue") }, screen.joined(separator: "\n"))
        try quit(session)

        // On its day it is back
        session = try dashboard(store, today: "2026-12-08")
        screen = try session.waitForScreen { $0.contains { $0.contains(title + ":") && $0.contains("days overdue") } }
        XCTAssertTrue(screen.contains { $0.contains(title + ":") && $0.contains("days overdue") }, screen.joined(separator: "\n"))
        try quit(session)

        let database = try openStore(store)
        XCTAssertEqual(try database.agendaSnoozes().map(\.until), [Day(year: 2026, month: 12, day: 8)])
    }

    func testRapportAgendaPrintsTheQueueAsTextAndJSON() throws {
        let scratch = try Scratch()
        let store = scratch.file("demo.sqlite")
        XCTAssertEqual(try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "12", "--today", "2026-12-01"]).status, 0)
        let text = try runCommand(RapportBinary.path, ["agenda", "--store", store, "--today", "2026-12-01", "--limit", "5"])
        XCTAssertEqual(text.status, 0, text.standardError)
        let lines = text.standardOutput.split(separator: "\n")
        XCTAssertEqual(lines.count, 5, text.standardOutput)
        let json = try runCommand(RapportBinary.path, ["agenda", "--store", store, "--today", "2026-12-01", "--limit", "5", "--format", "json"])
        XCTAssertEqual(json.status, 0, json.standardError)
        let items = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        XCTAssertEqual(items.count, 5)
        for (line, item) in zip(lines, items) {
            let score = try XCTUnwrap(item["score"] as? Double)
            let terms = try XCTUnwrap(item["terms"] as? [[String: Any]])
            // The terms add up to the score, and the text line says the same item.
            XCTAssertEqual(terms.compactMap { $0["value"] as? Double }.reduce(0, +), score, accuracy: 0.01)
            XCTAssertTrue(line.contains(try XCTUnwrap(item["account"] as? String)), String(line))
            XCTAssertTrue(line.contains(try XCTUnwrap(item["reason"] as? String)), String(line))
        }
        let bad = try runCommand(RapportBinary.path, ["agenda", "--store", scratch.file("none.sqlite")])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.standardError.hasPrefix("rapport: no store at"), bad.standardError)
    }

    func testEnterOnTheAtRiskFigureListsExactlyTheInitiativesAtRisk() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("demo.sqlite")
        let command = "\(shellQuote(RapportBinary.path)) --demo --store \(shellQuote(store)) --today 2026-12-01"
        let session = try TmuxSession(command: command)
        try session.waitFor("Book ARR")
        try session.press("K")
        try session.waitFor("Enter list")
        try session.press("Enter")
        let screen = try session.waitFor("Initiatives at risk · ")
        try quit(session)

        let database = try openStore(store)
        var expected: [(account: String, title: String)] = []
        // A former client's initiatives are not the book's trouble (the demo has some).
        let today = try XCTUnwrap(Day(iso: "2026-12-01"))
        let accounts = try database.accounts()
        XCTAssertTrue(accounts.contains { $0.hasLeft(by: today) && $0.churnedOn != nil })
        for account in accounts where !account.hasLeft(by: today) {
            for initiative in try database.initiatives(accountID: try XCTUnwrap(account.id)) where initiative.status == .atRisk {
                expected.append((account.name, initiative.title))
            }
        }
        let rows = screen.filter { $0.contains(": at risk") }
        let text = screen.joined(separator: "\n")
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(rows.count, expected.count, text)
        XCTAssertTrue(screen.contains { $0.contains("Initiatives at risk · \(expected.count) ") }, text)
        for (account, title) in expected {
            // A long account name is cut with "…" in its column: its first 15 characters are kept.
            XCTAssertTrue(rows.contains { $0.contains(String(account.prefix(15))) && $0.contains("\(title): at risk") }, "\(account): \(title)\n\(text)")
        }
    }
}
