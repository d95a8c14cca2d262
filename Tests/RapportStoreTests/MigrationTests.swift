import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// A store written by the previous release (schema v5) opens, migrates and shows the right
/// figures; a migration that cannot finish leaves the store as it was.
final class MigrationTests: XCTestCase {
    func testAV5StoreIsMigratedWithSummariesSearchAndKPIs() throws {
        // Given a v5 store
        let directory = try TemporaryDirectory()
        let path = try EarlierStore.v5.make(in: directory)
        // When this release opens it
        let database = try AppDatabase.open(path: path, basis: TestClock.basis)
        // Then it is migrated, and its summaries and search index are computed before anything reads them
        let applied = try database.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        XCTAssertEqual(Set(applied), Set(Migrations.migrator.migrations))
        XCTAssertFalse(try database.summariesNeedRefresh())
        try assertDerivedStateIsCurrent(database, "the migration")
        // And the KPI strip is right
        let kpis = try database.kpis()
        XCTAssertEqual(kpis.accountCount, 3)
        XCTAssertEqual(kpis.annualRecurringRevenue, Money(minorUnits: 55_000_000))
        XCTAssertEqual(kpis.quarterToDateRevenue, Money(minorUnits: 1_000_000 + 900_000 + 3_000_000))
        XCTAssertEqual(kpis.quarterTarget, Money(minorUnits: 2_400_000))
        XCTAssertEqual(kpis.initiatives, InitiativeCounts(atRisk: 1, blocked: 1, overdue: 1))
        XCTAssertEqual(kpis.renewalsWithin90Days, 1)
        XCTAssertEqual(kpis.renewalRevenueWithin90Days, Money(minorUnits: 10_000_000))
        // And the list is in name order, searchable through contacts and accents
        let page = try database.accountPage(AccountPageRequest(sort: .name, anchor: .first, limit: 10))
        XCTAssertEqual(page.entries.map(\.summary.name), ["Acme Corp", "Müller Präzision GmbH", "東京精密 KK"])
        let byContact = try database.accountPage(AccountPageRequest(sort: .name, search: "lovelace", anchor: .first, limit: 10))
        XCTAssertEqual(byContact.entries.map(\.id), [1])
        XCTAssertEqual(try database.accountPage(AccountPageRequest(sort: .name, search: "muller", anchor: .first, limit: 10)).entries.map(\.id), [2])
        XCTAssertEqual(try database.accountPage(AccountPageRequest(sort: .name, search: "東京", anchor: .first, limit: 10)).entries.map(\.id), [3])
        // And rows read back with a first version, links and history intact
        XCTAssertEqual(try database.initiative(id: 1)?.version, 0)
        XCTAssertEqual(try database.interactions(accountID: 1).first?.contactIDs, [1, 2])
        XCTAssertEqual(try database.progressUpdates(initiativeID: 1).map(\.progress), [40])
        XCTAssertEqual(try database.contacts(accountID: 1).last?.reportsToID, 1)
        try database.close()
    }

    func testUndoHistoryFromBeforeTheMigrationIsNeverReplayedByANewWindow() throws {
        // Given a v5 store whose old change log holds a progress change
        let directory = try TemporaryDirectory()
        let database = try AppDatabase.open(path: try EarlierStore.v5.make(in: directory), basis: TestClock.basis)
        let before = try database.dump()
        // When the new window presses undo, then there is nothing of its own to undo and nothing is written
        XCTAssertEqual(try database.save(.undo), .unchanged("Nothing to undo"))
        XCTAssertEqual(try database.dump(), before)
        XCTAssertEqual(try database.initiative(id: 1)?.progress, 40)
        // The old entry is kept, under no window
        XCTAssertEqual(try database.read { db in try String.fetchAll(db, sql: "SELECT session FROM change_log") }, [""])
        // And the window's own changes undo as usual on the migrated rows
        try database.save(.bumpProgress(initiativeID: 1, by: 5)).saved()
        try database.save(.undo).saved()
        XCTAssertEqual(try database.dump().filter { !$0.hasPrefix("initiative ") }, before.filter { !$0.hasPrefix("initiative ") })
        XCTAssertEqual(try database.initiative(id: 1)?.progress, 40)
        try database.close()
    }

