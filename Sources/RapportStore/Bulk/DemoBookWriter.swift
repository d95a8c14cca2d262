import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// Writes a whole demo book in one transaction (all or nothing), after removing everything
    /// the store holds when `replacingExisting`. Returns the account count. A demo book is not
    /// an undoable change: replacing a store also clears its change log.
    ///
    /// A book of 100,000 accounts is millions of rows, so this is a bulk load: the triggers that
    /// mark summaries stale are set aside, and each account's summary, search entry and share of
    /// the book's monthly sums are computed here from the records in hand rather than read back.
    @discardableResult
    public func writeDemoBook(_ book: DemoBook, replacingExisting: Bool = false) throws -> Int {
        let basis = basis
        return try bulkWrite { db in
            if replacingExisting {
                // Without foreign keys nothing cascades: every table goes by hand.
                for table in ["account_search", "metric_point", "book_metric_month", "book_pipeline_month", "interaction_contact", "interaction", "progress_update",
                              "initiative", "opportunity", "contact", "account_summary", "account"] {
                    try db.execute(sql: "DELETE FROM \(table)")
                }
                try db.execute(sql: "UPDATE book_totals SET accounts = 0, arr = 0, qtd_actual = 0, quarter_target = 0, good = 0, watch = 0, poor = 0, needs_contact = 0, at_risk = 0, blocked = 0, overdue = 0, renewals = 0, renewal_arr = 0, lapsed_renewals = 0")
                try db.execute(sql: "DELETE FROM account_search_removed")
                try db.execute(sql: "DELETE FROM change_log")
            }
            let triggers = try SuspendedTriggers(
                db, on: ["account", "contact", "initiative", "interaction", "interaction_contact", "progress_update", "metric_point", "opportunity", "account_summary"])
            var rows = try DemoRows(db)
            let (count, sums) = try rows.insert(book, basis: basis)
            try sums.store(db)
            try BookTotals.recompute(db)
            try db.execute(sql: SchemaV6.pipelineRecompute)
            try triggers.restore(db)
            try db.execute(
                sql: "UPDATE summary_state SET as_of = ?, fiscal_start = ? WHERE id = 1",
                arguments: [basis.today.iso, basis.calendar.firstMonth])
            try AgendaCandidates.rebuildAll(db, basis: basis)
            return count
        }
    }
}

/// The running monthly sums `book_metric_month` keeps, gathered while rows are inserted.
struct BookMetricSums: Sendable {
    struct Entry: Sendable {
        var actual: Int64 = 0
        var target: Int64 = 0
        var actualCount: Int64 = 0
        var targetCount: Int64 = 0
    }

    /// By metric, then by month (months since year 0: cheaper to hash than text).
    private var months: [String: [Int: Entry]] = [:]

    mutating func add(_ points: [MetricPoint]) {
        for point in points {
            let key = point.month.year * 12 + point.month.month
            var entry = months[point.metric, default: [:]][key] ?? Entry()
            if let actual = point.actual {
                entry.actual &+= actual
                entry.actualCount += 1
            }
            if let target = point.target {
                entry.target &+= target
                entry.targetCount += 1
            }
            months[point.metric, default: [:]][key] = entry
        }
    }

    func store(_ db: Database) throws {
        let upsert = try db.cachedStatement(
            sql: """
                INSERT INTO book_metric_month (metric, month, actual, target, actual_count, target_count) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (metric, month) DO UPDATE SET
                    actual = actual + excluded.actual, target = target + excluded.target,
                    actual_count = actual_count + excluded.actual_count, target_count = target_count + excluded.target_count
                """)
        for (metric, byMonth) in months {
            for (key, entry) in byMonth {
                let month = YearMonth(year: (key - 1) / 12, month: (key - 1) % 12 + 1)
                try upsert.execute(arguments: [metric, month.iso, entry.actual, entry.target, entry.actualCount, entry.targetCount])
            }
        }
    }
}
