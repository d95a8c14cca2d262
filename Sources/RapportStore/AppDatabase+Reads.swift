import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    public func accountCount() throws -> Int {
        try read { db in try AccountRecord.fetchCount(db) }
    }

    public func account(id: Int64) throws -> Account? {
        try read { db in try AccountRecord.fetchOne(db, key: id)?.value }
    }

    public func accounts() throws -> [Account] {
        try read { db in try AccountRecord.order(Column("id")).fetchAll(db).map(\.value) }
    }

    public func contacts(accountID: Int64) throws -> [Contact] {
        try read { db in
            try ContactRecord.filter(Column("account_id") == accountID).order(Column("id")).fetchAll(db).map(\.value)
        }
    }

    /// The account's initiatives, soonest due first (undated last), then by title.
    public func initiatives(accountID: Int64) throws -> [Initiative] {
        try read { db in
            try InitiativeRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM initiative WHERE account_id = ?
                    ORDER BY due_date IS NULL, due_date, title, id
                    """, arguments: [accountID]
            ).map(\.value)
        }
    }

    public func initiative(id: Int64) throws -> Initiative? {
        try read { db in try InitiativeRecord.fetchOne(db, key: id)?.value }
    }

    /// Newest first.
    public func progressUpdates(initiativeID: Int64) throws -> [ProgressUpdate] {
        try read { db in
            try ProgressUpdateRecord.filter(Column("initiative_id") == initiativeID)
                .order(Column("recorded_at").desc, Column("id").desc).fetchAll(db).map(\.value)
        }
    }

    public func metricPoints(accountID: Int64, metric: String, in range: MonthRange) throws -> [MetricPoint] {
        try read { db in
            try MetricPointRecord.fetchAll(
                db,
                sql: """
                    SELECT * FROM metric_point
                    WHERE account_id = ? AND metric = ? AND month BETWEEN ? AND ?
                    ORDER BY month
                    """, arguments: [accountID, metric, range.first.iso, range.last.iso]
            ).map(\.value)
        }
    }

    /// Every account with its initiative counts and revenue figures, in two grouped scans
    /// rather than a query per account.
    public func accountOverviews(today: Day, calendar: FiscalCalendar) throws -> [AccountOverview] {
        try read { db in try Self.fetchOverviews(db, onlyAccountID: nil, today: today, calendar: calendar) }
    }

    public func accountOverview(id: Int64, today: Day, calendar: FiscalCalendar) throws -> AccountOverview? {
        try read { db in try Self.fetchOverviews(db, onlyAccountID: id, today: today, calendar: calendar).first }
    }

    /// The bit each role has in the overview query's `roles` column.
    static let roleBits: [(role: ContactRole, bit: Int)] = [
        (.sponsor, 1), (.decisionMaker, 2), (.champion, 4), (.user, 8), (.other, 16),
    ]

    static func fetchOverviews(_ db: Database, onlyAccountID: Int64?, today: Day, calendar: FiscalCalendar) throws
        -> [AccountOverview]
    {
        let windows = RevenueSnapshot.Windows(today: today, calendar: calendar)
        let accountFilter = onlyAccountID == nil ? "" : "WHERE account_id = :only"
        let outerFilter = onlyAccountID == nil ? "" : "WHERE a.id = :only"
        let sql = """
            SELECT a.id, a.name, a.industry, a.region, a.tier, a.owner, a.arr_minor, a.renewal_date,
                   a.stay_in_touch_days, a.next_follow_up, a.notes,
                   COALESCE(i.total, 0) AS i_total, COALESCE(i.open, 0) AS i_open,
                   COALESCE(i.at_risk, 0) AS i_at_risk, COALESCE(i.blocked, 0) AS i_blocked,
                   COALESCE(i.overdue, 0) AS i_overdue,
                   COALESCE(r.recent_actual, 0) AS r_recent_actual, COALESCE(r.recent_target, 0) AS r_recent_target,
                   COALESCE(r.year_ago_actual, 0) AS r_year_ago_actual, COALESCE(r.qtd_actual, 0) AS r_qtd_actual,
                   COALESCE(r.quarter_target, 0) AS r_quarter_target,
                   x.last_contact, x.last_contact_month_ago,
                   COALESCE(c.roles, 0) AS roles
            FROM account a
            LEFT JOIN (
                SELECT account_id, COUNT(*) AS total,
                       SUM(status <> 'done') AS open,
                       SUM(status = 'at-risk') AS at_risk,
                       SUM(status = 'blocked') AS blocked,
                       SUM(status <> 'done' AND due_date < :today) AS overdue
                FROM initiative \(accountFilter) GROUP BY account_id
            ) i ON i.account_id = a.id
            LEFT JOIN (
                SELECT account_id,
                       SUM(CASE WHEN month BETWEEN :recentFirst AND :recentLast THEN actual END) AS recent_actual,
                       SUM(CASE WHEN month BETWEEN :recentFirst AND :recentLast THEN target END) AS recent_target,
                       SUM(CASE WHEN month BETWEEN :yearAgoFirst AND :yearAgoLast THEN actual END) AS year_ago_actual,
                       SUM(CASE WHEN month BETWEEN :quarterFirst AND :today THEN actual END) AS qtd_actual,
                       SUM(CASE WHEN month BETWEEN :quarterFirst AND :quarterLast THEN target END) AS quarter_target
                FROM metric_point
                WHERE metric = 'revenue' AND month BETWEEN :earliest AND :latest
                      \(onlyAccountID == nil ? "" : "AND account_id = :only")
                GROUP BY account_id
            ) r ON r.account_id = a.id
            LEFT JOIN (
                SELECT account_id, MAX(CASE WHEN date <= :today THEN date END) AS last_contact,
                       MAX(CASE WHEN date <= :monthAgo THEN date END) AS last_contact_month_ago
                FROM interaction WHERE kind <> 'note' \(onlyAccountID == nil ? "" : "AND account_id = :only") GROUP BY account_id
            ) x ON x.account_id = a.id
            LEFT JOIN (
                SELECT account_id, MAX(role = 'sponsor') | (MAX(role = 'decision-maker') << 1) | (MAX(role = 'champion') << 2)
                       | (MAX(role = 'user') << 3) | (MAX(role = 'other') << 4) AS roles
                FROM contact \(accountFilter) GROUP BY account_id
            ) c ON c.account_id = a.id
            \(outerFilter)
            """
        var arguments: StatementArguments = [
            "today": today.iso, "monthAgo": today.adding(days: -RelationshipHealth.comparisonDays).iso,
            "recentFirst": windows.recent.first.iso, "recentLast": windows.recent.last.iso,
            "yearAgoFirst": windows.yearAgo.first.iso, "yearAgoLast": windows.yearAgo.last.iso,
            "quarterFirst": windows.quarter.first.iso, "quarterLast": windows.quarter.last.iso,
            "earliest": windows.earliest.iso, "latest": windows.latest.iso,
        ]
        if let onlyAccountID { arguments += ["only": onlyAccountID] }
        // Months are stored as YYYY-MM, and "YYYY-MM" <= "YYYY-MM-DD" for the same month, so
        // comparing a month against today's date includes the current month.
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        var result: [AccountOverview] = []
        // Columns are read by position: a book of 100,000 rows makes name lookups add up.
        while let row = try rows.next() {
            let account = Account(
                id: row[0], name: row[1], industry: row[2], region: row[3],
                tier: AccountTier(rawValue: row[4]) ?? .midMarket, owner: row[5],
                annualRecurringRevenue: Money(minorUnits: row[6]),
                renewalDate: (row[7] as String?).flatMap(Day.init(iso:)), stayInTouchDays: row[8],
                nextFollowUp: (row[9] as String?).flatMap(Day.init(iso:)), notes: row[10])
            let counts = InitiativeCounts(total: row[11], open: row[12], atRisk: row[13], blocked: row[14], overdue: row[15])
            let revenue = RevenueSnapshot(
                recentActual: Money(minorUnits: row[16]), recentTarget: Money(minorUnits: row[17]),
                yearAgoActual: Money(minorUnits: row[18]), quarterToDateActual: Money(minorUnits: row[19]),
                quarterTarget: Money(minorUnits: row[20]))
            let roleBits: Int = row[23]
            let roles = Set(Self.roleBits.filter { roleBits & $0.bit != 0 }.map(\.role))
            let relationship = RelationshipFacts(
                lastContact: (row[21] as String?).flatMap(Day.init(iso:)),
                lastContactMonthAgo: (row[22] as String?).flatMap(Day.init(iso:)), roles: roles)
            result.append(AccountOverview(account: account, initiatives: counts, revenue: revenue, relationship: relationship, today: today))
        }
        return result
    }
}

extension AppDatabase {
    /// Contacts' names and emails, notes and the timeline of every account (or of one), for `/`,
    /// handed over one at a time: a large book's text never sits in memory twice.
    public func forEachSearchDocument(accountID: Int64? = nil, _ body: (SearchDocument) throws -> Void) throws {
        let onlyContacts = accountID == nil ? "" : " WHERE account_id = ?"
        let onlyAccount = accountID == nil ? "" : " AND id = ?"
        let arguments: StatementArguments = accountID.map { [$0] } ?? []
        try read { db in
            let contacts = try Row.fetchCursor(db, sql: "SELECT account_id, name, email FROM contact" + onlyContacts, arguments: arguments)
            while let row = try contacts.next() {
                let name: String = row[1]
                try body(SearchDocument(accountID: row[0], kind: .contact, text: "\(name) \(row[2] as String)", label: "contact \(name)"))
            }
            let notes = try Row.fetchCursor(db, sql: "SELECT id, notes FROM account WHERE notes <> ''" + onlyAccount, arguments: arguments)
            while let row = try notes.next() {
                try body(SearchDocument(accountID: row[0], kind: .notes, text: row[1], label: "notes"))
            }
            let timeline = try Row.fetchCursor(
                db, sql: "SELECT account_id, summary, next_step, date FROM interaction" + onlyContacts, arguments: arguments)
            while let row = try timeline.next() {
                let summary: String = row[1]
                try body(SearchDocument(accountID: row[0], kind: .timeline, text: "\(summary) \(row[2] as String)", label: "timeline \(row[3] as String): \(summary)"))
            }
        }
    }
}

extension AppDatabase {
    /// The metrics an account (or, for nil, any account) has, revenue first, then by name.
    public func metricNames(accountID: Int64?) throws -> [String] {
        try read { db in
            let names = try String.fetchAll(
                db, sql: accountID == nil ? "SELECT DISTINCT metric FROM metric_point" : "SELECT DISTINCT metric FROM metric_point WHERE account_id = ?",
                arguments: accountID.map { [$0] } ?? [])
            let others = names.filter { $0 != MetricPoint.revenue }.sorted()
            return [MetricPoint.revenue] + others
        }
    }

    /// Sets one month of one metric (actual and target), as one undoable change.
    public func recordMetric(_ point: MetricPoint, at time: Date) throws {
        try write { db in
            guard try AccountRecord.exists(db, key: point.accountID) else { throw StoreError.recordNotFound(kind: "account", id: point.accountID) }
            var recorder = ChangeRecorder()
            try recorder.watch(
                db, table: "metric_point",
                key: ["account_id": .integer(point.accountID), "metric": .text(point.metric), "month": .text(point.month.iso)])
            try MetricPointRecord(point).save(db)
            try recorder.commit(db, description: "recorded \(point.metric) for \(point.month.iso)", at: time)
        }
    }
}