    /// Opening migrates in one transaction and computes the first summaries in the next, so a
    /// process killed between the two commits leaves every migration recorded and no summary
    /// computed. The next opening must compute them, not take the store for a finished one.
    func testAMigrationKilledBeforeItsFirstSummariesCommittedIsFinishedByTheNextOpening() throws {
        // Given a v5 store migrated by a process that died before computing anything
        let directory = try TemporaryDirectory()
        let path = try EarlierStore.v5.make(in: directory)
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue)
        try queue.close()
        // When this release opens it
        let database = try AppDatabase.open(path: path, basis: TestClock.basis)
        // Then the summaries and search index are computed before anything reads them
        XCTAssertFalse(try database.summariesNeedRefresh())
        try assertDerivedStateIsCurrent(database, "opening a store whose first summaries never committed")
        XCTAssertEqual(try database.kpis().annualRecurringRevenue, Money(minorUnits: 55_000_000))
        XCTAssertEqual(try database.accountPage(AccountPageRequest(sort: .name, search: "lovelace", anchor: .first, limit: 10)).entries.map(\.id), [1])
        try database.close()
    }

    /// A v6 store's summaries were computed for today under v6's rules: every account scored,
    /// none lapsed. v7 counts lapsed renewals and leaves accounts without enough data in no band,
    /// so opening must recompute them even though they are for today.
    func testAV6StoreHasItsSummariesRecomputedForLapsedRenewalsAndUnscoredHealth() throws {
        // Given a v6 store, summarised for today, in which Tokyo's renewal was last week
        let directory = try TemporaryDirectory()
        let lapsed = TestClock.today.adding(days: -7).iso
        let path = try EarlierStore.v6.make(
            in: directory, extraSQL: "UPDATE account SET renewal_date = '\(lapsed)' WHERE id = 3; UPDATE account_summary SET stale = 2;")
        // When this release opens it
        let database = try AppDatabase.open(path: path, basis: TestClock.basis)
        defer { try? database.close() }
        // Then the summaries follow v7's rules
        try assertDerivedStateIsCurrent(database, "migrating from v6")
        let kpis = try database.kpis()
        XCTAssertEqual(kpis.lapsedRenewals, 1)
        XCTAssertEqual(kpis.renewalsWithin90Days, 1)
        // Acme has been called; Müller and Tokyo have neither a call nor a year of revenue
        XCTAssertEqual(kpis.notScoredCount, 2)
        XCTAssertEqual(kpis.health.values.reduce(0, +), 1)
        let byHealth = try database.accountPage(AccountPageRequest(sort: .health, anchor: .first, limit: 10)).entries
        XCTAssertEqual(byHealth.map(\.summary.name), ["Acme Corp", "Müller Präzision GmbH", "東京精密 KK"])
        XCTAssertEqual(byHealth.map { $0.summary.health == nil }, [false, true, true])
    }

    /// What was done: the v5 store also holds a table of its own named `account_summary` (as a
    /// script might have added), so v6 fails on its third statement, after its first two had
    /// added columns. GRDB runs each migration in one transaction; this checks that the whole
    /// of v6 was rolled back and the store is the v5 store it was.
    func testAMigrationThatFailsHalfwayLeavesNoPartOfItBehind() throws {
        let directory = try TemporaryDirectory()
        let path = try EarlierStore.v5.make(in: directory, extraSQL: "CREATE TABLE account_summary (note TEXT); INSERT INTO account_summary VALUES ('mine');")
        func schema() throws -> [String] {
            let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
            defer { try? queue.close() }
            return try queue.read { db in
                try String.fetchAll(db, sql: "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY name")
                    + String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
                    + String.fetchAll(db, sql: "SELECT note FROM account_summary")
            }
        }
        let before = try schema()
        let rowsBefore = try DatabaseQueue(path: path).read { db in try Row.fetchAll(db, sql: "SELECT * FROM account").map(\.description) }
        // When this release opens it, then it is refused with the reason
        XCTAssertThrowsError(try AppDatabase.open(path: path, basis: TestClock.basis)) { error in
            XCTAssertTrue("\(error)".contains("account_summary"), "\(error)")
            XCTAssertTrue("\(error)".contains(path), "\(error)")
        }
        // And the schema, the recorded steps, the user's table and the rows are all as they were
        XCTAssertEqual(try schema(), before)
        XCTAssertEqual(try DatabaseQueue(path: path).read { db in try Row.fetchAll(db, sql: "SELECT * FROM account").map(\.description) }, rowsBefore)
        XCTAssertFalse(try schema().contains { $0.contains("version") }, "v6's first step (version columns) is not left behind")
        // Once the obstacle is gone, the same store migrates
        let fix = try DatabaseQueue(path: path)
        try fix.write { db in try db.execute(sql: "DROP TABLE account_summary") }
        try fix.close()
        let database = try AppDatabase.open(path: path, basis: TestClock.basis)
        try assertDerivedStateIsCurrent(database, "the migration after the fix")
        try database.close()
    }
}
