import Foundation
import GRDB
import RapportCore

/// What deleting an account takes with it, for the confirmation that names it.
public struct AccountDeletionImpact: Hashable, Sendable {
    public let contacts: Int
    public let initiatives: Int
    public let interactions: Int
    public let metricMonths: Int
    public let opportunities: Int

    public init(contacts: Int, initiatives: Int, interactions: Int, metricMonths: Int, opportunities: Int = 0) {
        self.contacts = contacts
        self.initiatives = initiatives
        self.interactions = interactions
        self.metricMonths = metricMonths
        self.opportunities = opportunities
    }

    static func plural(_ word: String) -> String { word.hasSuffix("y") ? word.dropLast() + "ies" : word + "s" }

    /// "3 contacts, 4 initiatives, 12 interactions and 36 monthly metrics"
    public var description: String {
        let parts = [(contacts, "contact"), (initiatives, "initiative"), (interactions, "interaction"), (opportunities, "opportunity")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.0 == 1 ? $0.1 : Self.plural($0.1))" }
            + (metricMonths > 0 ? ["\(metricMonths) monthly metric\(metricMonths == 1 ? "" : "s")"] : [])
        switch parts.count {
        case 0: return "nothing else"
        case 1: return parts[0]
        default: return parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "")
        }
    }
}

extension AppDatabase {
    func addAccount(_ db: Database, _ account: Account, at time: Date) throws -> WriteOutcome {
        try insertRecorded(db, AccountRecord.self, account, accountID: nil, at: time)
    }

    func editAccount(_ db: Database, _ edit: RecordEdit<Account>, at time: Date) throws -> WriteOutcome {
        try editRecorded(db, AccountRecord.self, edit, accountID: edit.original.id ?? 0, at: time)
    }

    /// Deletes an account and everything that belongs to it, as one undoable change.
    func removeAccount(_ db: Database, id: Int64, at time: Date) throws -> WriteOutcome {
        try removeRecorded(db, AccountRecord.self, id: id, at: time, accountID: { $0.id }) { db, recorder in
            try recorder.watchAll(db, table: "contact", where: "account_id", equals: id)
            try recorder.watchAll(db, table: "initiative", where: "account_id", equals: id)
            try recorder.watchAll(db, table: "interaction", where: "account_id", equals: id)
            try recorder.watchAll(db, table: "opportunity", where: "account_id", equals: id)
            try recorder.watchAll(db, table: "sent_update", where: "account_id", equals: id)
            for initiativeID in try Int64.fetchAll(db, sql: "SELECT id FROM initiative WHERE account_id = ?", arguments: [id]) {
                try recorder.watchAll(db, table: "progress_update", where: "initiative_id", equals: initiativeID)
                try recorder.watchAll(db, table: "milestone", where: "initiative_id", equals: initiativeID)
                try recorder.watchStakeholders(db, initiativeID: initiativeID)
            }
            let links = try Row.fetchAll(
                db,
                sql: "SELECT interaction_id, contact_id FROM interaction_contact WHERE interaction_id IN (SELECT id FROM interaction WHERE account_id = ?)",
                arguments: [id])
            for link in links {
                try recorder.watch(db, table: "interaction_contact", key: ["interaction_id": .integer(link.decode(atIndex: 0)), "contact_id": .integer(link.decode(atIndex: 1))])
            }
            for row in try Row.fetchAll(db, sql: "SELECT metric, month FROM metric_point WHERE account_id = ?", arguments: [id]) {
                try recorder.watch(db, table: "metric_point", key: ["account_id": .integer(id), "metric": .text(row.decode(atIndex: 0)), "month": .text(row.decode(atIndex: 1))])
            }
        }
    }
}
