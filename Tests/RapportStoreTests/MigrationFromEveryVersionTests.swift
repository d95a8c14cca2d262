import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// A store written by any earlier release (schemas v1 to v6) opens in this one with every row it
/// held, its summaries, search index and KPIs computed, and takes edits.
final class MigrationFromEveryVersionTests: XCTestCase {
    func testEveryEarlierSchemaHasAStoreToMigrateFrom() {
        // A new migration makes today's schema an earlier one, which needs a row of its own.
        XCTAssertEqual(EarlierStore.all.map(\.lastStep), Array(Migrations.migrator.migrations.dropLast()))
    }

    func testAStoreFromEveryEarlierSchemaKeepsItsRowsAndGetsSummariesSearchAndKPIs() throws {
        for earlier in EarlierStore.all {
            // One schema failing still lets the others run, each failure naming its schema.
            do {
                try assertMigrates(earlier)
            } catch {
                XCTFail("from \(earlier.name): \(error)")
            }
        }
    }

    func assertMigrates(_ earlier: EarlierStore) throws {
        // Given a store of that schema, with a row in every table it has
        let directory = try TemporaryDirectory()
        let path = try earlier.make(in: directory)
        let before = try DatabaseQueue(path: path)
        let oldColumns = try before.read(Self.userColumns)
        let oldRows = try before.read { db in try Self.rows(db, columns: oldColumns) }
        try before.close()
        XCTAssertEqual(oldRows.filter(\.value.isEmpty).keys.sorted(), [], "tables the \(earlier.name) store leaves empty")
        // When this release opens it
        let database = try AppDatabase.open(path: path, basis: TestClock.basis)
        defer { try? database.close() }
        let context = "migrating from \(earlier.name)"
        // Then every step is recorded, and every row kept with the values it had
        XCTAssertEqual(try database.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") },
                       Migrations.migrator.migrations, context)
        let newRows = try database.read { db in try Self.rows(db, columns: oldColumns) }
        for (table, rows) in oldRows.sorted(by: { $0.key < $1.key }) { XCTAssertEqual(newRows[table], rows, "\(context): \(table)") }
        XCTAssertEqual(try database.accounts().map(\.name), ["Acme Corp", "Müller Präzision GmbH", "東京精密 KK"], context)
        XCTAssertEqual(try database.accounts().map(\.version), [0, 0, 0], context)
        XCTAssertEqual(try database.contacts(accountID: 1).map(\.reportsToID), [nil, 1], context)
        XCTAssertEqual(try database.progressUpdates(initiativeID: 1).map(\.progress), [40], context)
        if earlier.holds.contains(.timeline) {
            XCTAssertEqual(try database.interactions(accountID: 1).map(\.contactIDs), [[1, 2]], context)
            XCTAssertEqual(try database.contacts(accountID: 1).map(\.stayInTouchDays), [nil, 7], context)
        }
        if earlier.holds.contains(.opportunities) {
            XCTAssertEqual(try database.opportunities(accountID: 3).map(\.name), ["関西拠点"], context)
        }
        // And the summaries, totals and search index are computed, and the KPIs add up
        try assertDerivedStateIsCurrent(database, context)
        let kpis = try database.kpis()
        XCTAssertEqual([kpis.accountCount, kpis.renewalsWithin90Days], [3, 1], context)
        XCTAssertEqual(
            [kpis.annualRecurringRevenue, kpis.quarterToDateRevenue, kpis.quarterTarget, kpis.renewalRevenueWithin90Days],
            [55_000_000, 4_900_000, 2_400_000, 10_000_000].map { Money(minorUnits: $0) }, context)
        XCTAssertEqual(kpis.initiatives, InitiativeCounts(atRisk: 1, blocked: 1, overdue: 1), context)
        // And search finds accounts by name (accents folded, any script) and by contact
        let searches: [String: [Int64]] = ["muller": [2], "東京": [3], "lovelace": [1], "ada@acme": [1]]
            .merging(earlier.holds.contains(.timeline) ? ["competitor": [3]] : [:]) { $1 }
        for (text, ids) in searches { XCTAssertEqual(try search(database, text), ids, "\(context), searching \(text)") }
        // And the migrated rows take edits, which keep everything derived current
        let opened = try XCTUnwrap(try database.account(id: 3), context)
        var renamed = opened
        renamed.name = "東京精密 Holdings"
        try database.save(.editAccount(RecordEdit(original: opened, edited: renamed))).saved()
        try database.save(.bumpProgress(initiativeID: 1, by: 5)).saved()
        XCTAssertEqual(try database.account(id: 3)?.version, 1, context)
        XCTAssertEqual(try database.initiative(id: 1)?.progress, 45, context)
        XCTAssertEqual(try search(database, "holdings"), [3], context)
        try assertDerivedStateIsCurrent(database, "edits after \(context)")
    }

    func search(_ database: AppDatabase, _ text: String) throws -> [Int64] {
        try database.accountPage(AccountPageRequest(sort: .name, search: text, anchor: .first, limit: 10)).entries.map(\.id)
    }

    /// The columns of each table the user's rows live in (not GRDB's, not SQLite's, and not the
    /// tables derived from them, which opening recomputes and `assertDerivedStateIsCurrent` checks).
    static func userColumns(_ db: Database) throws -> [String: [String]] {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'grdb%' AND name NOT LIKE 'sqlite%'")
        return try Dictionary(uniqueKeysWithValues: tables.filter { !isDerived($0) }.map { ($0, try db.columns(in: $0).map(\.name)) })
    }

    static func isDerived(_ table: String) -> Bool {
        ["account_search", "account_summary", "book_", "summary_state"].contains { table.hasPrefix($0) }
    }

    /// Every row of those tables, in those columns only, as text.
    static func rows(_ db: Database, columns: [String: [String]]) throws -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for (table, names) in columns {
            rows[table] = try Row.fetchAll(db, sql: "SELECT \(names.joined(separator: ", ")) FROM \(table)").map(\.description).sorted()
        }
        return rows
    }
}
