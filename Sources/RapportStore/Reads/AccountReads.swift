import GRDB
import RapportCore

extension AppDatabase {
    public func accountCount() throws -> Int {
        try read { db in try AccountRecord.fetchCount(db) }
    }

    public func account(id: Int64) throws -> Account? {
        try read { db in try AccountRecord.fetchOne(db, key: id)?.value }
    }

    /// Every account, by id: for exports and tests, never for the dashboard, which pages.
    public func accounts() throws -> [Account] {
        try read { db in try AccountRecord.order(Column("id")).fetchAll(db).map(\.value) }
    }

    /// One account with its figures computed now, for the detail view and the summary pane.
    public func accountOverview(id: Int64) throws -> AccountOverview? {
        let basis = basis
        return try read { db in try OverviewQuery.fetch(db, ids: [id], basis: basis).first }
    }

    /// A page of the accounts list.
    public func accountPage(_ request: AccountPageRequest) throws -> AccountPage {
        try read { db in try AccountPageQuery.fetch(db, request) }
    }

    /// The KPI strip: running totals the store keeps over every account's summary.
    public func kpis() throws -> PortfolioKPIs {
        let basis = basis
        return try read { db in
            let row = try Row.fetchOne(db, SQLRequest(sql: "SELECT * FROM book_totals WHERE id = 1", cached: true))
            func value(_ column: String) throws -> Int64 { try row?.decode(Int64?.self, forColumn: column) ?? 0 }
            return try PortfolioKPIs(
                accountCount: Int(value("accounts")), annualRecurringRevenue: Money(minorUnits: value("arr")),
                quarterLabel: basis.calendar.quarterLabel(containing: basis.today.yearMonth),
                quarterToDateRevenue: Money(minorUnits: value("qtd_actual")), quarterTarget: Money(minorUnits: value("quarter_target")),
                health: [.good: Int(value("good")), .watch: Int(value("watch")), .atRisk: Int(value("poor"))],
                initiatives: InitiativeCounts(
                    atRisk: Int(value("at_risk")), blocked: Int(value("blocked")), overdue: Int(value("overdue"))),
                needingContact: Int(value("needs_contact")), renewalsWithin90Days: Int(value("renewals")),
                renewalRevenueWithin90Days: Money(minorUnits: value("renewal_arr")), lapsedRenewals: Int(value("lapsed_renewals")))
        }
    }

    /// What deleting an account takes with it, for the confirmation that names it.
    public func deletionImpact(accountID: Int64) throws -> AccountDeletionImpact {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [accountID]) ?? 0 }
            return AccountDeletionImpact(
                contacts: try count("SELECT COUNT(*) FROM contact WHERE account_id = ?"),
                initiatives: try count("SELECT COUNT(*) FROM initiative WHERE account_id = ?"),
                interactions: try count("SELECT COUNT(*) FROM interaction WHERE account_id = ?"),
                metricMonths: try count("SELECT COUNT(*) FROM metric_point WHERE account_id = ?"),
                opportunities: try count("SELECT COUNT(*) FROM opportunity WHERE account_id = ?"))
        }
    }
}
