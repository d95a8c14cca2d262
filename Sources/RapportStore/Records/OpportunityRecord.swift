import GRDB
import RapportCore

/// A row of `opportunity`.
struct OpportunityRecord: ShownTextRecord, MutablePersistableRecord {
    static let databaseTableName = "opportunity"
    static let textColumns = ["name", "stage"]
    var value: Opportunity

    init(_ value: Opportunity) { self.value = value }

    init(row: Row) throws {
        let closeText: String = row["expected_close"]
        guard let close = Day(iso: closeText) else {
            throw StoreError.invalidValue(field: "opportunity.expected_close", reason: "'\(closeText)' is not a date")
        }
        value = Opportunity(
            id: row["id"], accountID: row["account_id"], name: row["name"], kind: OpportunityKind(rawValue: row["kind"]) ?? .upsell,
            amount: Money(minorUnits: row["amount_minor"]), probability: row["probability"], expectedClose: close,
            category: ForecastCategory(rawValue: row["category"]) ?? .pipeline, stage: row["stage"])
        // Bumped by a trigger on every update; never written by the app, so a save cannot set it back.
        value.version = row["version"] ?? 0
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
