import GRDB
import RapportCore

/// A row of `opportunity`.
struct OpportunityRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "opportunity"
    static let textColumns = ["name", "stage"]
    var value: Opportunity

    init(_ value: Opportunity) { self.value = value }

    init(row: Row) throws {
        let closeText: String = try row.decode(forColumn: "expected_close")
        guard let close = Day(iso: closeText) else {
            throw StoreError.invalidValue(field: "opportunity.expected_close", reason: "'\(closeText)' is not a date")
        }
        value = try Opportunity(
            id: row.decode(forColumn: "id"), accountID: row.decode(forColumn: "account_id"), name: row.decode(forColumn: "name"), kind: OpportunityKind(rawValue: row.decode(forColumn: "kind")) ?? .upsell,
            amount: Money(minorUnits: row.decode(forColumn: "amount_minor")), probability: row.decode(forColumn: "probability"), expectedClose: close,
            category: ForecastCategory(rawValue: row.decode(forColumn: "category")) ?? .pipeline, stage: row.decode(forColumn: "stage"))
        // Bumped by a trigger on every update; never written by the app, so a save cannot set it back.
        value.version = try row.decode(forColumn: "version") ?? 0
    }

    func encode(to container: inout PersistenceContainer) throws {
        container["id"] = value.id
        container["account_id"] = value.accountID
        container["name"] = value.name
        container["kind"] = value.kind.rawValue
        container["amount_minor"] = value.amount.minorUnits
        container["probability"] = value.probability
        container["expected_close"] = value.expectedClose.iso
        container["category"] = value.category.rawValue
        container["stage"] = value.stage
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { value.id = inserted.rowID }
}
