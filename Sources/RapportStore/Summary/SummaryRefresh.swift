import GRDB
import RapportCore

/// Keeps `account_summary` and the search index in line with the rows they are derived from.
///
/// Triggers mark an account's summary stale whenever anything it depends on changes, whoever
/// writes; this recomputes the stale rows, inside the same transaction as the write that made
/// them stale, so no reader ever sees a summary out of step with its rows.
enum SummaryRefresh {
    static let figuresBit = 1
    static let textBit = 2
    /// Accounts recomputed per query: large enough to amortise the grouped scans, small enough
    /// that a full refresh of a big book never holds much in memory.
    static let chunkSize = 2_000

    /// Recomputes the stale rows for the basis the store's summaries are for (see
    /// `storedBasis`). `withAgenda` false leaves the agenda candidates to the caller (a full
    /// rebuild follows).
    static func refreshStale(_ db: Database, basis wanted: SummaryBasis, withAgenda: Bool = true) throws {
        let basis = try storedBasis(db, else: wanted)
        // Deleted accounts leave no stale row behind, only their queued search entry; one
        // another program deleted with foreign keys off leaves its summary and candidates too.
        try db.execute(sql: """
            DELETE FROM account_summary WHERE account_id IN (SELECT account_id FROM account_search_removed)
                AND NOT EXISTS (SELECT 1 FROM account WHERE id = account_summary.account_id)
            """)
        try db.execute(sql: """
            DELETE FROM agenda_candidate WHERE account_id IN (SELECT account_id FROM account_search_removed)
                AND NOT EXISTS (SELECT 1 FROM account WHERE id = agenda_candidate.account_id)
            """)
        try SearchIndexing.removeDeletedAccounts(db)
        let stale = try Row.fetchAll(db, SQLRequest(sql: "SELECT account_id, stale FROM account_summary WHERE stale <> 0", cached: true))
        guard !stale.isEmpty else { return }
        var figures: [Int64] = []
        var text: [Int64] = []
        for row in stale {
            let flags: Int = try row.decode(atIndex: 1)
            if flags & figuresBit != 0 { figures.append(try row.decode(atIndex: 0)) }
            if flags & textBit != 0 { text.append(try row.decode(atIndex: 0)) }
        }
        for start in stride(from: 0, to: figures.count, by: chunkSize) {
            let ids = Array(figures[start..<min(start + chunkSize, figures.count)])
            try refreshFigures(db, ids: ids, basis: basis)
            if withAgenda { try AgendaCandidates.refresh(db, ids: ids, basis: basis) }
        }
        for start in stride(from: 0, to: text.count, by: chunkSize) {
            try SearchIndexing.rebuild(db, ids: Array(text[start..<min(start + chunkSize, text.count)]))
        }
    }

    /// The day and calendar the stored summaries are for, with `wanted`'s coefficients; `wanted`
    /// itself before the first summaries. A write's refresh computes with it, so every row stays
    /// of one day and calendar: a write just after midnight, or from a command that does not
    /// know the user's fiscal year (an import), must not mix its rows with the others'. Only
    /// `refreshAll` moves the basis, recomputing every row.
    static func storedBasis(_ db: Database, else wanted: SummaryBasis) throws -> SummaryBasis {
        let stored = try SummaryState(db)
        guard let day = Day(iso: stored.asOf) else { return wanted }
        return SummaryBasis(today: day, calendar: FiscalCalendar(firstMonth: stored.fiscalStart), agenda: wanted.agenda)
    }

