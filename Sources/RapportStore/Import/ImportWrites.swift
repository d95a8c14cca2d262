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
        for account in changes.newAccounts {
            var record = AccountRecord(account)
            record.value.id = nil
            try record.insert(db)
            let id = record.value.id ?? 0
            recorder.noteInserted(table: AccountRecord.databaseTableName, id: id)
            accountIDs.insert(id)
        }
        for edit in changes.accountEdits {
            try applyImportedEdit(db, AccountRecord.self, edit, recorder: &recorder)
            accountIDs.insert(edit.original.id ?? 0)
        }
        for contact in changes.newContacts {
            try requireAccount(db, contact.accountID)
            var record = ContactRecord(contact)
            record.value.id = nil
            let others = try ContactRecord.filter(Column("account_id") == contact.accountID).fetchCount(db)
            // The first contact of an account is its main point of contact, as when added by hand.
            if others == 0 { record.value.isMainContact = true }
            if record.value.isMainContact { try clearImportedMainContact(db, accountID: contact.accountID, recorder: &recorder) }
            try record.insert(db)
            recorder.noteInserted(table: ContactRecord.databaseTableName, id: record.value.id ?? 0)
            accountIDs.insert(contact.accountID)
        }
        for edit in changes.contactEdits {
            if edit.edited.isMainContact && !edit.original.isMainContact {
                try clearImportedMainContact(db, accountID: edit.original.accountID, recorder: &recorder)
            }
            try applyImportedEdit(db, ContactRecord.self, edit, recorder: &recorder)
            accountIDs.insert(edit.original.accountID)
        }
        let counts = "\(changes.newAccounts.count + changes.newContacts.count) created, \(changes.accountEdits.count + changes.contactEdits.count) updated"
        return try saved(recorder, db, "\(changes.description): \(counts)", at: time, focus: accountIDs.count == 1 ? accountIDs.first : nil)
    }

    private func applyImportedEdit<Record: StoredRecord>(
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
