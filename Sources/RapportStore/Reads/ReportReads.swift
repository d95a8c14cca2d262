import GRDB
import RapportCore
import RapportForecast

/// What a report is assembled from, read with aggregates and bounded lists: the book's revenue
/// from the running monthly sums, counts grouped in SQL, the worst accounts and the movers by
/// `ORDER BY … LIMIT`. Nothing proportional to the book reaches the app.
extension AppDatabase {
    /// The report's input for `period` as of `today`; `accountID` limits it to one account.
    /// The summaries (health, lateness, stay in touch) are read as stored: bring them to the
    /// day first with `refreshSummaries()`.
    public func reportInput(
        period: Period, accountID: Int64?, today: Day, selection: ModelSelection = .automatic
    ) throws -> ReportInput {
        let history = MonthRange(first: YearMonth(year: 1900, month: 1), last: max(period.months.last, today.yearMonth))
        let revenue = try accountID.map { try metricPoints(accountID: $0, metric: MetricPoint.revenue, in: history) }
            ?? bookMetricPoints(metric: MetricPoint.revenue, in: history)
        return try read { db in
            let name = try accountID.map { id in try ReportQueries.accountName(db, id: id) }
            return ReportInput(
                account: name ?? nil, revenue: revenue,
                accountsByTier: accountID == nil ? try ReportQueries.accountsByTier(db, period: period) : nil,
                lifecycle: accountID == nil ? try ReportQueries.lifecycle(db, period: period) : nil,
                initiatives: try ReportQueries.initiativeStanding(db, period: period, accountID: accountID, today: today),
                initiativeRows: try ReportQueries.initiativeRows(db, period: period, accountID: accountID, today: today),
                attention: try ReportQueries.attention(db, period: period, accountID: accountID, today: today),
                movers: accountID == nil ? try ReportQueries.movers(db, period: period, today: today) : nil,
                forecastSelection: selection)
        }
    }
}

enum ReportQueries {
    static func accountName(_ db: Database, id: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT \(ShownText.expression("name")) FROM account WHERE id = ?", arguments: [id])
    }

    /// The clients at the period's end: joined by then (an unknown start counts as long ago)
    /// and not churned by then. So the counts at two periods' ends differ by the net between.
    static func accountsByTier(_ db: Database, period: Period) throws -> [AccountTier: Int] {
        let end = recordedBounds(period).1
        let sql = """
            SELECT tier, COUNT(*) FROM account
            WHERE (client_since IS NULL OR client_since < ?) AND (churned_on IS NULL OR churned_on >= ?) GROUP BY tier
            """
        return try countsByTier(db, sql: sql, arguments: [end, end])
    }

    /// Accounts won (client since) and lost (churned on) within the period, by tier, each
    /// counted in SQL through the index on its date.
    static func lifecycle(_ db: Database, period: Period) throws -> ClientLifecycleCounts {
        let (start, end) = recordedBounds(period)
        func counted(_ column: String) throws -> [AccountTier: Int] {
            try countsByTier(db, sql: "SELECT tier, COUNT(*) FROM account WHERE \(column) >= ? AND \(column) < ? GROUP BY tier", arguments: [start, end])
        }
        return ClientLifecycleCounts(new: try counted("client_since"), churned: try counted("churned_on"))
    }

    private static func countsByTier(_ db: Database, sql: String, arguments: StatementArguments) throws -> [AccountTier: Int] {
        var counts: [AccountTier: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            let tier = AccountTier(rawValue: try row.decode(atIndex: 0)) ?? .midMarket
            counts[tier, default: 0] += try row.decode(atIndex: 1) as Int
        }
        return counts
    }

    /// Leaves out the accounts churned by the period's end (`a` is the account), so a lost
    /// client is neither a task nor a mover.
    private static let stillAClient = "(a.churned_on IS NULL OR a.churned_on >= ?)"

    /// `AND i.account_id = ?` and its argument, or nothing for the book.
    private static func accountFilter(_ accountID: Int64?) -> (sql: String, arguments: StatementArguments) {
        guard let accountID else { return ("", []) }
        return (" AND i.account_id = ?", [accountID])
    }

    /// The period's bounds as `recorded_at` compares: stored dates are UTC text, so the first
    /// day of the month after the period is the exclusive end.
    private static func recordedBounds(_ period: Period) -> (String, String) {
        (period.months.first.firstDay.iso, period.months.last.adding(months: 1).firstDay.iso)
    }

