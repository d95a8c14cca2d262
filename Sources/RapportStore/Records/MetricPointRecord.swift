import GRDB
import RapportCore

/// A row of `metric_point`: one month of one metric of one account.
struct MetricPointRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "metric_point"
    var value: MetricPoint

    init(_ value: MetricPoint) { self.value = value }

    init(row: Row) throws {
        let monthText: String = try row.decode(forColumn: "month")
        guard let month = YearMonth(iso: monthText) else {
            throw StoreError.invalidValue(field: "metric_point.month", reason: "'\(monthText)' is not a YYYY-MM month")
        }
        value = try MetricPoint(
            accountID: row.decode(forColumn: "account_id"), metric: row.decode(forColumn: "metric"), month: month, actual: row.decode(forColumn: "actual"), target: row.decode(forColumn: "target"))
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["account_id"] = value.accountID
        container["metric"] = value.metric
        container["month"] = value.month.iso
        container["actual"] = value.actual
        container["target"] = value.target
    }
}
