import Foundation
import GRDB
import RapportCore

extension AppDatabase {
    func addInitiative(_ db: Database, _ initiative: Initiative, at time: Date) throws -> WriteOutcome {
        try insertRecorded(db, InitiativeRecord.self, initiative, accountID: initiative.accountID, at: time)
    }

    func editInitiative(_ db: Database, _ edit: RecordEdit<Initiative>, at time: Date) throws -> WriteOutcome {
        try editRecorded(db, InitiativeRecord.self, edit, accountID: edit.original.accountID, at: time)
    }

    func removeInitiative(_ db: Database, id: Int64, at time: Date) throws -> WriteOutcome {
        try removeRecorded(db, InitiativeRecord.self, id: id, at: time, accountID: { $0.accountID }) { db, recorder in
            try recorder.watchAll(db, table: "progress_update", where: "initiative_id", equals: id)
            try recorder.watchAll(db, table: "milestone", where: "initiative_id", equals: id)
            try recorder.watchStakeholders(db, initiativeID: id)
        }
    }

    /// Moves the stored progress by `points` (clamped to 0–100) and records the change.
    func bumpProgress(_ db: Database, initiativeID: Int64, by points: Int, at time: Date) throws -> WriteOutcome {
        let stored = try storedInitiative(db, initiativeID)
        let progress = Initiative.clampProgress(stored.progress + points)
        guard progress != stored.progress else { return .unchanged("\(stored.title) is already at \(progress)%") }
        return try recordProgress(db, stored, progress: progress, status: stored.status, at: time)
    }

    /// The status after (or before) the stored one, recorded; `reason` is kept when that status
    /// is at risk or blocked (it says why), and dropped otherwise.
    func stepStatus(_ db: Database, initiativeID: Int64, forward: Bool, reason: String = "", at time: Date) throws -> WriteOutcome {
        let stored = try storedInitiative(db, initiativeID)
        let status = forward ? stored.status.next : stored.status.previous
        return try recordProgress(db, stored, progress: stored.progress, status: status, reason: status.asksForReason ? reason : "", at: time)
    }

    /// Sets the note of a recorded progress or status change (`n` straight after it).
    func annotateProgress(_ db: Database, updateID: Int64, note: String, at time: Date) throws -> WriteOutcome {
        guard let update = try ProgressUpdateRecord.fetchOne(db, key: updateID)?.value else {
            throw StoreError.recordNotFound(kind: "progress update", id: updateID)
        }
        let initiative = try storedInitiative(db, update.initiativeID)
        var recorder = ChangeRecorder()
        try recorder.watch(db, table: "progress_update", id: updateID)
        try db.cachedStatement(sql: "UPDATE progress_update SET note = ? WHERE id = ?").execute(arguments: [note, updateID])
        return try saved(recorder, db, "noted on \(initiative.title): \(note)", at: time, focus: initiative.accountID)
    }

    func storedInitiative(_ db: Database, _ id: Int64) throws -> Initiative {
        guard let stored = try InitiativeRecord.fetchOne(db, key: id)?.value else {
            throw StoreError.recordNotFound(kind: "initiative", id: id)
        }
        return stored
    }

    /// Sets progress and status and adds the history row (old → new, with its time).
    private func recordProgress(
        _ db: Database, _ before: Initiative, progress: Int, status: InitiativeStatus, reason: String = "", at time: Date
    ) throws -> WriteOutcome {
        var recorder = ChangeRecorder()
        try recordProgress(db, before, progress: progress, status: status, reason: reason, at: time, into: &recorder)
        let what = before.progress != progress
            ? "\(before.title) progress \(before.progress)% → \(progress)%"
            : "\(before.title) status \(before.status.label) → \(status.label)"
        return try saved(recorder, db, what, at: time, focus: before.accountID)
    }

    /// The same inside a larger write (a milestone's toggle), into its change-log entry.
    func recordProgress(
        _ db: Database, _ before: Initiative, progress: Int, status: InitiativeStatus, reason: String = "", at time: Date,
        into recorder: inout ChangeRecorder
    ) throws {
        guard let id = before.id else { throw StoreError.invalidValue(field: "initiative", reason: "has no id") }
        try recorder.watch(db, table: "initiative", id: id)
        try db.cachedStatement(sql: "UPDATE initiative SET progress = ?, status = ? WHERE id = ?").execute(arguments: [progress, status.rawValue, id])
        var update = ProgressUpdateRecord(
            ProgressUpdate(
                initiativeID: id, recordedAt: time, previousProgress: before.progress, progress: progress,
                previousStatus: before.status, status: status, reason: reason))
        try update.insert(db)
        if let updateID = update.value.id { recorder.noteInserted(table: "progress_update", id: updateID) }
    }
}
