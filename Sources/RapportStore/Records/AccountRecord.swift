import GRDB
import RapportCore

/// A row of `account`.
struct AccountRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "account"
    static let textColumns = ["name", "industry", "region", "owner", "notes"]
    var value: Account

    init(_ value: Account) { self.value = value }

    init(row: Row) throws {
        value = try Account(
            id: row.decode(forColumn: "id"), name: row.decode(forColumn: "name"), industry: row.decode(forColumn: "industry"), region: row.decode(forColumn: "region"),
            tier: AccountTier(rawValue: row.decode(forColumn: "tier")) ?? .midMarket, owner: row.decode(forColumn: "owner"),
            annualRecurringRevenue: Money(minorUnits: row.decode(forColumn: "arr_minor")),
            renewalDate: (row.decode(forColumn: "renewal_date") as String?).flatMap(Day.init(iso:)),
            stayInTouchDays: row.decode(forColumn: "stay_in_touch_days"),
            nextFollowUp: (row.decode(forColumn: "next_follow_up") as String?).flatMap(Day.init(iso:)), notes: row.decode(forColumn: "notes"),
            clientSince: (row.decode(forColumn: "client_since") as String?).flatMap(Day.init(iso:)),
            churnedOn: (row.decode(forColumn: "churned_on") as String?).flatMap(Day.init(iso:)))
        // Bumped by a trigger on every update; never written by the app, so a save cannot set it back.
        value.version = try row.decode(forColumn: "version") ?? 0
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
        container["client_since"] = value.clientSince?.iso
        container["churned_on"] = value.churnedOn?.iso
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { value.id = inserted.rowID }
}
