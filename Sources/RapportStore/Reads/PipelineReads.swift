import GRDB
import RapportCore

extension AppDatabase {
    /// The account's opportunities, soonest expected close first.
    public func opportunities(accountID: Int64) throws -> [Opportunity] {
        try read { db in try Self.opportunities(db, accountID: accountID) }
    }

    static func opportunities(_ db: Database, accountID: Int64) throws -> [Opportunity] {
        try OpportunityRecord.fetchAll(
            db, sql: "SELECT * FROM opportunity WHERE account_id = ? ORDER BY expected_close, id", arguments: [accountID]
        ).map(\.value)
    }

    /// The whole book's pipeline expected to close in `period`, summed in SQL: a large book's
    /// opportunities are never loaded one by one.
    public func bookPipeline(in period: Period) throws -> PipelineFigures {
        try read { db in
            let open = ForecastCategory.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ", ")
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT COALESCE(SUM(CASE WHEN category IN (\(open)) THEN amount_minor * probability / 100 END), 0),
                           COALESCE(SUM(CASE WHEN category = '\(ForecastCategory.commit.rawValue)' THEN amount_minor END), 0),
                           COALESCE(SUM(CASE WHEN category = '\(ForecastCategory.closedWon.rawValue)' THEN amount_minor END), 0),
                           COALESCE(SUM(category IN (\(open))), 0)
                    FROM opportunity WHERE expected_close BETWEEN ? AND ?
                    """, arguments: [period.months.first.iso + "-01", period.months.last.iso + "-31"])
            return PipelineFigures(
                weighted: Money(minorUnits: row?[0] ?? 0), commit: Money(minorUnits: row?[1] ?? 0),
                closedWon: Money(minorUnits: row?[2] ?? 0), openCount: row?[3] ?? 0)
        }
    }
}
