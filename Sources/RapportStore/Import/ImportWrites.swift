import Foundation
import GRDB
import RapportCore

/// Applies a planned import as one transaction and one change-log entry, so `u` undoes the
/// whole import. Every edit is checked against the version it was planned on: a record that
/// changed since the plan stops the import, and nothing of it is written.
extension AppDatabase {
    func applyImport(_ db: Database, _ changes: ImportChanges, at time: Date) throws -> WriteOutcome {
        guard !changes.isEmpty else { return .unchanged("Nothing to import: every row matches what is stored") }
        var recorder = ChangeRecorder()
        var accountIDs: Set<Int64> = []
        for account in Self.givenIDsFirst(changes.newAccounts) {
            var record = AccountRecord(account)
            try requireFreeID(db, AccountRecord.self, account.id)
            try record.insert(db)
            let id = record.value.id ?? 0
            recorder.noteInserted(table: AccountRecord.databaseTableName, id: id)
            accountIDs.insert(id)
        }
        for edit in changes.accountEdits {
            try applyImportedEdit(db, AccountRecord.self, edit, recorder: &recorder)
            accountIDs.insert(edit.original.id ?? 0)
        }
        var managers: [(contact: Int64, manager: Int64)] = []
        for contact in Self.givenIDsFirst(changes.newContacts) {
            try requireAccount(db, contact.accountID)
            try requireFreeID(db, ContactRecord.self, contact.id)
            var record = ContactRecord(contact)
            // The manager may be a contact this import creates later: linked once all are in.
            record.value.reportsToID = nil
            let others = try ContactRecord.filter(Column("account_id") == contact.accountID).fetchCount(db)
            // The first contact of an account is its main point of contact, as when added by hand.
            if others == 0 { record.value.isMainContact = true }
            if record.value.isMainContact { try clearImportedMainContact(db, accountID: contact.accountID, recorder: &recorder) }
            try record.insert(db)
            recorder.noteInserted(table: ContactRecord.databaseTableName, id: record.value.id ?? 0)
            accountIDs.insert(contact.accountID)
            if let managerID = contact.reportsToID, let id = record.value.id { managers.append((id, managerID)) }
        }
        for (id, managerID) in managers {
            try db.execute(sql: "UPDATE contact SET reports_to_id = ? WHERE id = ?", arguments: [managerID, id])
        }
        for edit in changes.contactEdits {
            if edit.edited.isMainContact && !edit.original.isMainContact {
                try clearImportedMainContact(db, accountID: edit.original.accountID, recorder: &recorder)
            }
            try applyImportedEdit(db, ContactRecord.self, edit, recorder: &recorder)
            accountIDs.insert(edit.original.accountID)
        }
        try applyImportedRecords(db, changes, recorder: &recorder, accountIDs: &accountIDs)
        let counts = "\(changes.createdCount) created, \(changes.updatedCount) updated"
        return try saved(recorder, db, "\(changes.description): \(counts)", at: time, focus: accountIDs.count == 1 ? accountIDs.first : nil)
    }

    /// Records that keep a file's id go in before those SQLite numbers, so a number it
    /// hands out can never be one a later row of the file asks for.
    static func givenIDsFirst<Value: EditableRecord>(_ values: [Value]) -> [Value] {
        values.filter { $0.id != nil } + values.filter { $0.id == nil }
    }

    func requireFreeID<Record: StoredRecord>(_ db: Database, _ type: Record.Type, _ id: Int64?) throws {
        guard let id, try Record.exists(db, key: id) else { return }
        throw ImportError.other("\(Record.kind) \(id) was created since the import was planned; nothing was imported — run the import again")
    }

    func applyImportedEdit<Record: StoredRecord>(
        _ db: Database, _ type: Record.Type, _ edit: RecordEdit<Record.Value>, recorder: inout ChangeRecorder
    ) throws {
        guard let id = edit.original.id, let stored = try Record.fetchOne(db, key: id)?.value else {
            throw ImportError.other("\(Record.kind) \(edit.original.id ?? 0) was deleted since the import was planned; nothing was imported — run the import again")
        }
        guard stored.version == edit.original.version else {
            throw ImportError.other("\(Record.subject(stored)) changed since the import was planned; nothing was imported — run the import again")
        }
        try recorder.watch(db, table: Record.databaseTableName, id: id)
        _ = try Record(edit.edited).updateChanges(db, from: Record(stored))
    }

    private func clearImportedMainContact(_ db: Database, accountID: Int64, recorder: inout ChangeRecorder) throws {
        for contactID in try Int64.fetchAll(db, sql: "SELECT id FROM contact WHERE account_id = ? AND is_main_contact = 1", arguments: [accountID]) {
            try recorder.watch(db, table: "contact", id: contactID)
            try db.execute(sql: "UPDATE contact SET is_main_contact = 0 WHERE id = ?", arguments: [contactID])
        }
    }
}
