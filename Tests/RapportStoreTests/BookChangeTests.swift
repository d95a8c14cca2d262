import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// "What changed": the change log since a day, grouped by account by SQL, with its limits.
final class BookChangeTests: XCTestCase {
    func testChangesSinceADayAreGroupedByAccountNewestFirst() throws {
        let database = try AppDatabase.empty()
        let day = 86_400.0
        let now = TestClock.time
        let acme = try database.addAccount("Acme")
        let bluefin = try database.addAccount("Bluefin")
        let portal = try database.addInitiative("Portal", to: try XCTUnwrap(acme.id))
        let portalID = try XCTUnwrap(portal.id)
        // An old change, then three this week on Acme (one a milestone, which names no account)
        // and one on Bluefin, and one undone
        _ = try database.apply(.bumpProgress(initiativeID: portalID, by: 5), at: now - 30 * day)
        _ = try database.apply(.bumpProgress(initiativeID: portalID, by: 5), at: now - 3 * day)
        _ = try database.apply(.addMilestone(Milestone(initiativeID: portalID, title: "Pilot", dueDate: nil, position: 0)), at: now - 2 * day)
        var renamed = bluefin
        renamed.notes = "Met the CFO"
        _ = try database.apply(.editAccount(RecordEdit(original: bluefin, edited: renamed)), at: now - 1 * day)
        _ = try database.apply(.bumpProgress(initiativeID: portalID, by: 5), at: now - 1 * day)
        _ = try database.apply(.bumpProgress(initiativeID: portalID, by: 5), at: now)
        _ = try database.apply(.undo, at: now)
        let since = Day(daysSinceEpoch: Int(((now.timeIntervalSince1970 - 7 * day) / day).rounded(.down)))
        let changes = try database.changes(since: since, perAccount: 10, limit: 100)
        // (The accounts and the initiative were added today, at the tests' clock.)
        XCTAssertEqual(changes.map(\.accountName), ["Acme", "Acme", "Acme", "Acme", "Acme", "Bluefin", "Bluefin"])
        XCTAssertEqual(changes.map(\.description), [
            "Portal progress 10% → 15%", "added milestone Pilot to Portal", "Portal progress 5% → 10%", "added initiative Portal", "added account Acme",
            "edited account Bluefin", "added account Bluefin",
        ], "not the change 30 days ago, nor the one undone")
        XCTAssertEqual(changes.map(\.accountChangeCount), [5, 5, 5, 5, 5, 2, 2])
        XCTAssertEqual(changes.map(\.accountID), [acme.id, acme.id, acme.id, acme.id, acme.id, bluefin.id, bluefin.id])
        // The limits: one per account, and two in all
        XCTAssertEqual(try database.changes(since: since, perAccount: 1, limit: 100).map(\.description), ["Portal progress 10% → 15%", "edited account Bluefin"])
        XCTAssertEqual(try database.changes(since: since, perAccount: 10, limit: 2).count, 2)
        // A deleted account's changes are listed last, under no account
        _ = try database.apply(.removeAccount(id: try XCTUnwrap(bluefin.id)), at: now)
        let after = try database.changes(since: since, perAccount: 10, limit: 100)
        XCTAssertEqual(after.last?.accountName, "Accounts since deleted")
        XCTAssertNil(after.last?.accountID)
    }

    func testTheQueryUsesTheTimeIndexNotAScanOfTheLog() throws {
        let database = try AppDatabase.empty()
        let plan = try database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM change_log WHERE recorded_at >= '2026-01-01' AND undone = 0")
                .map { row -> String in try row.decode(forColumn: "detail") }
        }
        XCTAssertTrue(plan.joined().contains("change_log_by_time"), "\(plan)")
    }
}
