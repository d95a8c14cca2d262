import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// A migration killed with SIGKILL partway (`kill -9`, the OOM killer, a laptop lid) leaves
/// the store as the previous release wrote it, the fully migrated one, or — when more than one
/// step was to run — the store after some whole step (GRDB commits each step on its own): never
/// part of a step. And the next start finishes the job.
///
/// Opening commits the migration, then the first summaries and search index in a transaction
/// of their own. A kill between the two used to leave a migrated store with blank summaries
/// and an empty search index that every later start took for finished.
final class KilledMigrationTests: XCTestCase {
    static let lastV5Step = "v5 metric points by metric and account"
    /// Enough accounts that the binary spends over a second opening the store (the migration,
    /// then the first summaries and search index), so kills land inside that work; few enough
    /// that the test, which opens the store several times, stays well under 15 seconds.
    static let accountCount = 15_000
    /// The day `openStore` uses, so the binary and the test compute summaries for the same day.
    static let today = "2026-11-18"

    func testAMigrationKilledPartwayLeavesTheOldStoreOrTheNewOneAndTheNextStartFinishesIt() throws {
        // Given a v5 store with thousands of accounts, contacts, initiatives and revenue months
        let scratch = try Scratch()
        let template = scratch.file("v5.sqlite")
        try Self.makeV5Store(at: template)
        let v5 = try StoreShape.read(template, copyingTo: scratch.file("look"))
        // And the same store opened by the binary without interruption: the migrated store
        // every interrupted one must end up as, and how long the work takes
        let reference = scratch.file("reference.sqlite")
        try FileManager.default.copyItem(atPath: template, toPath: reference)
        let uninterrupted = try OpeningRun(store: reference, killAfterLog: nil)
        XCTAssertEqual(uninterrupted.exit, "exit 1", "demo refuses a store that holds accounts, after opening it")
        XCTAssertTrue(uninterrupted.standardError.contains("already holds \(Self.accountCount) accounts"), uninterrupted.standardError)
        let migrated = try StoreShape.read(reference, copyingTo: scratch.file("look"))
        XCTAssertEqual(migrated.migrations, Migrations.migrator.migrations)
        XCTAssertEqual(migrated.rowCounts, v5.rowCounts)
        // And the store after each whole step between the two, migrated here step by step
        let laterSteps = Array(Migrations.migrator.migrations.drop { $0 != Self.lastV5Step }.dropFirst().dropLast())
        let betweenSteps = try laterSteps.map { step in
            (step: step, shape: try Self.shape(of: template, migratedUpTo: step, in: scratch))
        }
        let referenceDerived = try DerivedTables.read(reference)
        let workAfterLog = try XCTUnwrap(uninterrupted.afterLog, "the binary never opened the store for writing")
        // And how long the migration's own transaction takes on this machine, timed here on
        // another copy: the binary starts it as soon as the log appears
        let migrationTime = try Self.timeMigration(of: template, copyingTo: scratch.file("timed.sqlite"))

        // When the binary is killed with SIGKILL at points spread over that work: halfway
        // through the migration's transaction, then a third and two thirds of the way through
        // the whole opening (while the first summaries and search index are computed)
        let insideMigration = migrationTime / 2
        var delays = [insideMigration, workAfterLog / 3, workAfterLog * 2 / 3]
        // The kill inside the migration misses it only when this process was not scheduled for
        // that long; try it again rather than fail on a busy machine.
        var retriesLeft = 2
        var attempts = 0
        var outcomes: [String] = []
        while let delay = delays.first {
            delays.removeFirst()
            attempts += 1
            let store = scratch.file("killed-\(attempts).sqlite")
            try FileManager.default.copyItem(atPath: template, toPath: store)
            let run = try OpeningRun(store: store, killAfterLog: delay)
            let when = String(format: "%.2f s after the log appeared", delay)
            let context = "the kill \(when) (\(run.exit))"
            // Then the store on disk is the v5 store exactly, or the migrated one: never a mix
            let shape = try StoreShape.read(store, copyingTo: scratch.file("look"))
            switch shape {
            case v5: outcomes.append("v5 after a kill \(when)")
            case migrated: outcomes.append("migrated after a kill \(when)")
            default:
                if let whole = betweenSteps.first(where: { $0.shape == shape }) {
                    outcomes.append("migrated up to \(whole.step.prefix { $0 != " " }) after a kill \(when)")
                } else {
                    XCTFail("partial schema after \(context): \(shape.differences(from: v5, migrated))")
                }
            }
            // Inside the migration means before its last step committed: the v5 store, or one
            // migrated a whole number of steps (each step is its own transaction).
            let landedInside = shape == v5 || betweenSteps.contains { $0.shape == shape }
            if delay == insideMigration && !landedInside && retriesLeft > 0 {
                retriesLeft -= 1
                delays.append(insideMigration)
            }
            // And the next start completes it: every account, summaries and search as an
            // uninterrupted migration left them
            try assertNextStartCompletes(store, as: referenceDerived, after: context)
        }
        XCTAssertTrue(
            outcomes.contains { $0.hasPrefix("v5") || $0.hasPrefix("migrated up to") }, "no kill landed inside the migration: \(outcomes)")
    }

