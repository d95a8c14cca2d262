import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    func addContact(_ db: Database, _ contact: Contact, at time: Date) throws -> WriteOutcome {
        try requireAccount(db, contact.accountID)
        var recorder = ChangeRecorder()
        var record = ContactRecord(contact)
        record.value.id = nil
        let others = try ContactRecord.filter(Column("account_id") == contact.accountID).fetchCount(db)
        // The first contact of an account is its main point of contact.
        if others == 0 { record.value.isMainContact = true }
        if record.value.isMainContact { try clearMainContact(db, accountID: contact.accountID, except: nil, recorder: &recorder) }
        try record.insert(db)
        recorder.noteInserted(table: "contact", id: record.value.id ?? 0)
        return try saved(recorder, db, "added contact \(contact.name)", at: time, focus: contact.accountID)
    }

    func editContact(_ db: Database, _ edit: RecordEdit<Contact>, at time: Date) throws -> WriteOutcome {
        let id = edit.original.id ?? 0
        let storedMain = try Bool.fetchOne(db, sql: "SELECT is_main_contact FROM contact WHERE id = ?", arguments: [id]) ?? false
        return try editRecorded(
            db, ContactRecord.self, edit, accountID: edit.original.accountID, at: time,
            check: { contact in
                try refuseReportsToLoop(db, contactID: id, reportsTo: contact.reportsToID)
                if storedMain && !contact.isMainContact {
                    throw StoreError.invalidValue(field: "main contact", reason: "make another contact the main point of contact instead")
                }
            },
            alsoWrite: { db, contact, recorder in
                if contact.isMainContact { try clearMainContact(db, accountID: contact.accountID, except: id, recorder: &recorder) }
            })
    }

    /// Deletes a contact. The main point of contact can only go when `successor` names who takes
    /// over (unless it is the account's last contact).
    func removeContact(_ db: Database, id: Int64, successor: Int64?, at time: Date) throws -> WriteOutcome {
        guard let contact = try ContactRecord.fetchOne(db, key: id)?.value else { throw StoreError.recordNotFound(kind: "contact", id: id) }
        let others = try ContactRecord.filter(Column("account_id") == contact.accountID && Column("id") != id).fetchAll(db).map(\.value)
        var description = "deleted contact \(contact.name)"
        if contact.isMainContact && !others.isEmpty {
            guard let successor, let next = others.first(where: { $0.id == successor }) else {
                throw StoreError.invalidValue(field: "main contact", reason: "\(contact.name) is the main point of contact: choose who takes over")
            }
            description += "; \(next.name) is now the main contact"
        }
        var recorder = ChangeRecorder()
        try recorder.watch(db, table: "contact", id: id)
        if contact.isMainContact, let successor {
            try recorder.watch(db, table: "contact", id: successor)
            try db.execute(sql: "UPDATE contact SET is_main_contact = 1 WHERE id = ?", arguments: [successor])
        }
        // Rows that point at this contact change too (reports-to is cleared, links go).
        try recorder.watchAll(db, table: "contact", where: "reports_to_id", equals: id)
        for interactionID in try Int64.fetchAll(db, sql: "SELECT interaction_id FROM interaction_contact WHERE contact_id = ?", arguments: [id]) {
            try recorder.watch(db, table: "interaction_contact", key: ["interaction_id": .integer(interactionID), "contact_id": .integer(id)])
        }
        for initiativeID in try Int64.fetchAll(db, sql: "SELECT initiative_id FROM initiative_stakeholder WHERE contact_id = ?", arguments: [id]) {
            try recorder.watchStakeholder(db, initiativeID: initiativeID, contactID: id)
        }
        try ContactRecord.deleteOne(db, key: id)
        return try saved(recorder, db, description, at: time, focus: contact.accountID)
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
}
