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

    /// "3 contacts, 4 initiatives, 12 interactions and 36 months of metrics"
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

/// The user's edits: each one transaction, each recorded in the change log so `u` undoes it.
extension AppDatabase {
    // MARK: Accounts

    @discardableResult
    public func addAccount(_ account: Account, at time: Date) throws -> Account {
        try insertRecorded(AccountRecord(account), description: "added account \(account.name)", at: time)
    }

    @discardableResult
    public func updateAccount(_ account: Account, at time: Date) throws -> Account {
        try updateRecorded(AccountRecord(account), description: "edited account \(account.name)", at: time)
    }

    public func deletionImpact(accountID: Int64) throws -> AccountDeletionImpact {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql, arguments: [accountID]) ?? 0 }
            return AccountDeletionImpact(
                contacts: try count("SELECT COUNT(*) FROM contact WHERE account_id = ?"),
                initiatives: try count("SELECT COUNT(*) FROM initiative WHERE account_id = ?"),
                interactions: try count("SELECT COUNT(*) FROM interaction WHERE account_id = ?"),
                metricMonths: try count("SELECT COUNT(*) FROM metric_point WHERE account_id = ?"),
                opportunities: try count("SELECT COUNT(*) FROM opportunity WHERE account_id = ?"))
        }
    }

    /// Deletes an account and everything that belongs to it (one undoable change).
    public func removeAccount(id: Int64, at time: Date) throws {
        try write { db in
            guard let account = try AccountRecord.fetchOne(db, key: id)?.value else {
                throw StoreError.recordNotFound(kind: "account", id: id)
            }
            var recorder = ChangeRecorder()
            try recorder.watch(db, table: "account", id: id)
            try recorder.watchAll(db, table: "contact", where: "account_id", equals: id)
            try recorder.watchAll(db, table: "initiative", where: "account_id", equals: id)
            try recorder.watchAll(db, table: "interaction", where: "account_id", equals: id)
            try recorder.watchAll(db, table: "opportunity", where: "account_id", equals: id)
            for initiativeID in try Int64.fetchAll(db, sql: "SELECT id FROM initiative WHERE account_id = ?", arguments: [id]) {
                try recorder.watchAll(db, table: "progress_update", where: "initiative_id", equals: initiativeID)
            }
            let links = try Row.fetchAll(
                db,
                sql: "SELECT interaction_id, contact_id FROM interaction_contact WHERE interaction_id IN (SELECT id FROM interaction WHERE account_id = ?)",
                arguments: [id])
            for link in links {
                try recorder.watch(db, table: "interaction_contact", key: ["interaction_id": .integer(link[0]), "contact_id": .integer(link[1])])
            }
            for month in try String.fetchAll(db, sql: "SELECT metric || char(31) || month FROM metric_point WHERE account_id = ?", arguments: [id]) {
                let parts = month.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                try recorder.watch(db, table: "metric_point", key: ["account_id": .integer(id), "metric": .text(parts[0]), "month": .text(parts[1])])
            }
            try AccountRecord.deleteOne(db, key: id)
            try recorder.commit(db, description: "deleted account \(account.name)", at: time)
        }
    }

    // MARK: Contacts

    @discardableResult
    public func addContact(_ contact: Contact, at time: Date) throws -> Contact {
        try write { db in
            var recorder = ChangeRecorder()
            var record = ContactRecord(contact)
            record.value.id = nil
            let others = try ContactRecord.filter(Column("account_id") == contact.accountID).fetchCount(db)
            // The first contact of an account is its main point of contact.
            if others == 0 { record.value.isMainContact = true }
            if record.value.isMainContact { try clearMainContact(db, accountID: contact.accountID, except: nil, recorder: &recorder) }
            try record.insert(db)
            recorder.noteInserted(table: "contact", id: record.value.id ?? 0)
            try recorder.commit(db, description: "added contact \(contact.name)", at: time)
            return record.value
        }
    }

    @discardableResult
    public func updateContact(_ contact: Contact, at time: Date) throws -> Contact {
        guard let id = contact.id else { throw StoreError.invalidValue(field: "contact", reason: "has no id; add it first") }
        return try write { db in
            guard let existing = try ContactRecord.fetchOne(db, key: id)?.value else { throw StoreError.recordNotFound(kind: "contact", id: id) }
            try refuseReportsToLoop(db, contactID: id, reportsTo: contact.reportsToID)
            if existing.isMainContact && !contact.isMainContact {
                throw StoreError.invalidValue(field: "main contact", reason: "make another contact the main point of contact instead")
            }
            var recorder = ChangeRecorder()
            try recorder.watch(db, table: "contact", id: id)
            if contact.isMainContact { try clearMainContact(db, accountID: contact.accountID, except: id, recorder: &recorder) }
            try ContactRecord(contact).update(db)
            try recorder.commit(db, description: "edited contact \(contact.name)", at: time)
            return contact
        }
    }

    /// Deletes a contact. The main point of contact can only go when `newMainContactID` names
    /// who takes over (unless it is the account's last contact).
    public func removeContact(id: Int64, newMainContactID: Int64?, at time: Date) throws {
        try write { db in
            guard let contact = try ContactRecord.fetchOne(db, key: id)?.value else { throw StoreError.recordNotFound(kind: "contact", id: id) }
            var recorder = ChangeRecorder()
            try recorder.watch(db, table: "contact", id: id)
            let others = try ContactRecord.filter(Column("account_id") == contact.accountID && Column("id") != id).fetchAll(db).map(\.value)
            if contact.isMainContact && !others.isEmpty {
                guard let successorID = newMainContactID, others.contains(where: { $0.id == successorID }) else {
                    throw StoreError.invalidValue(field: "main contact", reason: "\(contact.name) is the main point of contact: choose who takes over")
                }
                try recorder.watch(db, table: "contact", id: successorID)
                try db.execute(sql: "UPDATE contact SET is_main_contact = 1 WHERE id = ?", arguments: [successorID])
            }
            // Rows that point at this contact change too (reports-to is cleared, links go).
            try recorder.watchAll(db, table: "contact", where: "reports_to_id", equals: id)
            for interactionID in try Int64.fetchAll(db, sql: "SELECT interaction_id FROM interaction_contact WHERE contact_id = ?", arguments: [id]) {
                try recorder.watch(db, table: "interaction_contact", key: ["interaction_id": .integer(interactionID), "contact_id": .integer(id)])
            }
            try ContactRecord.deleteOne(db, key: id)
            try recorder.commit(db, description: "deleted contact \(contact.name)", at: time)
        }
    }

    private func clearMainContact(_ db: Database, accountID: Int64, except id: Int64?, recorder: inout ChangeRecorder) throws {
        let current = try Int64.fetchAll(db, sql: "SELECT id FROM contact WHERE account_id = ? AND is_main_contact = 1", arguments: [accountID])
        for contactID in current where contactID != id {
            try recorder.watch(db, table: "contact", id: contactID)
            try db.execute(sql: "UPDATE contact SET is_main_contact = 0 WHERE id = ?", arguments: [contactID])
        }
    }

    private func refuseReportsToLoop(_ db: Database, contactID: Int64, reportsTo: Int64?) throws {
        var seen: Set<Int64> = [contactID]
        var next = reportsTo
        while let current = next {
            if seen.contains(current) {
                throw StoreError.invalidValue(field: "reports to", reason: "that would make a reporting loop")
            }
            seen.insert(current)
            next = try Int64?.fetchOne(db, sql: "SELECT reports_to_id FROM contact WHERE id = ?", arguments: [current]) ?? nil
        }
    }

    // MARK: Initiatives

    @discardableResult
    public func addInitiative(_ initiative: Initiative, at time: Date) throws -> Initiative {
        try insertRecorded(InitiativeRecord(initiative), description: "added initiative \(initiative.title)", at: time)
    }

    @discardableResult
    public func updateInitiative(_ initiative: Initiative, at time: Date) throws -> Initiative {
        try updateRecorded(InitiativeRecord(initiative), description: "edited initiative \(initiative.title)", at: time)
    }

    public func removeInitiative(id: Int64, at time: Date) throws {
        try removeRecorded(InitiativeRecord.self, id: id, at: time, description: { "deleted initiative \($0.title)" }) { db, recorder in
            try recorder.watchAll(db, table: "progress_update", where: "initiative_id", equals: id)
        }
    }
}
