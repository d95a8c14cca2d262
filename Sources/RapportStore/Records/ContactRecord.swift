import GRDB
import RapportCore

/// A row of `contact`.
struct ContactRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "contact"
    static let textColumns = ["name", "title", "email", "phone"]
    var value: Contact

    init(_ value: Contact) { self.value = value }

    init(row: Row) throws {
        value = Contact(
            id: row["id"], accountID: row["account_id"], name: row["name"], title: row["title"], email: row["email"],
            phone: row["phone"], role: ContactRole(rawValue: row["role"]) ?? .other, influence: row["influence"],
            sentiment: ContactSentiment(rawValue: row["sentiment"]) ?? .neutral,
            isMainContact: row["is_main_contact"], reportsToID: row["reports_to_id"], stayInTouchDays: row["stay_in_touch_days"])
        // Bumped by a trigger on every update; never written by the app, so a save cannot set it back.
        value.version = row["version"] ?? 0
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
