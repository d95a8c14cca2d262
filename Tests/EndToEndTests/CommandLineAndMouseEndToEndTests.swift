import Foundation
import RapportCore
import RapportStore
import XCTest

/// `:sort renewal` and a click, in the real binary in tmux.
final class CommandLineAndMouseEndToEndTests: XCTestCase {
    let today = "2026-11-18"

    private func start(_ scratch: Scratch) throws -> (TmuxSession, AppDatabase) {
        let store = scratch.file("book.sqlite")
        let result = try runCommand(RapportBinary.path, ["demo", "--store", store, "--accounts", "40", "--today", today])
        XCTAssertEqual(result.status, 0, result.standardError)
        let session = try TmuxSession(command: "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today \(today)")
        try session.waitFor("Accounts (40)")
        return (session, try openStore(store))
    }

    /// The account rows of the list (left pane, under its header), names only.
    private func accountRows(_ lines: [String]) -> [String] {
        guard let header = lines.firstIndex(where: { $0.hasPrefix("┃Account") || $0.hasPrefix("│Account") }) else { return [] }
        return lines[(header + 1)...].prefix { $0.hasPrefix("┃") || $0.hasPrefix("│") }.map { String($0.dropFirst().prefix(18)) }
    }

    func testSortRenewalPutsTheSoonestRenewalOnTop() throws {
        try requireTmux()
        let scratch = try Scratch()
        let (session, database) = try start(scratch)
        defer { try? database.close() }
        let soonest = try XCTUnwrap(database.accountPage(AccountPageRequest(sort: .renewal, anchor: .first, limit: 1)).entries.first)
        try session.type(":sort renewal")
        try session.waitFor(":sort renewal")
        try session.press("Enter")
        let lines = try session.waitFor("sort: renewal")
        let top = try XCTUnwrap(accountRows(lines).first, lines.joined(separator: "\n"))
        XCTAssertTrue(soonest.summary.name.hasPrefix(top.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "…", with: "")), "\(top) vs \(soonest.summary.name)")
        try session.press("q")
    }

    func testAClickSelectsTheThirdAccountRow() throws {
        try requireTmux()
        let scratch = try Scratch()
        let (session, database) = try start(scratch)
        defer { try? database.close() }
        let lines = try session.screen()
        let rows = accountRows(lines)
        XCTAssertGreaterThan(rows.count, 3, lines.joined(separator: "\n"))
        let header = try XCTUnwrap(lines.firstIndex { $0.contains("Account") && $0.contains("ARR") })
        // The third row is two lines under the first; SGR columns and rows count from 1.
        let row = header + 1 + 2 + 1
        try session.type("\u{1B}[<0;5;\(row)M\u{1B}[<0;5;\(row)m")
        let third = rows[2].trimmingCharacters(in: .whitespaces)
        // The summary and the initiatives pane name the selected account.
        let after = try session.waitFor("Initiatives · \(third)")
        XCTAssertTrue(after.contains { $0.contains("Initiatives · \(third)") }, after.joined(separator: "\n"))
        try session.press("q")
    }
}
