import Foundation
import GRDB
import RapportCore

/// An initiative's plan: its milestones and stakeholders. A milestone's change that moves the
/// share done also moves the progress of an initiative that follows its milestones, in the
/// same transaction and change-log entry, counted from the rows as stored — so two windows
/// ticking off different milestones both count.
extension AppDatabase {
    func addMilestone(_ db: Database, _ milestone: Milestone, at time: Date) throws -> WriteOutcome {
        let initiative = try storedInitiative(db, milestone.initiativeID)
        var record = MilestoneRecord(milestone)
        record.value.id = nil
        try record.insert(db)
        var recorder = ChangeRecorder()
        recorder.noteInserted(table: MilestoneRecord.databaseTableName, id: record.value.id ?? 0)
        try followMilestones(db, initiative, at: time, into: &recorder)
        return try saved(recorder, db, "added milestone \(milestone.title) to \(initiative.title)", at: time, focus: initiative.accountID)
    }

    func editMilestone(_ db: Database, _ edit: RecordEdit<Milestone>, at time: Date) throws -> WriteOutcome {
        let initiative = try storedInitiative(db, edit.original.initiativeID)
        return try editRecorded(db, MilestoneRecord.self, edit, accountID: initiative.accountID, at: time, alsoWrite: { db, _, recorder in
            // The done mark may be what the form changed: written first, then counted.
            if let id = edit.original.id, edit.edited.doneOn != edit.original.doneOn {
                try db.execute(sql: "UPDATE milestone SET done_on = ? WHERE id = ?", arguments: [edit.edited.doneOn?.iso, id])
            }
            try followMilestones(db, initiative, at: time, into: &recorder)
        })
    }

    func removeMilestone(_ db: Database, id: Int64, at time: Date) throws -> WriteOutcome {
        guard let milestone = try MilestoneRecord.fetchOne(db, key: id)?.value else { throw StoreError.recordNotFound(kind: "milestone", id: id) }
        let initiative = try storedInitiative(db, milestone.initiativeID)
        var recorder = ChangeRecorder()
        try recorder.watch(db, table: MilestoneRecord.databaseTableName, id: id)
        _ = try MilestoneRecord.deleteOne(db, key: id)
        try followMilestones(db, initiative, at: time, into: &recorder)
        return try saved(recorder, db, "deleted milestone \(milestone.title)", at: time, focus: initiative.accountID)
    }

    /// Done on `day` when open, open again when done: applied to the stored mark.
    func toggleMilestone(_ db: Database, id: Int64, on day: Day, at time: Date) throws -> WriteOutcome {
        guard let milestone = try MilestoneRecord.fetchOne(db, key: id)?.value else { throw StoreError.recordNotFound(kind: "milestone", id: id) }
        let initiative = try storedInitiative(db, milestone.initiativeID)
        var recorder = ChangeRecorder()
        try recorder.watch(db, table: MilestoneRecord.databaseTableName, id: id)
        try db.execute(sql: "UPDATE milestone SET done_on = ? WHERE id = ?", arguments: [milestone.isDone ? nil : day.iso, id])
        try followMilestones(db, initiative, at: time, into: &recorder)
        let what = milestone.isDone ? "reopened milestone \(milestone.title)" : "milestone \(milestone.title) done"
        return try saved(recorder, db, what, at: time, focus: initiative.accountID)
    }

    /// The initiative's stakeholders become `stakeholders` (contacts of its account), each
    /// link added, changed or removed recorded.
    func setStakeholders(_ db: Database, initiativeID: Int64, _ stakeholders: [InitiativeStakeholder], at time: Date) throws -> WriteOutcome {
        let initiative = try storedInitiative(db, initiativeID)
        let accountContacts = Set(try Int64.fetchAll(db, sql: "SELECT id FROM contact WHERE account_id = ?", arguments: [initiative.accountID]))
        for stakeholder in stakeholders where !accountContacts.contains(stakeholder.contactID) {
            throw StoreError.invalidValue(field: "stakeholder", reason: "contact \(stakeholder.contactID) is not a contact of this account")
        }
        var recorder = ChangeRecorder()
        try recorder.watchStakeholders(db, initiativeID: initiativeID)
        for stakeholder in stakeholders { try recorder.watchStakeholder(db, initiativeID: initiativeID, contactID: stakeholder.contactID) }
        try db.execute(sql: "DELETE FROM initiative_stakeholder WHERE initiative_id = ?", arguments: [initiativeID])
        let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO initiative_stakeholder (initiative_id, contact_id, audience) VALUES (?, ?, ?)")
        for stakeholder in stakeholders {
            try insert.execute(arguments: [initiativeID, stakeholder.contactID, stakeholder.audience.rawValue])
        }
        return try saved(recorder, db, "stakeholders of \(initiative.title)", at: time, focus: initiative.accountID)
    }

    /// When the initiative follows its milestones, sets its progress to the share done now
    /// stored (recorded as a progress change when it moves).
    private func followMilestones(_ db: Database, _ initiative: Initiative, at time: Date, into recorder: inout ChangeRecorder) throws {
        guard let id = initiative.id else { return }
        // Read again: the initiative's flag and progress as stored in this transaction.
        let stored = try storedInitiative(db, id)
        guard stored.progressFollowsMilestones else { return }
        let row = try Row.fetchOne(
            db, sql: "SELECT COUNT(*), COUNT(done_on) FROM milestone WHERE initiative_id = ?", arguments: [id])
        let total: Int = try row?.decode(atIndex: 0) ?? 0
        let done: Int = try row?.decode(atIndex: 1) ?? 0
        let progress = Milestone.progress(done: done, of: total)
        guard progress != stored.progress else { return }
        try recordProgress(db, stored, progress: progress, status: stored.status, at: time, into: &recorder)
    }
}
