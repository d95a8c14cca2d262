import GRDB
import RapportCore

/// A row of `contact`.
struct ContactRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "contact"
    static let textColumns = ["name", "title", "email", "phone"]
    var value: Contact

    init(_ value: Contact) { self.value = value }

    init(row: Row) throws {
        value = try Contact(
            id: row.decode(forColumn: "id"), accountID: row.decode(forColumn: "account_id"), name: row.decode(forColumn: "name"), title: row.decode(forColumn: "title"), email: row.decode(forColumn: "email"),
            phone: row.decode(forColumn: "phone"), role: ContactRole(rawValue: row.decode(forColumn: "role")) ?? .other, influence: row.decode(forColumn: "influence"),
            sentiment: ContactSentiment(rawValue: row.decode(forColumn: "sentiment")) ?? .neutral,
            isMainContact: row.decode(forColumn: "is_main_contact"), reportsToID: row.decode(forColumn: "reports_to_id"), stayInTouchDays: row.decode(forColumn: "stay_in_touch_days"))
        // Bumped by a trigger on every update; never written by the app, so a save cannot set it back.
        value.version = try row.decode(forColumn: "version") ?? 0
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = value.id
        container["account_id"] = value.accountID
        container["name"] = value.name
        container["title"] = value.title
        container["email"] = value.email
        container["phone"] = value.phone
        container["role"] = value.role.rawValue
        container["influence"] = value.influence
        container["sentiment"] = value.sentiment.rawValue
        container["is_main_contact"] = value.isMainContact
        container["reports_to_id"] = value.reportsToID
        container["stay_in_touch_days"] = value.stayInTouchDays
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { value.id = inserted.rowID }
}