    static func initiativeStanding(_ db: Database, period: Period, accountID: Int64?, today: Day) throws -> InitiativeStanding {
        let filter = accountFilter(accountID)
        var byStatus: [InitiativeStatus: Int] = [:]
        var overdue = 0
        let grouped = """
            SELECT status, COUNT(*), SUM(status <> 'done' AND due_date IS NOT NULL AND due_date < ?)
            FROM initiative i WHERE 1\(filter.sql) GROUP BY status
            """
        for row in try Row.fetchAll(db, sql: grouped, arguments: [today.iso] + filter.arguments) {
            let status = InitiativeStatus(rawValue: try row.decode(atIndex: 0)) ?? .planned
            byStatus[status, default: 0] += try row.decode(atIndex: 1) as Int
            overdue += try row.decode(atIndex: 2) as Int
        }
        let (start, end) = recordedBounds(period)
        let completed = try Int.fetchOne(
            db,
            sql: """
                SELECT COUNT(DISTINCT p.initiative_id) FROM progress_update p JOIN initiative i ON i.id = p.initiative_id
                WHERE p.status = 'done' AND p.previous_status <> 'done' AND p.recorded_at >= ? AND p.recorded_at < ?
                AND i.status = 'done'\(filter.sql)
                """, arguments: [start, end] + filter.arguments) ?? 0
        return InitiativeStanding(
            completedInPeriod: completed, onTrack: byStatus[.onTrack] ?? 0, atRisk: byStatus[.atRisk] ?? 0,
            blocked: byStatus[.blocked] ?? 0, planned: byStatus[.planned] ?? 0, overdue: overdue)
    }

    /// The initiatives done in the period, and the open ones in the most trouble (blocked, at
    /// risk, late), each list bounded by what the report names.
    static func initiativeRows(_ db: Database, period: Period, accountID: Int64?, today: Day) throws -> [InitiativeReportRow] {
        let filter = accountFilter(accountID)
        let (start, end) = recordedBounds(period)
        let columns = """
            \(ShownText.expression("name", of: "a")), \(ShownText.expression("title", of: "i")), i.status, i.progress, i.due_date,
            COALESCE((SELECT \(ShownText.expression("note", of: "p")) FROM progress_update p WHERE p.initiative_id = i.id
                      ORDER BY p.recorded_at DESC, p.id DESC LIMIT 1), '')
            """
        let completed = """
            SELECT \(columns), 1 FROM initiative i JOIN account a ON a.id = i.account_id
            WHERE i.status = 'done'\(filter.sql) AND EXISTS (
                SELECT 1 FROM progress_update p WHERE p.initiative_id = i.id AND p.status = 'done' AND p.previous_status <> 'done'
                AND p.recorded_at >= ? AND p.recorded_at < ?)
            ORDER BY i.due_date, i.id LIMIT ?
            """
        /// Each kind of trouble has its own bounded list, so a book with many blocked
        /// initiatives still names those at risk and late.
        let troubles = [
            "i.status = 'blocked'", "i.status = 'at-risk'",
            "i.status IN ('planned', 'on-track') AND i.due_date IS NOT NULL AND i.due_date < ?",
        ]
        let limit = Report.highlightLimit
        var rows = try Row.fetchAll(db, sql: completed, arguments: filter.arguments + [start, end, limit])
        for (index, trouble) in troubles.enumerated() {
            let sql = """
                SELECT \(columns), 0 FROM initiative i JOIN account a ON a.id = i.account_id
                WHERE \(trouble)\(filter.sql) ORDER BY i.due_date IS NULL, i.due_date, i.id LIMIT ?
                """
            let dueArgument: StatementArguments = index == 2 ? [today.iso] : []
            rows += try Row.fetchAll(db, sql: sql, arguments: dueArgument + filter.arguments + [limit])
        }
        return try rows.map { row in
            InitiativeReportRow(
                account: try row.decode(atIndex: 0), title: try row.decode(atIndex: 1),
                status: InitiativeStatus(rawValue: try row.decode(atIndex: 2)) ?? .planned, progress: try row.decode(atIndex: 3),
                dueDate: (try row.decode(atIndex: 4) as String?).flatMap(Day.init(iso:)), latestNote: try row.decode(atIndex: 5),
                completedInPeriod: try row.decode(atIndex: 6) as Bool)
        }
    }

