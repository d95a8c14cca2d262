import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// The full integrity check: damage that SQLite's quick check cannot see (an index that
/// disagrees with its table) is found, reported on one line, and keeps the store read-only.
final class IntegrityCheckTests: XCTestCase {
    let basis = TestClock.basis

    /// A store whose initiative index was built on one column and is declared on another:
    /// every row is "missing" from it, which only `integrity_check` compares.
    func makeStoreWithAStaleIndex(in directory: TemporaryDirectory) throws -> String {
        let path = directory.file("stale-index.sqlite")
        let database = try AppDatabase.open(path: path, basis: basis)
        try database.writeDemoBook(DemoBook(seed: 3, accountCount: 12, today: TestClock.today))
        try database.close()
        let shell = try DatabaseQueue(path: path)
        try shell.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA writable_schema = ON")
            try db.execute(sql: "UPDATE sqlite_master SET sql = 'CREATE INDEX initiative_by_account ON initiative(title)' WHERE name = 'initiative_by_account'")
            try db.execute(sql: "PRAGMA writable_schema = OFF")
        }
        try shell.close()
        let quick = try DatabaseQueue(path: path)
        XCTAssertEqual(try quick.read { try String.fetchAll($0, sql: "PRAGMA quick_check") }, ["ok"], "the quick check misses this damage")
        try quick.close()
        return path
    }

    func testDamageOnlyTheFullCheckSeesIsRefusedBeforeOpening() throws {
        let directory = try TemporaryDirectory()
        let path = try makeStoreWithAStaleIndex(in: directory)
        let before = FolderSnapshot(directory.path)
        XCTAssertThrowsError(try AppDatabase.open(path: path, basis: basis)) { error in
            guard case .corrupt(_, let detail) = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue(detail.contains("missing from index initiative_by_account"), detail)
            XCTAssertTrue(detail.contains("other problems"), "the rest of the report is counted, not listed: \(detail)")
            XCTAssertFalse("\(error)".contains("\n"), "one line")
        }
        XCTAssertEqual(FolderSnapshot(directory.path), before, "the folder is as it was")
    }

    func testTheDashboardFindsItInTheBackgroundAndStaysReadOnly() throws {
        // Given the same store opened the dashboard's way (the check after the first frame)
        let directory = try TemporaryDirectory()
        let path = try makeStoreWithAStaleIndex(in: directory)
        let before = try XCTUnwrap(bytes(of: path))
        let database = try AppDatabase.open(path: path, basis: basis, options: .dashboard)
        XCTAssertGreaterThan(try database.accountCount(), 0, "the book can be read at once")
        // When the worker runs the deferred check
        let worker = StoreWorker(database: database)
        worker.startMaintenance()
        let reports = worker.waitForReports(timeout: 10)
        worker.stop()
        // Then it reports the damage, and every write is refused
        guard case .integrityChecked(let problem?)? = reports.first else { return XCTFail("reports: \(reports)") }
        XCTAssertTrue(problem.contains("missing from index"), problem)
        XCTAssertThrowsError(try database.addAccount("Not written")) { error in
            guard case .readOnly = error as? StoreError else { return XCTFail("\(error)") }
        }
        try database.close()
        XCTAssertEqual(bytes(of: path), before)
        XCTAssertFalse(Sidecars.present(path))
    }

    func testTheReportIsFoldedAndCounted() {
        XCTAssertEqual(IntegrityReport.summary(["ok"]), "ok")
        XCTAssertEqual(IntegrityReport.summary(["a", "b", "c"]), "a; b; and 1 other problem")
        XCTAssertEqual(IntegrityReport.summary((1...100).map { "p\($0)" }), "p1; p2; and 98 or more other problems")
    }

    func testQuittingInterruptsTheCheckAndLeavesNoVerdict() throws {
        // Given a store large enough that its full check takes a while
        let directory = try TemporaryDirectory()
        let path = directory.file("large.sqlite")
        let setup = try AppDatabase.open(path: path, basis: basis)
        try setup.writeDemoBook(DemoBook(seed: 4, accountCount: 5_000, today: TestClock.today))
        try setup.close()
        let database = try AppDatabase.open(path: path, basis: basis, options: .dashboard)
        // When the check runs on another thread and the dashboard quits (interrupts) meanwhile
        let finished = DispatchSemaphore(value: 0)
        Thread {
            _ = database.completeIntegrityCheck()
            finished.signal()
        }.start()
        var interrupts = 0
        while finished.wait(timeout: .now() + .milliseconds(1)) == .timedOut {
            if database.gate.current == .checking {
                database.interrupt()
                interrupts += 1
            }
        }
        // Then the check stopped without calling the store damaged: no verdict yet
        XCTAssertGreaterThan(interrupts, 0)
        XCTAssertEqual(database.gate.current, .pending, "an interrupted check is no verdict")
        // And the next write checks again, passes, and is saved
        _ = try database.addAccount("Saved after the check ran again")
        XCTAssertEqual(database.gate.current, .passed)
        try database.close()
    }
}
