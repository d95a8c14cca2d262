import GRDB
import RapportCore

extension AppDatabase {
    /// The account's opportunities, soonest expected close first.
    public func opportunities(accountID: Int64) throws -> [Opportunity] {
        try read { db in try Self.opportunities(db, accountID: accountID) }
    }

    static func opportunities(_ db: Database, accountID: Int64) throws -> [Opportunity] {
        try OpportunityRecord.fetchAll(
            db, sql: "SELECT \(OpportunityRecord.selectionSQL) FROM opportunity WHERE account_id = ? ORDER BY expected_close, id", arguments: [accountID]
        ).map(\.value)
    }

    /// The whole book's pipeline expected to close in `period`, from the monthly sums the
    /// store keeps: a large book's opportunities are never read one by one.
    public func bookPipeline(in period: Period) throws -> PipelineFigures {
        try read { db in
            let row = try Row.fetchOne(
                db,
                SQLRequest(
                    sql: """
                        SELECT COALESCE(SUM(weighted), 0), COALESCE(SUM(commit_amount), 0), COALESCE(SUM(closed_won), 0), COALESCE(SUM(open_count), 0)
                        FROM book_pipeline_month WHERE month BETWEEN ? AND ?
                        """,
                    arguments: [period.months.first.iso, period.months.last.iso], cached: true))
            func value(_ index: Int) throws -> Int64 { try row?.decode(Int64?.self, atIndex: index) ?? 0 }
            return try PipelineFigures(
                weighted: Money(minorUnits: value(0)), commit: Money(minorUnits: value(1)),
                closedWon: Money(minorUnits: value(2)), openCount: Int(value(3)))
        }
    }
}