    /// Seconds this process takes to migrate a copy of the store, as the binary does: a pool
    /// (so a write-ahead log) and the migrator alone, without the summaries that follow.
    static func timeMigration(of path: String, copyingTo copy: String) throws -> TimeInterval {
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let pool = try DatabasePool(path: copy, configuration: AppDatabase.configuration(busyTimeout: 5))
        let started = Date()
        try Migrations.migrator.migrate(pool)
        let elapsed = Date().timeIntervalSince(started)
        try pool.close()
        return elapsed
    }

    /// The shape of a copy of the store migrated up to `step`, and no further.
    static func shape(of path: String, migratedUpTo step: String, in scratch: Scratch) throws -> StoreShape {
        let copy = scratch.file("up-to-step.sqlite")
        try? FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let queue = try DatabaseQueue(path: copy)
        try Migrations.migrator.migrate(queue, upTo: step)
        try queue.close()
        return try StoreShape.read(copy, copyingTo: scratch.file("look"))
    }

    /// Opens the store as the next start would (nothing has touched it since the kill) and
    /// checks it against the uninterrupted migration.
    func assertNextStartCompletes(_ path: String, as reference: DerivedTables, after context: String) throws {
        let database = try openStore(path)
        XCTAssertEqual(try database.accountCount(), Self.accountCount, "accounts after \(context)")
        XCTAssertFalse(try database.summariesNeedRefresh(), "summaries left stale after \(context)")
        let found = try database.accountPage(AccountPageRequest(sort: .name, search: "Account 007777", anchor: .first, limit: 5))
        XCTAssertEqual(found.entries.map(\.id), [7777], "search by name after \(context)")
        let byContact = try database.accountPage(AccountPageRequest(sort: .name, search: "a4242@example", anchor: .first, limit: 5))
        XCTAssertEqual(byContact.entries.map(\.id), [4242], "search by contact after \(context)")
        try database.close()
        try DerivedTables.read(path).assertEqual(to: reference, context)
    }

    /// A v5 store as the previous release would hold it, generated in SQL: per account two
    /// contacts (one reporting to the other), an initiative, a call, an opportunity and twelve
    /// months of revenue.
    static func makeV5Store(at path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: lastV5Step)
        try queue.write { db in
            try db.execute(
                sql: """
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                    INSERT INTO account (id, name, industry, region, tier, owner, arr_minor, renewal_date, stay_in_touch_days, notes)
                    SELECT i, printf('Account %06d', i), CASE i % 3 WHEN 0 THEN 'Software' WHEN 1 THEN 'Manufacturing' ELSE 'Retail' END,
                           CASE i % 4 WHEN 0 THEN 'DACH' WHEN 1 THEN 'Japan' ELSE 'NA East' END, 'enterprise', 'Owner ' || (i % 17),
                           (i % 97 + 1) * 100000, date(?, '+' || (i % 400) || ' days'), CASE WHEN i % 3 = 0 THEN 30 END, ''
                    FROM n;
                    INSERT INTO contact (id, account_id, name, email, role, is_main_contact)
                    SELECT id * 2 - 1, id, 'Contact ' || id || ' a', 'a' || id || '@example.com', 'sponsor', 1 FROM account;
                    INSERT INTO contact (id, account_id, name, email, role, is_main_contact, reports_to_id)
                    SELECT id * 2, id, 'Contact ' || id || ' b', '', 'champion', 0, id * 2 - 1 FROM account;
                    INSERT INTO initiative (id, account_id, title, status, progress, due_date)
                    SELECT id, id, 'Initiative ' || id, CASE id % 4 WHEN 0 THEN 'at-risk' WHEN 1 THEN 'blocked' ELSE 'on-track' END,
                           id % 100, date(?, '+' || (id % 60 - 20) || ' days')
                    FROM account;
                    INSERT INTO interaction (id, account_id, kind, date, summary)
                    SELECT id, id, 'call', date(?, '-' || (id % 90) || ' days'), 'Call ' || id FROM account;
                    INSERT INTO opportunity (id, account_id, name, amount_minor, expected_close)
                    SELECT id, id, 'Deal ' || id, id * 1000, date(?, '+' || (id % 200) || ' days') FROM account;
                    WITH RECURSIVE m(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM m WHERE k < 11)
                    INSERT INTO metric_point (account_id, metric, month, actual, target)
                    SELECT id, 'revenue', strftime('%Y-%m', date(?, 'start of month', '-' || k || ' months')), id % 1000 * 100, 100000
                    FROM account, m;
                    """,
                arguments: [accountCount, today, today, today, today, today])
        }
        try queue.close()
    }
}

