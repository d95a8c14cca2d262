import GRDB
import RapportCore

/// A row of `initiative`.
struct InitiativeRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "initiative"
    static let textColumns = ["title", "objective", "owner", "target_metric"]
    var value: Initiative

    init(_ value: Initiative) { self.value = value }

    init(row: Row) throws {
        value = try Initiative(
            id: row.decode(forColumn: "id"), accountID: row.decode(forColumn: "account_id"), title: row.decode(forColumn: "title"), objective: row.decode(forColumn: "objective"),
            owner: row.decode(forColumn: "owner"), status: InitiativeStatus(rawValue: row.decode(forColumn: "status")) ?? .planned,
            progress: row.decode(forColumn: "progress"), dueDate: (row.decode(forColumn: "due_date") as String?).flatMap(Day.init(iso:)),
            startDate: (row.decode(forColumn: "start_date") as String?).flatMap(Day.init(iso:)),
            target: Self.target(metric: row.decode(forColumn: "target_metric"), value: row.decode(forColumn: "target_value"), date: row.decode(forColumn: "target_date")),
            progressFollowsMilestones: row.decode(forColumn: "progress_follows_milestones"))
        // Bumped by a trigger on every update; never written by the app, so a save cannot set it back.
        value.version = try row.decode(forColumn: "version") ?? 0
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = value.id
        container["account_id"] = value.accountID
        container["title"] = value.title
        container["objective"] = value.objective
        container["owner"] = value.owner
        container["status"] = value.status.rawValue
        container["progress"] = value.progress
        container["due_date"] = value.dueDate?.iso
        container["start_date"] = value.startDate?.iso
        container["target_metric"] = value.target?.metric
        container["target_value"] = value.target?.value
        container["target_date"] = value.target?.date?.iso
        container["progress_follows_milestones"] = value.progressFollowsMilestones
    }

    /// The objective's figure: a metric and a value, or none (a row another program left half set reads as none).
    static func target(metric: String?, value: Int64?, date: String?) -> ObjectiveTarget? {
        guard let metric, !metric.isEmpty, let value else { return nil }
        return ObjectiveTarget(metric: metric, value: value, date: date.flatMap(Day.init(iso:)))
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { value.id = inserted.rowID }
}
