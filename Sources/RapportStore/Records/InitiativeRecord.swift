import GRDB
import RapportCore

/// A row of `initiative`.
struct InitiativeRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "initiative"
    static let textColumns = ["title", "objective", "owner"]
    var value: Initiative

    init(_ value: Initiative) { self.value = value }

    init(row: Row) throws {
        value = try Initiative(
            id: row.decode(forColumn: "id"), accountID: row.decode(forColumn: "account_id"), title: row.decode(forColumn: "title"), objective: row.decode(forColumn: "objective"),
            owner: row.decode(forColumn: "owner"), status: InitiativeStatus(rawValue: row.decode(forColumn: "status")) ?? .planned,
            progress: row.decode(forColumn: "progress"), dueDate: (row.decode(forColumn: "due_date") as String?).flatMap(Day.init(iso:)))
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
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { value.id = inserted.rowID }
}
