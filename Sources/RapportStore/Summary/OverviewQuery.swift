import GRDB
import RapportCore

/// The one grouped scan that gathers what an account's figures are computed from: its
/// initiatives' counts, revenue in the windows health and the KPIs use, its last contact and
/// the roles its contacts hold. Used for one account (the detail view) and, in chunks, to
/// recompute stale summaries.
enum OverviewQuery {
    /// The bit each role has in the query's `roles` column.
    static let roleBits: [(role: ContactRole, bit: Int)] = [
        (.sponsor, 1), (.decisionMaker, 2), (.champion, 4), (.user, 8), (.other, 16),
    ]

    /// "Open" as Core defines it, spelled in SQL.
    static var openStatuses: String {
        InitiativeStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ", ")
    }

    /// An account's text column, NULs shown (see `ShownText`).
    private static func shown(_ column: String) -> String { ShownText.expression(column, of: "a") }

    /// Overviews of the accounts with these ids, in id order.
    static func fetch(_ db: Database, ids: [Int64], basis: SummaryBasis) throws -> [AccountOverview] {
        guard !ids.isEmpty else { return [] }
        let today = basis.today
        let windows = RevenueSnapshot.Windows(today: today, calendar: basis.calendar)
        // One account (every move of the cursor) binds its id to a statement kept prepared;
        // a chunk inlines its ids — integers formatted here, never text from outside — which
        // lets SQLite plan each subquery as index lookups.
        let single = ids.count == 1
        let list = single ? ":only" : ids.map(String.init).joined(separator: ",")
        let sql = """
            SELECT a.id, \(shown("name")), \(shown("industry")), \(shown("region")), a.tier, \(shown("owner")), a.arr_minor,
                   a.renewal_date, a.stay_in_touch_days, a.next_follow_up, \(shown("notes")), a.version,
                   COALESCE(i.total, 0), COALESCE(i.open, 0), COALESCE(i.at_risk, 0), COALESCE(i.blocked, 0),
                   COALESCE(i.overdue, 0),
                   COALESCE(r.recent_actual, 0), COALESCE(r.recent_target, 0), COALESCE(r.year_ago_actual, 0),
                   COALESCE(r.qtd_actual, 0), COALESCE(r.quarter_target, 0),
                   x.last_contact, x.last_contact_month_ago, COALESCE(c.roles, 0), a.client_since, a.churned_on
            FROM account a
            LEFT JOIN (
                SELECT account_id, COUNT(*) AS total,
                       SUM(status IN (\(openStatuses))) AS open,
                       SUM(status = 'at-risk') AS at_risk,
                       SUM(status = 'blocked') AS blocked,
                       SUM(status IN (\(openStatuses)) AND due_date < :today AND \(StoredDate.isDate("due_date"))) AS overdue
                FROM initiative WHERE account_id IN (\(list)) GROUP BY account_id
            ) i ON i.account_id = a.id
            LEFT JOIN (
                SELECT account_id,
                       SUM(CASE WHEN month BETWEEN :recentFirst AND :recentLast THEN actual END) AS recent_actual,
                       SUM(CASE WHEN month BETWEEN :recentFirst AND :recentLast THEN target END) AS recent_target,
                       SUM(CASE WHEN month BETWEEN :yearAgoFirst AND :yearAgoLast THEN actual END) AS year_ago_actual,
                       SUM(CASE WHEN month BETWEEN :quarterFirst AND :today THEN actual END) AS qtd_actual,
                       SUM(CASE WHEN month BETWEEN :quarterFirst AND :quarterLast THEN target END) AS quarter_target
                FROM metric_point
                WHERE account_id IN (\(list)) AND metric = 'revenue' AND month BETWEEN :earliest AND :latest
                GROUP BY account_id
            ) r ON r.account_id = a.id
            LEFT JOIN (
                SELECT account_id, MAX(CASE WHEN date <= :today THEN date END) AS last_contact,
                       MAX(CASE WHEN date <= :monthAgo THEN date END) AS last_contact_month_ago
                FROM interaction WHERE account_id IN (\(list)) AND kind <> 'note' GROUP BY account_id
            ) x ON x.account_id = a.id
            LEFT JOIN (
                SELECT account_id, MAX(role = 'sponsor') | (MAX(role = 'decision-maker') << 1) | (MAX(role = 'champion') << 2)
                       | (MAX(role = 'user') << 3) | (MAX(role = 'other') << 4) AS roles
                FROM contact WHERE account_id IN (\(list)) GROUP BY account_id
            ) c ON c.account_id = a.id
            WHERE a.id IN (\(list))
            ORDER BY a.id
            """
        var arguments: StatementArguments = [
            "today": today.iso, "monthAgo": today.adding(days: -RelationshipHealth.comparisonDays).iso,
            "recentFirst": windows.recent.first.iso, "recentLast": windows.recent.last.iso,
            "yearAgoFirst": windows.yearAgo.first.iso, "yearAgoLast": windows.yearAgo.last.iso,
            "quarterFirst": windows.quarter.first.iso, "quarterLast": windows.quarter.last.iso,
            "earliest": windows.earliest.iso, "latest": windows.latest.iso,
        ]
        if single { arguments += ["only": ids[0]] }
        // Months are stored as YYYY-MM, and "YYYY-MM" <= "YYYY-MM-DD" for the same month, so
        // comparing a month against today's date includes the current month.
        let rows = try Row.fetchCursor(db, SQLRequest(sql: sql, arguments: arguments, cached: single))
        var result: [AccountOverview] = []
        result.reserveCapacity(ids.count)
        // Columns are read by position: a chunk of thousands of rows makes name lookups add up.
        while let row = try rows.next() {
            var account = try Account(
                id: row.decode(atIndex: 0), name: row.decode(atIndex: 1), industry: row.decode(atIndex: 2), region: row.decode(atIndex: 3),
                tier: AccountTier(rawValue: row.decode(atIndex: 4)) ?? .midMarket, owner: row.decode(atIndex: 5),
                annualRecurringRevenue: Money(minorUnits: row.decode(atIndex: 6)),
                renewalDate: (row.decode(atIndex: 7) as String?).flatMap(Day.init(iso:)), stayInTouchDays: row.decode(atIndex: 8),
                nextFollowUp: (row.decode(atIndex: 9) as String?).flatMap(Day.init(iso:)), notes: row.decode(atIndex: 10))
            account.version = try row.decode(atIndex: 11)
            account.clientSince = try (row.decode(atIndex: 25) as String?).flatMap(Day.init(iso:))
            account.churnedOn = try (row.decode(atIndex: 26) as String?).flatMap(Day.init(iso:))
            let counts = try InitiativeCounts(total: row.decode(atIndex: 12), open: row.decode(atIndex: 13), atRisk: row.decode(atIndex: 14), blocked: row.decode(atIndex: 15), overdue: row.decode(atIndex: 16))
            let revenue = try RevenueSnapshot(
                recentActual: Money(minorUnits: row.decode(atIndex: 17)), recentTarget: Money(minorUnits: row.decode(atIndex: 18)),
                yearAgoActual: Money(minorUnits: row.decode(atIndex: 19)), quarterToDateActual: Money(minorUnits: row.decode(atIndex: 20)),
                quarterTarget: Money(minorUnits: row.decode(atIndex: 21)))
            let roleBits: Int = try row.decode(atIndex: 24)
            let roles = Set(Self.roleBits.filter { roleBits & $0.bit != 0 }.map(\.role))
            let relationship = try RelationshipFacts(
                lastContact: (row.decode(atIndex: 22) as String?).flatMap(Day.init(iso:)),
                lastContactMonthAgo: (row.decode(atIndex: 23) as String?).flatMap(Day.init(iso:)), roles: roles)
            result.append(AccountOverview(account: account, initiatives: counts, revenue: revenue, relationship: relationship, today: today))
        }
        return result
    }
}
