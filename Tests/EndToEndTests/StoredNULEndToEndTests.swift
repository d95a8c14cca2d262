import Foundation
import GRDB
import RapportCore
import RapportStore
import XCTest

/// A name with a NUL in it, left by another program: shown with a placeholder, and kept byte
/// for byte when the user edits something else.
final class StoredNULEndToEndTests: XCTestCase {
    private func storedNameHex(_ path: String) throws -> String? {
        let queue = try DatabaseQueue(path: path)
        return try queue.read { db in try String.fetchOne(db, sql: "SELECT hex(name) FROM account") }
    }

    func testTheScreenShowsAPlaceholderAndAnEditElsewhereKeepsTheBytes() throws {
        try requireTmux()
        let scratch = try Scratch()
        let store = scratch.file("book.sqlite")
        let database = try openStore(store)
        _ = try database.apply(
            .addAccount(Account(
                name: "placeholder", industry: "Retail", region: "EMEA", tier: .enterprise, owner: "Dana",
                annualRecurringRevenue: .major(50_000), renewalDate: nil)),
            at: Date())
        try database.close()
        let other = try DatabaseQueue(path: store)
        try other.write { db in try db.execute(sql: "UPDATE account SET name = 'Acme' || char(0) || 'Corp'") }
        try other.close()
        XCTAssertEqual(try storedNameHex(store), "41636D6500436F7270")

        let command = "\(shellQuote(RapportBinary.path)) --store \(shellQuote(store)) --today 2026-11-18"
        let session = try TmuxSession(command: command)
        let screen = try session.waitFor("Acme\(TextSafety.placeholder)Corp")
        XCTAssertTrue(screen.contains { $0.contains("Acme\(TextSafety.placeholder)Corp") }, screen.joined(separator: "\n"))
        // Edit the industry: the name field is left as it is.
        try session.press("e")
        try session.waitFor("Edit account")
        try session.press("Tab", "C-u")
        try session.type("Travel")
        try session.press("Enter")
        let saved = try session.waitFor("Saved")
        XCTAssertTrue(saved.contains { $0.contains("Travel") }, saved.joined(separator: "\n"))
        try session.press("q")
        _ = try session.waitForScreen { _ in (try? session.format("#{pane_dead}")) != "0" }
        XCTAssertEqual(try storedNameHex(store), "41636D6500436F7270")
    }
}