/// `rapport demo --store` run on a store: it opens (and so migrates) the store, then refuses
/// because the store already holds accounts. Optionally killed with SIGKILL partway.
struct OpeningRun {
    /// Seconds from the write-ahead log's appearance (the store open for writing, the
    /// migration about to start) until the process ended; nil if the log never appeared.
    let afterLog: TimeInterval?
    /// "exit 1", or "signal 9" when killed.
    let exit: String
    let standardError: String

    /// Launches the binary and, when `killAfterLog` is given, kills it that many seconds after
    /// the log appears. Polls every millisecond, so the kill lands within a few of its time.
    init(store path: String, killAfterLog delay: TimeInterval?) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RapportBinary.path)
        process.arguments = ["demo", "--store", path, "--today", KilledMigrationTests.today]
        process.standardOutput = FileHandle.nullDevice
        // A file rather than a pipe: nothing need read it while the process runs.
        let errorPath = path + ".stderr"
        guard FileManager.default.createFile(atPath: errorPath, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: errorPath])
        }
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardError = errors
        try process.run()
        // A binary that hangs fails the test (killed, it reports a signal) rather than hanging it.
        let deadline = Date().addingTimeInterval(60)
        var logSeen: Date?
        while process.isRunning && logSeen == nil && Date() < deadline {
            if FileManager.default.fileExists(atPath: path + "-wal") { logSeen = Date() } else { usleep(1_000) }
        }
        var killAt = deadline
        if let logSeen, let delay { killAt = min(deadline, logSeen.addingTimeInterval(delay)) }
        while process.isRunning && Date() < killAt { usleep(1_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        afterLog = logSeen.map { Date().timeIntervalSince($0) }
        exit = process.terminationReason == .uncaughtSignal ? "signal \(process.terminationStatus)" : "exit \(process.terminationStatus)"
        try errors.close()
        standardError = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    }
}

/// A store's schema, recorded migrations and row counts. Read from a copy of its files (with
/// the log and shared memory a kill left), since even a reading connection may fold the log
/// into the file on closing, and the next start must find the store exactly as the kill left it.
struct StoreShape: Equatable {
    static let tables = ["account", "contact", "initiative", "progress_update", "metric_point", "interaction", "opportunity", "change_log"]

    var schema: [String]
    var migrations: [String]
    var rowCounts: [String: Int]

    static func read(_ path: String, copyingTo directory: String) throws -> StoreShape {
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let copy = directory + "/store.sqlite"
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.copyItem(atPath: path + suffix, toPath: copy + suffix)
        }
        let queue = try DatabaseQueue(path: copy)
        defer { try? queue.close() }
        return try queue.read { db in
            StoreShape(
                schema: try String.fetchAll(db, sql: "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name"),
                migrations: try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                rowCounts: Dictionary(uniqueKeysWithValues: try tables.map { ($0, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? 0) }))
        }
    }

    /// What sets this shape apart from both the old and the new, for a failure message.
    func differences(from old: StoreShape, _ new: StoreShape) -> String {
        let schemaNeither = schema.filter { !old.schema.contains($0) && !new.schema.contains($0) }
        let missingFromNew = new.schema.filter { !schema.contains($0) }
        return "migrations \(migrations); rows \(rowCounts); schema in neither \(schemaNeither); missing from the migrated schema \(missingFromNew)"
    }
}

/// Every table the store derives from its rows, in full: what a finished migration computed.
struct DerivedTables {
    static let queries = [
        "account_summary": "SELECT * FROM account_summary ORDER BY account_id",
        "book_totals": "SELECT * FROM book_totals",
        "book_metric_month": "SELECT * FROM book_metric_month ORDER BY metric, month",
        "account_search": "SELECT rowid, own, other FROM account_search ORDER BY rowid",
        "summary_state": "SELECT * FROM summary_state",
    ]

    var rows: [String: [Row]]

    static func read(_ path: String) throws -> DerivedTables {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return DerivedTables(rows: try queue.read { db in try queries.mapValues { try Row.fetchAll(db, sql: $0) } })
    }

    /// Fails naming the first differing row of each table, rather than printing thousands.
    func assertEqual(to reference: DerivedTables, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        for (table, expected) in reference.rows.sorted(by: { $0.key < $1.key }) {
            let found = rows[table] ?? []
            guard found != expected else { continue }
            let first = zip(found, expected).first { $0 != $1 }.map { "\($0.0) instead of \($0.1)" } ?? "no differing row in common"
            XCTFail("\(table) after \(context): \(found.count) rows (\(expected.count) expected); \(first)", file: file, line: line)
        }
    }
}
