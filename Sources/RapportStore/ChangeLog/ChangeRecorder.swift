import Foundation
import GRDB

/// Collects the rows one intent-named write touches, inside its transaction, and stores them
/// as one entry of the change log so the write can be undone and redone by the window that
/// made it.
struct ChangeRecorder {
    private var watched: [(table: String, key: [String: StoredValue], before: [String: StoredValue]?)] = []
    private var seen: Set<WatchedRow> = []

    private struct WatchedRow: Hashable {
        let table: String
        let key: [String: StoredValue]
    }

    /// Remembers a row's state before the write changes it (or before it exists). A row watched
    /// twice keeps its first snapshot: a link deleted and inserted again in one write (an
    /// interaction's contacts rewritten) must undo to what it was, not to absent.
    mutating func watch(_ db: Database, table: String, key: [String: StoredValue]) throws {
        guard seen.insert(WatchedRow(table: table, key: key)).inserted else { return }
        watched.append((table, key, try RowChange.snapshot(db, table: table, key: key)))
    }

    mutating func watch(_ db: Database, table: String, id: Int64) throws {
        try watch(db, table: table, key: ["id": .integer(id)])
    }

    /// Notes a row the write has just inserted (its state before was: absent).
    mutating func noteInserted(table: String, id: Int64) {
        guard seen.insert(WatchedRow(table: table, key: ["id": .integer(id)])).inserted else { return }
        watched.append((table, ["id": .integer(id)], nil))
    }

    /// Watches every row of `table` whose `column` equals `value` (the children a delete cascades to).
    mutating func watchAll(_ db: Database, table: String, where column: String, equals value: Int64) throws {
        let ids = try Int64.fetchAll(
            db, sql: "SELECT id FROM \(table.quotedDatabaseIdentifier) WHERE \(column.quotedDatabaseIdentifier) = ?", arguments: [value])
        for id in ids { try watch(db, table: table, id: id) }
    }

    /// Watches every stakeholder link of an initiative.
    mutating func watchStakeholders(_ db: Database, initiativeID: Int64) throws {
        let contacts = try Int64.fetchAll(db, sql: "SELECT contact_id FROM initiative_stakeholder WHERE initiative_id = ?", arguments: [initiativeID])
        for contact in contacts { try watchStakeholder(db, initiativeID: initiativeID, contactID: contact) }
    }

    mutating func watchStakeholder(_ db: Database, initiativeID: Int64, contactID: Int64) throws {
        try watch(db, table: "initiative_stakeholder", key: ["initiative_id": .integer(initiativeID), "contact_id": .integer(contactID)])
    }

    /// Reads every watched row again and writes the entry for `session`. Clears that session's
    /// redo stack: a new change after an undo makes the undone changes unreachable, as in every
    /// editor. Returns what changed, or nil when nothing did.
    func commit(_ db: Database, description: String, at time: Date, session: String, focusAccountID: Int64?) throws -> ChangeSummary? {
        // Encoded row by row into one payload, and only the columns the summary reads kept: an
        // import of 100,000 accounts would otherwise hold every row twice over (as values and
        // as one JSON document in the making).
        let encoder = JSONEncoder()
        var payload = Data("[".utf8)
        var outlines: [RowChange] = []
        for item in watched {
            let after = try RowChange.snapshot(db, table: item.table, key: item.key)
            guard after != item.before else { continue }
            let change = RowChange(table: item.table, key: item.key, before: item.before, after: after)
            if !outlines.isEmpty { payload.append(contentsOf: Data(",".utf8)) }
            payload.append(try encoder.encode(change))
            outlines.append(change.outline)
        }
        guard !outlines.isEmpty else { return nil }
        payload.append(contentsOf: Data("]".utf8))
        try db.cachedStatement(sql: "DELETE FROM change_log WHERE session = ? AND undone = 1").execute(arguments: [session])
        try db.cachedStatement(sql: "INSERT INTO change_log (recorded_at, description, changes, undone, session) VALUES (?, ?, ?, 0, ?)")
            .execute(arguments: [time, description, String(decoding: payload, as: UTF8.self), session])
        return RowChange.summary(of: outlines, description: description, forward: true, focus: focusAccountID)
    }
}
