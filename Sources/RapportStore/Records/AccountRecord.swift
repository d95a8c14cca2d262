import GRDB
import RapportCore

/// A row of `account`.
struct AccountRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "account"
    static let textColumns = ["name", "industry", "region", "owner", "notes"]
    var value: Account

    init(_ value: Account) { self.value = value }

    init(row: Row) throws {
        value = Account(
            id: row["id"], name: row["name"], industry: row["industry"], region: row["region"],
            tier: AccountTier(rawValue: row["tier"]) ?? .midMarket, owner: row["owner"],
            annualRecurringRevenue: Money(minorUnits: row["arr_minor"]),
            renewalDate: (row["renewal_date"] as String?).flatMap(Day.init(iso:)),
            stayInTouchDays: row["stay_in_touch_days"],
            nextFollowUp: (row["next_follow_up"] as String?).flatMap(Day.init(iso:)), notes: row["notes"])
        // Bumped by a trigger on every update; never written by the app, so a save cannot set it back.
        value.version = row["version"] ?? 0
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = value.id
        container["name"] = value.name
        container["industry"] = value.industry
        container["region"] = value.region
        container["tier"] = value.tier.rawValue
        container["owner"] = value.owner
        container["arr_minor"] = value.annualRecurringRevenue.minorUnits
        container["renewal_date"] = value.renewalDate?.iso
        container["stay_in_touch_days"] = value.stayInTouchDays
        container["next_follow_up"] = value.nextFollowUp?.iso
        container["notes"] = value.notes
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { value.id = inserted.rowID }
}