    /// The accounts whose stored summary shows trouble, the most troubled and least healthy first:
    /// clients at the period's end that are clients still (the summary is today's, and a client
    /// that has left since needs no attention).
    static func attention(_ db: Database, period: Period, accountID: Int64?, today: Day) throws -> [AttentionCandidate] {
        let only = accountID == nil ? "" : " AND s.account_id = ?"
        let sql = """
            SELECT \(ShownText.expression("name", of: "a")), s.health, s.at_risk, s.blocked, s.overdue, s.touch_state, s.touch_days,
                s.touch_trigger, a.renewal_date
            FROM account_summary s JOIN account a ON a.id = s.account_id
            WHERE (s.health_band = 2 OR s.trouble > 0 OR s.touch_state = 2 OR s.renewal_lapsed <> 0) AND s.former = 0 AND \(stillAClient)\(only)
            ORDER BY s.trouble DESC, s.health, s.name_key, s.account_id LIMIT ?
            """
        let end = recordedBounds(period).1
        let arguments: StatementArguments = accountID.map { [end, $0, Report.attentionLimit] } ?? [end, Report.attentionLimit]
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let renewal = (try row.decode(atIndex: 8) as String?).flatMap(Day.init(iso:))
            return AttentionCandidate(
                account: try row.decode(atIndex: 0), health: SummaryRow.decodeHealth(try row.decode(atIndex: 1)),
                atRisk: try row.decode(atIndex: 2), blocked: try row.decode(atIndex: 3), overdue: try row.decode(atIndex: 4),
                stayInTouch: SummaryRow.decode(state: try row.decode(atIndex: 5), days: try row.decode(atIndex: 6), trigger: try row.decode(atIndex: 7)),
                renewal: RenewalStatus(renewal: renewal, today: today))
        }
    }

    /// Months of the period the movers compare: all of a period that is over; of a running one,
    /// its complete months (the running month's part would read as a fall).
    static func moverMonths(_ period: Period, today: Day) -> Int {
        let months = period.months.months
        return months.filter { $0 < today.yearMonth }.count
    }

    /// Each account's revenue over the compared months of the period and of the one before,
    /// read through the metric table's primary key account by account; only the top few each
    /// way leave SQLite.
    static func movers(_ db: Database, period: Period, today: Day) throws -> MoverCandidates {
        let count = moverMonths(period, today: today)
        guard count > 0 else { return MoverCandidates(up: [], down: [], monthsCompared: 0) }
        let current = MonthRange(first: period.months.first, last: period.months.first.adding(months: count - 1))
        let previous = MonthRange(first: period.previous.months.first, last: period.previous.months.first.adding(months: count - 1))
        func sum(_ range: MonthRange) -> String {
            """
            (SELECT COALESCE(SUM(m.actual), 0) FROM metric_point m
             WHERE m.account_id = a.id AND m.metric = 'revenue' AND m.month BETWEEN '\(range.first.iso)' AND '\(range.last.iso)')
            """
        }
        let sql = """
            WITH change AS MATERIALIZED (
                SELECT a.id, \(sum(current)) AS current, \(sum(previous)) AS previous FROM account a WHERE \(stillAClient)),
            ranked AS (
                SELECT id, current, previous,
                    ROW_NUMBER() OVER (ORDER BY current - previous DESC, id) AS up_rank,
                    ROW_NUMBER() OVER (ORDER BY current - previous, id) AS down_rank
                FROM change WHERE current <> previous)
            SELECT \(ShownText.expression("name", of: "a")), r.current, r.previous, r.current > r.previous
            FROM ranked r JOIN account a ON a.id = r.id
            WHERE (r.up_rank <= ? AND r.current > r.previous) OR (r.down_rank <= ? AND r.current < r.previous)
            ORDER BY r.current - r.previous DESC
            """
        var up: [MoverCandidates.Row] = []
        var down: [MoverCandidates.Row] = []
        let arguments: StatementArguments = [recordedBounds(period).1, Report.moverLimit, Report.moverLimit]
        for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
            let mover = MoverCandidates.Row(account: try row.decode(atIndex: 0), current: try row.decode(atIndex: 1), previous: try row.decode(atIndex: 2))
            if try row.decode(atIndex: 3) as Bool { up.append(mover) } else { down.insert(mover, at: 0) }
        }
        return MoverCandidates(up: up, down: down, monthsCompared: count)
    }
}
