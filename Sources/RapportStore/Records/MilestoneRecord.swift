import GRDB
import RapportCore

/// A row of `milestone`.
struct MilestoneRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "milestone"
    static let textColumns = ["title"]
    var value: Milestone

    init(_ value: Milestone) { self.value = value }

    init(row: Row) throws {
        value = try Milestone(
            id: row.decode(forColumn: "id"), initiativeID: row.decode(forColumn: "initiative_id"), title: row.decode(forColumn: "title"),
            dueDate: (row.decode(forColumn: "due_date") as String?).flatMap(Day.init(iso:)),
            doneOn: (row.decode(forColumn: "done_on") as String?).flatMap(Day.init(iso:)), position: row.decode(forColumn: "position"))
        // Bumped by a trigger on every update; never written by the app, so a save cannot set it back.
        value.version = try row.decode(forColumn: "version") ?? 0
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = value.id
        container["initiative_id"] = value.initiativeID
        container["title"] = value.title
        container["due_date"] = value.dueDate?.iso
        container["done_on"] = value.doneOn?.iso
        container["position"] = value.position
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { value.id = inserted.rowID }
}
