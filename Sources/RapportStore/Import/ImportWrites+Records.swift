import Foundation
import GRDB
import RapportCore

/// The interactions, initiatives, opportunities and metric months of a planned import, written
/// inside its one transaction (see `applyImport`).
extension AppDatabase {
    func applyImportedRecords(_ db: Database, _ changes: ImportChanges, recorder: inout ChangeRecorder, accountIDs: inout Set<Int64>) throws {
        for interaction in Self.givenIDsFirst(changes.newInteractions) {
            try requireAccount(db, interaction.accountID)
            try requireFreeID(db, InteractionRecord.self, interaction.id)
            var record = InteractionRecord(interaction)
            try record.insert(db)
            let id = record.value.id ?? 0
            recorder.noteInserted(table: InteractionRecord.databaseTableName, id: id)
            try linkContacts(db, interactionID: id, accountID: interaction.accountID, contactIDs: Set(interaction.contactIDs), recorder: &recorder)
            accountIDs.insert(interaction.accountID)
        }
        for edit in changes.interactionEdits {
            try applyImportedEdit(db, InteractionRecord.self, edit, recorder: &recorder)
            if Set(edit.original.contactIDs) != Set(edit.edited.contactIDs), let id = edit.original.id {
                try relinkContacts(db, interactionID: id, accountID: edit.original.accountID, contactIDs: Set(edit.edited.contactIDs), recorder: &recorder)
            }
            accountIDs.insert(edit.original.accountID)
        }
        for initiative in Self.givenIDsFirst(changes.newInitiatives) {
            try insertImported(db, InitiativeRecord(initiative), accountID: initiative.accountID, recorder: &recorder)
            accountIDs.insert(initiative.accountID)
        }
        for edit in changes.initiativeEdits {
            try applyImportedEdit(db, InitiativeRecord.self, edit, recorder: &recorder)
            accountIDs.insert(edit.original.accountID)
        }
        for opportunity in Self.givenIDsFirst(changes.newOpportunities) {
            try insertImported(db, OpportunityRecord(opportunity), accountID: opportunity.accountID, recorder: &recorder)
            accountIDs.insert(opportunity.accountID)
        }
        for edit in changes.opportunityEdits {
            try applyImportedEdit(db, OpportunityRecord.self, edit, recorder: &recorder)
            accountIDs.insert(edit.original.accountID)
        }
        for write in changes.metricWrites {
            try applyImportedMonth(db, write, recorder: &recorder)
            accountIDs.insert(write.point.accountID)
        }
    }

    private func insertImported<Record: StoredRecord>(_ db: Database, _ record: Record, accountID: Int64, recorder: inout ChangeRecorder) throws {
        try requireAccount(db, accountID)
        try requireFreeID(db, Record.self, record.value.id)
        var record = record
        try record.insert(db)
        recorder.noteInserted(table: Record.databaseTableName, id: record.value.id ?? 0)
    }

    private func relinkContacts(_ db: Database, interactionID: Int64, accountID: Int64, contactIDs: Set<Int64>, recorder: inout ChangeRecorder) throws {
        for contactID in try Int64.fetchAll(db, sql: "SELECT contact_id FROM interaction_contact WHERE interaction_id = ?", arguments: [interactionID]) {
            try recorder.watch(db, table: "interaction_contact", key: ["interaction_id": .integer(interactionID), "contact_id": .integer(contactID)])
        }
        try db.execute(sql: "DELETE FROM interaction_contact WHERE interaction_id = ?", arguments: [interactionID])
        try linkContacts(db, interactionID: interactionID, accountID: accountID, contactIDs: contactIDs, recorder: &recorder)
    }

    /// Sets one month, refusing the import if the month is not as it was planned against.
    private func applyImportedMonth(_ db: Database, _ write: MetricWrite, recorder: inout ChangeRecorder) throws {
        let point = write.point
        let key: [String: any DatabaseValueConvertible] = ["account_id": point.accountID, "metric": point.metric, "month": point.month.iso]
        let stored = try MetricPointRecord.fetchOne(db, key: key)?.value
        guard stored == write.planned else {
            throw ImportError.other("\(point.metric) for \(point.month.iso) changed since the import was planned; nothing was imported — run the import again")
        }
        try requireAccount(db, point.accountID)
        try recorder.watch(
            db, table: "metric_point", key: ["account_id": .integer(point.accountID), "metric": .text(point.metric), "month": .text(point.month.iso)])
        try MetricPointRecord(point).save(db)
    }
}
