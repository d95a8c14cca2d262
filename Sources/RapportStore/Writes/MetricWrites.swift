import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// Sets one month of one metric (actual and target), as one undoable change; a month with
    /// neither figure is removed.
    func recordMetric(_ db: Database, _ point: MetricPoint, at time: Date) throws -> WriteOutcome {
        try requireAccount(db, point.accountID)
        var recorder = ChangeRecorder()
        try recorder.watch(
            db, table: "metric_point",
            key: ["account_id": .integer(point.accountID), "metric": .text(point.metric), "month": .text(point.month.iso)])
        if point.actual == nil && point.target == nil {
            _ = try MetricPointRecord.deleteOne(db, key: ["account_id": point.accountID, "metric": point.metric, "month": point.month.iso])
        } else {
            try MetricPointRecord(point).save(db)
        }
        return try saved(recorder, db, "recorded \(point.metric) for \(point.month.iso)", at: time, focus: point.accountID)
    }
}
