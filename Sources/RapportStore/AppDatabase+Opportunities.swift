import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// The account's opportunities, soonest expected close first.
    public func opportunities(accountID: Int64) throws -> [Opportunity] {
        try read { db in
            try OpportunityRecord.fetchAll(
                db, sql: "SELECT * FROM opportunity WHERE account_id = ? ORDER BY expected_close, id", arguments: [accountID]
            ).map(\.value)
        }
    }

    @discardableResult
    public func addOpportunity(_ opportunity: Opportunity, at time: Date) throws -> Opportunity {
        try insertRecorded(OpportunityRecord(opportunity), description: "added opportunity \(opportunity.name)", at: time)
    }

    @discardableResult
    public func updateOpportunity(_ opportunity: Opportunity, at time: Date) throws -> Opportunity {
        try updateRecorded(OpportunityRecord(opportunity), description: "edited opportunity \(opportunity.name)", at: time)
    }

    public func removeOpportunity(id: Int64, at time: Date) throws {
        try removeRecorded(OpportunityRecord.self, id: id, at: time, description: { "deleted opportunity \($0.name)" })
    }
}

extension AppDatabase {
    public func allOpportunities() throws -> [Opportunity] {
        try read { db in
            try OpportunityRecord.fetchAll(db, sql: "SELECT * FROM opportunity ORDER BY expected_close, id").map(\.value)
        }
    }

    /// A metric summed over every account, month by month (account id 0): the book as one series.
    public func bookMetricPoints(metric: String, in range: MonthRange) throws -> [MetricPoint] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT month, SUM(actual), SUM(target) FROM metric_point
                    WHERE metric = ? AND month BETWEEN ? AND ? GROUP BY month ORDER BY month
                    """, arguments: [metric, range.first.iso, range.last.iso]
            ).compactMap { row in
                guard let month = YearMonth(iso: row[0]) else { return nil }
                return MetricPoint(accountID: 0, metric: metric, month: month, actual: row[1], target: row[2])
            }
        }
    }
}
