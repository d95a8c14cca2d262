import GRDB
import RapportCore

/// A row of `interaction`; the contacts involved live in `interaction_contact`.
struct InteractionRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "interaction"
    static let textColumns = ["summary", "next_step"]
    var value: Interaction

    init(_ value: Interaction) { self.value = value }

    init(row: Row) throws {
        let dateText: String = try row.decode(forColumn: "date")
        guard let date = Day(iso: dateText) else {
            throw StoreError.invalidValue(field: "interaction.date", reason: "'\(dateText)' is not a date")
        }
        value = try Interaction(
            id: row.decode(forColumn: "id"), accountID: row.decode(forColumn: "account_id"), kind: InteractionKind(rawValue: row.decode(forColumn: "kind")) ?? .note, date: date,
            contactIDs: [], summary: row.decode(forColumn: "summary"), nextStep: row.decode(forColumn: "next_step"))
        // Bumped by a trigger on every update; never written by the app, so a save cannot set it back.
        value.version = try row.decode(forColumn: "version") ?? 0
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = value.id
        container["account_id"] = value.accountID
        container["kind"] = value.kind.rawValue
        container["date"] = value.date.iso
        container["summary"] = value.summary
        container["next_step"] = value.nextStep
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { value.id = inserted.rowID }
}
