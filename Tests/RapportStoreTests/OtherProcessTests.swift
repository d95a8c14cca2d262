import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import RapportTestSupport
import XCTest

/// Another program on the same store, for real: a `sqlite3` process writing rows and holding
/// the write lock, and the store worker noticing and waiting.
final class OtherProcessTests: XCTestCase {
    struct SharedStore {
        let directory: TemporaryDirectory
        let path: String
        let database: AppDatabase
        let fixture: BookFixture
    }

    func makeStore(options: OpenOptions = OpenOptions()) throws -> SharedStore {
        _ = try SQLiteShell.requireInstalled()
        let directory = try TemporaryDirectory()
        let path = directory.file("shared.sqlite")
        let database = try AppDatabase.open(path: path, basis: SummaryBasis(today: BookFixture.today), options: options)
        let fixture = try BookFixture(database: database)
        return SharedStore(directory: directory, path: path, database: database, fixture: fixture)
    }

    func staleFlags(_ database: AppDatabase, _ accountID: Int64) throws -> Int? {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT stale FROM account_summary WHERE account_id = ?", arguments: [accountID]) }
    }

    /// Polls the worker for up to `timeout` until a report satisfies `condition`; returns every report seen.
    func reports(from worker: StoreWorker, within timeout: TimeInterval, until condition: (StoreWorker.Report) -> Bool) -> [StoreWorker.Report] {
        var seen: [StoreWorker.Report] = []
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            seen += worker.takeReports()
            if seen.contains(where: condition) { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return seen
    }

    func testAnotherProgramsWriteMarksSummariesStaleAndARefreshRecomputesThem() throws {
        // Given a store, and Acme's initiatives as its summary counts them
        let store = try makeStore()
        let database = store.database
        let acme = try XCTUnwrap(store.fixture.acme.id)
        let portal = try XCTUnwrap(store.fixture.portal.id)
        XCTAssertEqual(try staleFlags(database, acme), 0)
        let atRiskBefore = try database.kpis().initiatives.atRisk
        // When sqlite3 moves Portal's progress and puts it at risk
        try SQLiteShell.run(store.path, "UPDATE initiative SET progress = progress + 5, status = 'at-risk' WHERE id = \(portal);")
        // Then the triggers marked Acme's summary stale (another program cannot recompute it)
        XCTAssertEqual(try database.initiative(id: portal)?.progress, 45)
        XCTAssertNotEqual(try staleFlags(database, acme), 0)
        XCTAssertTrue(try database.summariesNeedRefresh())
        XCTAssertEqual(try database.kpis().initiatives.atRisk, atRiskBefore, "totals wait for the refresh")
        // And the version trigger bumped the row, so open forms will see it moved
        XCTAssertEqual(try database.initiative(id: portal)?.version, store.fixture.portal.version + 1)
        // When the store refreshes, then the summary and totals count the new at-risk initiative
        try database.refreshSummaries()
        XCTAssertEqual(try staleFlags(database, acme), 0)
        XCTAssertFalse(try database.summariesNeedRefresh())
        XCTAssertEqual(try database.kpis().initiatives.atRisk, atRiskBefore + 1)
        let overview = try XCTUnwrap(try database.accountOverview(id: acme))
        let row = try database.accountPage(AccountPageRequest(sort: .name, anchor: .around(accountID: acme), limit: 3)).entries.first { $0.id == acme }
        XCTAssertEqual(row?.summary, AccountSummary(overview))
        try database.close()
    }

    func testAnAccountAddedByAnotherProgramGetsASummaryAndASearchEntry() throws {
        let store = try makeStore()
        try SQLiteShell.run(store.path, "INSERT INTO account (name, industry, arr_minor) VALUES ('Kestrel Freight', 'Logistics', 500000);")
        try store.database.refreshSummaries()
        let found = try store.database.accountPage(AccountPageRequest(sort: .name, search: "kestrel", anchor: .first, limit: 5))
        XCTAssertEqual(found.entries.map(\.summary.name), ["Kestrel Freight"])
        XCTAssertEqual(try store.database.kpis().accountCount, 5)
        XCTAssertEqual(try store.database.kpis().annualRecurringRevenue, Money(minorUnits: 80_000_000 + 500_000))
        try store.database.close()
    }

    func testTheWorkerReportsAnotherProgramsWriteWithinASecond() throws {
        // Given a worker that has settled (its first job done, so it knows the current data version)
        let store = try makeStore()
        let worker = StoreWorker(database: store.database)
        defer { worker.stop() }
        worker.submit(.undo, id: 1)
        XCTAssertTrue(reports(from: worker, within: 2, until: { if case .applied(1, _) = $0 { return true } else { return false } })
            .contains { if case .applied(1, _) = $0 { return true } else { return false } })
        let acme = try XCTUnwrap(store.fixture.acme.id)
        // When sqlite3 bumps every initiative
        try SQLiteShell.run(store.path, "UPDATE initiative SET progress = MIN(100, progress + 5);")
        // Then within a second the worker says the store changed elsewhere, with summaries already fresh
        let started = Date()
        let seen = reports(from: worker, within: 1, until: { $0 == .changedElsewhere })
        XCTAssertTrue(seen.contains(.changedElsewhere), "reports: \(seen)")
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        XCTAssertEqual(try staleFlags(store.database, acme), 0)
        XCTAssertEqual(try store.database.initiative(id: XCTUnwrap(store.fixture.portal.id))?.progress, 45)
    }

    func testAWriteWaitsForAnotherProgramsLockAndSaysSo() throws {
        // Given a store opened with a short busy timeout, and sqlite3 holding the write lock
        let store = try makeStore(options: OpenOptions(busyTimeout: 0.2))
        let worker = StoreWorker(database: store.database)
        defer { worker.stop() }
        let shell = try SQLiteSession(path: store.path)
        let printed = shell.sendAndWait("BEGIN IMMEDIATE; INSERT INTO account (name) VALUES ('held');", marker: "locked")
        XCTAssertTrue(printed.contains("locked"), printed)
        // When the worker is asked to bump Portal
        let portal = try XCTUnwrap(store.fixture.portal.id)
        worker.submit(.bumpProgress(initiativeID: portal, by: 5), id: 7)
        // Then it reports that it is waiting for the lock, and has not written
        let waiting = reports(from: worker, within: 3, until: { $0 == .waitingForLock(id: 7) })
        XCTAssertTrue(waiting.contains(.waitingForLock(id: 7)), "reports: \(waiting)")
        XCTAssertFalse(waiting.contains { if case .applied = $0 { return true } else { return false } })
        XCTAssertEqual(try store.database.initiative(id: portal)?.progress, 40)
        // When the other program commits and lets go
        shell.send("COMMIT;")
        XCTAssertEqual(try shell.finish(), 0)
        // Then the write goes through, onto the other program's committed rows
        let applied = reports(from: worker, within: 3, until: { if case .applied(7, _) = $0 { return true } else { return false } })
        guard case .applied(7, .success(.saved(let summary)))? = applied.first(where: { if case .applied(7, _) = $0 { return true } else { return false } })
        else { return XCTFail("reports: \(applied)") }
        XCTAssertEqual(summary.description, "Portal rollout progress 40% → 45%")
        XCTAssertEqual(try store.database.initiative(id: portal)?.progress, 45)
        XCTAssertTrue(try store.database.accounts().contains { $0.name == "held" })
        XCTAssertFalse(try store.database.summariesNeedRefresh(), "our write refreshed the summary the other program left stale")
    }

    func testAPlainWriteWaitsOutAShortLockInsteadOfFailing() throws {
        // Given sqlite3 holding the lock for a moment (the default busy timeout is longer)
        let store = try makeStore()
        let shell = try SQLiteSession(path: store.path)
        _ = shell.sendAndWait("BEGIN IMMEDIATE; INSERT INTO account (name) VALUES ('held');", marker: "locked")
        // The shell reads on while we write: half a second later it commits.
        shell.send(".shell sleep 0.5")
        shell.send("COMMIT;")
        // When the store writes, then it waits and succeeds instead of failing with "database is locked"
        let acme = try XCTUnwrap(try store.database.account(id: XCTUnwrap(store.fixture.acme.id)))
        try store.database.save(.editAccount(RecordEdit(original: acme, edited: { var a = acme; a.name = "Acme Two"; return a }()))).saved()
        XCTAssertEqual(try shell.finish(), 0)
        XCTAssertEqual(Set(try store.database.accounts().map(\.name)), ["Acme Two", "Bluefin Analytics", "Cedar Health", "Müller Präzision GmbH", "held"])
    }

    func testADeferredIntegrityCheckAndARolledOverDayAreTheWorkersMaintenance() throws {
        // Given a sound store written yesterday, opened today the dashboard's way
        let directory = try TemporaryDirectory()
        let path = directory.file("book.sqlite")
        let yesterday = SummaryBasis(today: BookFixture.today.adding(days: -1))
        let setup = try AppDatabase.open(path: path, basis: yesterday)
        try setup.writeDemoBook(DemoBook(seed: 9, accountCount: 20, today: yesterday.today))
        try setup.close()
        let database = try AppDatabase.open(path: path, basis: TestClock.basis, options: .dashboard)
        XCTAssertTrue(try database.summariesNeedRefresh())
        // When the worker runs its maintenance
        let worker = StoreWorker(database: database)
        defer { worker.stop() }
        worker.startMaintenance()
        let seen = reports(from: worker, within: 10, until: { $0 == .summariesRefreshed })
        // Then it reports a sound store, then summaries recomputed for today
        XCTAssertEqual(Array(seen.prefix(2)), [.integrityChecked(problem: nil), .summariesRefreshed])
        XCTAssertFalse(try database.summariesNeedRefresh())
    }
}
