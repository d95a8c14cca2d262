import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    /// Logs an interaction with its contacts, and optionally sets the account's next follow-up.
    func logInteraction(_ db: Database, _ interaction: Interaction, nextFollowUp: Day?, at time: Date) throws -> WriteOutcome {
        guard let stored = try AccountRecord.fetchOne(db, key: interaction.accountID)?.value else {
            throw StoreError.recordNotFound(kind: "account", id: interaction.accountID)
        }
        var account = stored
        var recorder = ChangeRecorder()
        var record = InteractionRecord(interaction)
        record.value.id = nil
        try record.insert(db)
        let id = record.value.id ?? 0
        recorder.noteInserted(table: "interaction", id: id)
        try linkContacts(db, interactionID: id, accountID: interaction.accountID, contactIDs: Set(interaction.contactIDs), recorder: &recorder)
        if let nextFollowUp, nextFollowUp != account.nextFollowUp {
            try recorder.watch(db, table: "account", id: interaction.accountID)
            account.nextFollowUp = nextFollowUp
            // Only the follow-up: the rest of the row keeps its stored bytes (see `ShownText`).
            try AccountRecord(account).updateChanges(db, from: AccountRecord(stored))
        }
        return try saved(recorder, db, "logged \(interaction.kind.label) with \(account.name)", at: time, focus: interaction.accountID)
    }

    func editInteraction(_ db: Database, _ edit: RecordEdit<Interaction>, at time: Date) throws -> WriteOutcome {
        let id = edit.original.id ?? 0
        // Contacts compare as sorted lists: the order they were ticked in means nothing.
        var stored = edit
        stored.original.contactIDs = edit.original.contactIDs.sorted()
        stored.edited.contactIDs = edit.edited.contactIDs.sorted()
        return try editRecorded(
            db, InteractionRecord.self, stored, accountID: edit.original.accountID, at: time,
            load: { db, id in
                guard var interaction = try InteractionRecord.fetchOne(db, key: id)?.value else { return nil }
                interaction.contactIDs = try Int64.fetchAll(
                    db, sql: "SELECT contact_id FROM interaction_contact WHERE interaction_id = ? ORDER BY contact_id", arguments: [id])
                return interaction
            },
            alsoWrite: { db, interaction, recorder in
                let old = try Int64.fetchAll(db, sql: "SELECT contact_id FROM interaction_contact WHERE interaction_id = ?", arguments: [id])
                for contactID in Set(old) {
                    try recorder.watch(db, table: "interaction_contact", key: ["interaction_id": .integer(id), "contact_id": .integer(contactID)])
                }
                try db.execute(sql: "DELETE FROM interaction_contact WHERE interaction_id = ?", arguments: [id])
                try linkContacts(db, interactionID: id, accountID: interaction.accountID, contactIDs: Set(interaction.contactIDs), recorder: &recorder)
            })
    }

    func removeInteraction(_ db: Database, id: Int64, at time: Date) throws -> WriteOutcome {
        try removeRecorded(db, InteractionRecord.self, id: id, at: time, accountID: { $0.accountID }) { db, recorder in
            for contactID in try Int64.fetchAll(db, sql: "SELECT contact_id FROM interaction_contact WHERE interaction_id = ?", arguments: [id]) {
                try recorder.watch(db, table: "interaction_contact", key: ["interaction_id": .integer(id), "contact_id": .integer(contactID)])
            }
        }
    }

    func linkContacts(
        _ db: Database, interactionID: Int64, accountID: Int64, contactIDs: Set<Int64>, recorder: inout ChangeRecorder
    ) throws {
        for contactID in contactIDs.sorted() {
            guard try ContactRecord.fetchOne(db, key: contactID)?.value.accountID == accountID else {
                throw StoreError.invalidValue(field: "contacts", reason: "contact #\(contactID) is not on this account")
            }
            let key: [String: StoredValue] = ["interaction_id": .integer(interactionID), "contact_id": .integer(contactID)]
            try recorder.watch(db, table: "interaction_contact", key: key)
            try db.execute(sql: "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)", arguments: [interactionID, contactID])
        }
    }
}