    /// Marks every figure stale when the stored basis differs from `basis`, then refreshes;
    /// ranks the whole agenda again when the day, calendar or coefficients changed.
    static func refreshAll(_ db: Database, basis: SummaryBasis) throws {
        let stored = try SummaryState(db)
        let dayChanged = stored.asOf != basis.today.iso || stored.fiscalStart != basis.calendar.firstMonth
        if dayChanged {
            try db.execute(sql: "UPDATE account_summary SET stale = stale | \(figuresBit) WHERE stale & \(figuresBit) = 0")
            try db.execute(
                sql: "UPDATE summary_state SET as_of = ?, fiscal_start = ? WHERE id = 1",
                arguments: [basis.today.iso, basis.calendar.firstMonth])
        }
        let rankAll = try dayChanged || AgendaCandidates.needsRanking(db, basis: basis)
        try refreshStale(db, basis: basis, withAgenda: !rankAll)
        if rankAll { try AgendaCandidates.rebuildAll(db, basis: basis) }
    }

    /// Whether the stored summaries (or the agenda's ranks) were computed for another day,
    /// calendar or coefficients, or another program left some stale.
    static func isStale(_ db: Database, basis: SummaryBasis) throws -> Bool {
        if !(try SummaryState(db).matches(today: basis.today, calendar: basis.calendar, coefficients: basis.agenda)) { return true }
        return try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM account_summary WHERE stale <> 0)") ?? false
    }

    /// The figure columns a refresh computes, in `SummaryRow.figures` order.
    static let figureColumns = [
        "name_key", "arr_key", "renewal_key", "health", "health_band", "trouble", "touch_state", "touch_days", "touch_trigger",
        "arr", "qtd_actual", "quarter_target", "at_risk", "blocked", "overdue", "needs_contact", "renews_soon", "renewal_lapsed",
        "health_change", "follow_up_key", "risk_key", "former",
    ]

    /// Writes only the columns whose value changed. A row written whole rewrites its entry in
    /// every one of the table's nine indexes; when the day turns most rows change in one or two
    /// columns (days since the last contact), so the daily refresh of a 100,000-account book
    /// spent 5.2 s writing whole rows and most of it rewriting index entries that did not move.
    private static func refreshFigures(_ db: Database, ids: [Int64], basis: SummaryBasis) throws {
        let list = "(" + ids.map(String.init).joined(separator: ", ") + ")"
        var stored: [Int64: [DatabaseValue]] = [:]
        let storedRows = try Row.fetchCursor(
            db, sql: "SELECT account_id, \(figureColumns.joined(separator: ", ")) FROM account_summary WHERE account_id IN \(list)")
        while let row = try storedRows.next() {
            stored[try row.decode(atIndex: 0)] = (1...figureColumns.count).map { row[$0] as DatabaseValue }
        }
        for overview in try OverviewQuery.fetch(db, ids: ids, basis: basis) {
            let figures = SummaryRow(overview, today: basis.today).figures
            let old = stored[overview.id]
            let changed = figures.indices.filter { old?[$0] != figures[$0] }
            guard !changed.isEmpty else { continue }
            // The stale bit goes in the same write, so the KPI totals' trigger runs once per row.
            let columns = changed.map { "\(figureColumns[$0]) = ?" } + ["stale = stale & ~\(figuresBit)"]
            let update = try db.cachedStatement(sql: "UPDATE account_summary SET \(columns.joined(separator: ", ")) WHERE account_id = ?")
            try update.execute(arguments: StatementArguments(changed.map { figures[$0] } + [overview.id.databaseValue]))
        }
        // The rows whose figures did not change.
        try db.execute(sql: "UPDATE account_summary SET stale = stale & ~\(figuresBit) WHERE account_id IN \(list) AND stale & \(figuresBit) <> 0")
    }
}

extension AppDatabase {
    /// Recomputes every summary for this store's basis (when the day or calendar changed), and
    /// any another program left stale. The dashboard runs it after its first frame.
    public func refreshSummaries() throws {
        let basis = basis
        try requireWritable()
        try Self.wrappingDatabaseErrors {
            try writer.write { db in try SummaryRefresh.refreshAll(db, basis: basis) }
        }
    }

    /// Whether `refreshSummaries()` has anything to do.
    public func summariesNeedRefresh() throws -> Bool {
        let basis = basis
        return try read { db in try SummaryRefresh.isStale(db, basis: basis) }
    }
}
