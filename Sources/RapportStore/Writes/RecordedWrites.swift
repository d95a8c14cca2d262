import Foundation
import GRDB
import RapportCore

/// The shapes every recorded write takes: insert a row, save a form's edit onto the stored row,
/// remove a row with what its delete cascades to. Each runs inside the intent's transaction and
/// leaves one change-log entry.
extension AppDatabase {
    /// Refuses a write for an account that is not (or no longer) stored.
    func requireAccount(_ db: Database, _ id: Int64) throws {
        guard try AccountRecord.exists(db, key: id) else { throw StoreError.recordNotFound(kind: "account", id: id) }
    }

    /// Inserts `value` as a new row (whatever id it carries); a row that belongs to an account
    /// (`accountID`) needs the account to be stored.
    func insertRecorded<Record: StoredRecord>(
        _ db: Database, _ type: Record.Type, _ value: Record.Value, accountID: Int64?, at time: Date
    ) throws -> WriteOutcome {
        if let accountID { try requireAccount(db, accountID) }
        var record = Record(value)
        record.value.id = nil
        try record.insert(db)
        var recorder = ChangeRecorder()
        recorder.noteInserted(table: Record.databaseTableName, id: record.value.id ?? 0)
        return try saved(recorder, db, "added \(Record.subject(record.value))", at: time, focus: accountID ?? record.value.id)
    }

    /// Saves a form: this edit's changed fields applied onto the row as stored now. When the row
    /// moved on since the form opened, nothing is written unless the edit says to overwrite.
    func editRecorded<Record: StoredRecord>(
        _ db: Database, _ type: Record.Type, _ edit: RecordEdit<Record.Value>, accountID: Int64, at time: Date,
        load: (Database, Int64) throws -> Record.Value? = { db, id in try Record.fetchOne(db, key: id)?.value },
        check: (Record.Value) throws -> Void = { _ in }, alsoWrite: (Database, Record.Value, inout ChangeRecorder) throws -> Void = { _, _, _ in }
    ) throws -> WriteOutcome {
        guard let id = edit.original.id else {
            throw StoreError.invalidValue(field: Record.kind, reason: "has no id; add it first")
        }
        guard let stored = try load(db, id) else { throw StoreError.recordNotFound(kind: Record.kind, id: id) }
        if stored.version != edit.original.version && !edit.overwriting {
            return .conflict(EditConflict(
                subject: Record.subject(stored), changedElsewhere: Record.Value.changedFields(from: edit.original, to: stored),
                changedHere: Record.Value.changedFields(from: edit.original, to: edit.edited), stored: Record.wrap(stored)))
        }
        let merged = stored.applying(changesFrom: edit.original, to: edit.edited)
        guard merged != stored else { return .unchanged("No changes to save") }
        try check(merged)
        var recorder = ChangeRecorder()
        try recorder.watch(db, table: Record.databaseTableName, id: id)
        try alsoWrite(db, merged, &recorder)
        // Only the columns this save changes are written: a column read with its NULs shown
        // (see `ShownText`) keeps its stored bytes unless this edit is about it.
        if try !Record(merged).updateChanges(db, from: Record(stored)) {
            // Nothing in the row itself changed (an interaction's contacts live in a table of
            // their own); its version still moves on, as after every save.
            try db.execute(
                sql: "UPDATE \(Record.databaseTableName.quotedDatabaseIdentifier) SET version = version WHERE id = ?", arguments: [id])
        }
        return try saved(recorder, db, "edited \(Record.subject(merged))", at: time, focus: accountID)
    }

    /// Deletes a row; `alsoWatching` names the rows its delete cascades to.
    func removeRecorded<Record: StoredRecord>(
        _ db: Database, _ type: Record.Type, id: Int64, at time: Date, accountID: (Record.Value) -> Int64?,
        alsoWatching: (Database, inout ChangeRecorder) throws -> Void = { _, _ in }
    ) throws -> WriteOutcome {
        guard let record = try Record.fetchOne(db, key: id) else { throw StoreError.recordNotFound(kind: Record.kind, id: id) }
        var recorder = ChangeRecorder()
        try recorder.watch(db, table: Record.databaseTableName, id: id)
        try alsoWatching(db, &recorder)
        _ = try Record.deleteOne(db, key: id)
        return try saved(recorder, db, "deleted \(Record.subject(record.value))", at: time, focus: accountID(record.value))
    }

    /// Commits the change-log entry and says what was saved.
    func saved(_ recorder: ChangeRecorder, _ db: Database, _ description: String, at time: Date, focus: Int64?) throws -> WriteOutcome {
        guard let summary = try recorder.commit(db, description: description, at: time, session: session, focusAccountID: focus) else {
            return .unchanged("No changes to save")
        }
        return .saved(summary)
    }
}
