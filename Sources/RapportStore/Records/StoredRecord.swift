import Foundation
import GRDB
import RapportCore

/// A table row holding a record the user edits: the change log needs its table and id, and
/// messages need a word for its kind and a name for it.
protocol StoredRecord: FetchableRecord, MutablePersistableRecord {
    associatedtype Value: RapportCore.EditableRecord
    var value: Value { get set }
    init(_ value: Value)
    /// The word messages use: "account", "initiative".
    static var kind: String { get }
    /// What messages call this record: "account Acme Corp".
    static func subject(_ value: Value) -> String
    static func wrap(_ value: Value) -> StoredRecordValue
}

extension AccountRecord: StoredRecord {
    static var kind: String { "account" }
    static func subject(_ value: Account) -> String { "account \(value.name)" }
    static func wrap(_ value: Account) -> StoredRecordValue { .account(value) }
}

extension ContactRecord: StoredRecord {
    static var kind: String { "contact" }
    static func subject(_ value: Contact) -> String { "contact \(value.name)" }
    static func wrap(_ value: Contact) -> StoredRecordValue { .contact(value) }
}

extension InitiativeRecord: StoredRecord {
    static var kind: String { "initiative" }
    static func subject(_ value: Initiative) -> String { "initiative \(value.title)" }
    static func wrap(_ value: Initiative) -> StoredRecordValue { .initiative(value) }
}

extension InteractionRecord: StoredRecord {
    static var kind: String { "interaction" }
    static func subject(_ value: Interaction) -> String { "\(value.kind.label) of \(value.date.iso)" }
    static func wrap(_ value: Interaction) -> StoredRecordValue { .interaction(value) }
}

extension OpportunityRecord: StoredRecord {
    static var kind: String { "opportunity" }
    static func subject(_ value: Opportunity) -> String { "opportunity \(value.name)" }
    static func wrap(_ value: Opportunity) -> StoredRecordValue { .opportunity(value) }
}

extension MilestoneRecord: StoredRecord {
    static var kind: String { "milestone" }
    static func subject(_ value: Milestone) -> String { "milestone \(value.title)" }
    static func wrap(_ value: Milestone) -> StoredRecordValue { .milestone(value) }
}
