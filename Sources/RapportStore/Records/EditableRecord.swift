import Foundation
import GRDB

/// A record whose value the user edits: the change log needs its table and id.
protocol EditableRecord: FetchableRecord, MutablePersistableRecord {
    associatedtype Value
    var value: Value { get set }
    init(_ value: Value)
    var recordID: Int64? { get set }
    /// The word the messages use: "account", "initiative".
    static var kind: String { get }
}

extension AccountRecord: EditableRecord {
    var recordID: Int64? {
        get { value.id }
        set { value.id = newValue }
    }
    static var kind: String { "account" }
}

extension InitiativeRecord: EditableRecord {
    var recordID: Int64? {
        get { value.id }
        set { value.id = newValue }
    }
    static var kind: String { "initiative" }
}

extension AppDatabase {
    /// Inserts a new row as one undoable change.
    func insertRecorded<Record: EditableRecord>(_ record: Record, description: String, at time: Date) throws -> Record.Value {
        try write { db in
            var record = record
            record.recordID = nil
            try record.insert(db)
            var recorder = ChangeRecorder()
            recorder.noteInserted(table: Record.databaseTableName, id: record.recordID ?? 0)
            try recorder.commit(db, description: description, at: time)
            return record.value
        }
    }

    /// Rewrites an existing row as one undoable change.
    func updateRecorded<Record: EditableRecord>(_ record: Record, description: String, at time: Date) throws -> Record.Value {
        guard let id = record.recordID else {
            throw StoreError.invalidValue(field: Record.kind, reason: "has no id; add it first")
        }
        return try write { db in
            guard try Record.exists(db, key: id) else { throw StoreError.recordNotFound(kind: Record.kind, id: id) }
            var recorder = ChangeRecorder()
            try recorder.watch(db, table: Record.databaseTableName, id: id)
            try record.update(db)
            try recorder.commit(db, description: description, at: time)
            return record.value
        }
    }

    /// Deletes a row as one undoable change; `alsoWatching` names the rows its delete cascades to.
    func removeRecorded<Record: EditableRecord>(
        _ type: Record.Type, id: Int64, at time: Date, description: (Record.Value) -> String,
        alsoWatching: (Database, inout ChangeRecorder) throws -> Void = { _, _ in }
    ) throws {
        try write { db in
            guard let record = try Record.fetchOne(db, key: id) else { throw StoreError.recordNotFound(kind: Record.kind, id: id) }
            var recorder = ChangeRecorder()
            try recorder.watch(db, table: Record.databaseTableName, id: id)
            try alsoWatching(db, &recorder)
            _ = try Record.deleteOne(db, key: id)
            try recorder.commit(db, description: description(record.value), at: time)
        }
    }
}
