import Foundation
import GRDB

extension AppDatabase {
    /// Undoes (or redoes) this window's latest change. Another window's changes are never
    /// touched: when a row this change wrote was changed again since, nothing is written and
    /// the outcome says so.
    func replayHistory(_ db: Database, forward: Bool) throws -> WriteOutcome {
        let sql = forward
            ? "SELECT id, description, changes FROM change_log WHERE session = ? AND undone = 1 ORDER BY id ASC LIMIT 1"
            : "SELECT id, description, changes FROM change_log WHERE session = ? AND undone = 0 ORDER BY id DESC LIMIT 1"
        guard let row = try Row.fetchOne(db, sql: sql, arguments: [session]) else {
            return .unchanged(forward ? "Nothing to redo" : "Nothing to undo")
        }
        let id: Int64 = try row.decode(forColumn: "id")
        let description: String = try row.decode(forColumn: "description")
        let payload: String = try row.decode(forColumn: "changes")
        let changes: [RowChange]
        do {
            changes = try JSONDecoder().decode([RowChange].self, from: Data(payload.utf8))
        } catch {
            throw StoreError.corrupt(path: "change log entry #\(id)", detail: "it cannot be read back")
        }
        // Every row must still be as this change left it (or, to redo, as the undo left it).
        for change in changes {
            let expected = forward ? change.before : change.after
            let current = try RowChange.snapshot(db, table: change.table, key: change.key)
            if !RowChange.sameData(current, expected) {
                return .historyOvertaken(
                    "Not \(forward ? "redone" : "undone"): \(description) — it was changed since, elsewhere; that change is kept")
            }
        }
        // Children may be restored before their parent; checks run at commit.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        for change in forward ? changes : changes.reversed() {
            try RowChange.apply(db, table: change.table, key: change.key, state: forward ? change.after : change.before)
        }
        try db.execute(sql: "UPDATE change_log SET undone = ? WHERE id = ?", arguments: [forward ? 0 : 1, id])
        return .saved(RowChange.summary(of: changes, description: description, forward: forward, focus: try owningAccount(db, of: changes)))
    }

    /// The account of a change whose rows do not name one (a milestone's, a stakeholder's): the
    /// account of their initiative. nil when a row names its account, which the summary reads.
    private func owningAccount(_ db: Database, of changes: [RowChange]) throws -> Int64? {
        guard !changes.contains(where: { $0.before?["account_id"] != nil || $0.after?["account_id"] != nil || $0.table == "account" }) else {
            return nil
        }
        for change in changes {
            guard case .integer(let initiativeID) = (change.after ?? change.before)?["initiative_id"] else { continue }
            if let account = try Int64.fetchOne(db, sql: "SELECT account_id FROM initiative WHERE id = ?", arguments: [initiativeID]) {
                return account
            }
        }
        return nil
    }

    /// How many changes this window can undo and redo.
    public func historyDepth() throws -> (undo: Int, redo: Int) {
        try read { db in
            let undo = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change_log WHERE session = ? AND undone = 0", arguments: [session]) ?? 0
            let redo = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change_log WHERE session = ? AND undone = 1", arguments: [session]) ?? 0
            return (undo, redo)
        }
    }
}
