import GRDB
import RapportCore

extension AppDatabase {
    public func metricPoints(accountID: Int64, metric: String, in range: MonthRange) throws -> [MetricPoint] {
        try read { db in try Self.metricPoints(db, accountID: accountID, metric: metric, in: range) }
    }

    static func metricPoints(_ db: Database, accountID: Int64, metric: String, in range: MonthRange) throws -> [MetricPoint] {
        try MetricPointRecord.fetchAll(
            db,
            SQLRequest(
                sql: "SELECT * FROM metric_point WHERE account_id = ? AND metric = ? AND month BETWEEN ? AND ? ORDER BY month",
                arguments: [accountID, metric, range.first.iso, range.last.iso], cached: true)
        ).map(\.value)
    }

    /// The metrics an account (or, for nil, the book) has, revenue first, then by name.
    public func metricNames(accountID: Int64?) throws -> [String] {
        try read { db in try Self.metricNames(db, accountID: accountID) }
    }

    static func metricNames(_ db: Database, accountID: Int64?) throws -> [String] {
        let names = accountID == nil
            ? try String.fetchAll(db, sql: "SELECT metric FROM book_metric_month WHERE actual_count + target_count > 0 GROUP BY metric")
            : try String.fetchAll(db, sql: "SELECT DISTINCT metric FROM metric_point WHERE account_id = ?", arguments: [accountID])
        return [MetricPoint.revenue] + names.filter { $0 != MetricPoint.revenue }.sorted()
    }

    /// A metric over every account, month by month (account id 0): the book as one series,
    /// read from the running sums the store keeps, so it costs the same for any book. Revenue
    /// and counts are summed over the accounts; a score (NPS) is averaged over the accounts
    /// that reported it, since a sum of scores means nothing.
    public func bookMetricPoints(metric: String, in range: MonthRange) throws -> [MetricPoint] {
        let averaged = MetricKind.of(metric: metric) == .score
        func figure(_ sum: Int64, _ count: Int) -> Int64? {
            guard count > 0 else { return nil }
            return averaged ? WholeAverage.of(total: sum, count: Int64(count)) : sum
        }
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT month, actual, target, actual_count, target_count FROM book_metric_month
                    WHERE metric = ? AND month BETWEEN ? AND ? ORDER BY month
                    """, arguments: [metric, range.first.iso, range.last.iso]
            ).compactMap { row in
                guard let month = YearMonth(iso: try row.decode(atIndex: 0)) else { return nil }
                let actualCount: Int = try row.decode(atIndex: 3)
                let targetCount: Int = try row.decode(atIndex: 4)
                guard actualCount + targetCount > 0 else { return nil }
                return try MetricPoint(
                    accountID: 0, metric: metric, month: month, actual: figure(row.decode(atIndex: 1), actualCount),
                    target: figure(row.decode(atIndex: 2), targetCount))
            }
        }
    }
}
