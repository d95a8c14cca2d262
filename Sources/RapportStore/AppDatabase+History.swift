import Foundation
import GRDB
import RapportCore

/// One entry of the change log, as the status bar names it.
public struct ChangeSummary: Hashable, Sendable {
    public let id: Int64
    public let description: String
    /// Accounts whose rows the change touched, so the screen reloads only those.
    public let accountIDs: Set<Int64>
    /// True when an account itself was created or removed, so the list must be reloaded whole.
    public let changesAccountList: Bool

    public init(id: Int64, description: String, accountIDs: Set<Int64>, changesAccountList: Bool) {
        self.id = id
        self.description = description
        self.accountIDs = accountIDs
        self.changesAccountList = changesAccountList
    }
}

extension AppDatabase {
    /// Undoes the latest change that is not undone yet; nil when there is none.
    @discardableResult
    public func undo() throws -> ChangeSummary? {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, description, changes FROM change_log WHERE undone = 0 ORDER BY id DESC LIMIT 1")
            else { return nil }
            let summary = try Self.replay(db, row: row, forward: false)
            try db.execute(sql: "UPDATE change_log SET undone = 1 WHERE id = ?", arguments: [summary.id])
            return summary
        }
    }

    /// Redoes the earliest undone change; nil when there is none.
    @discardableResult
    public func redo() throws -> ChangeSummary? {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, description, changes FROM change_log WHERE undone = 1 ORDER BY id ASC LIMIT 1")
            else { return nil }
            let summary = try Self.replay(db, row: row, forward: true)
            try db.execute(sql: "UPDATE change_log SET undone = 0 WHERE id = ?", arguments: [summary.id])
            return summary
        }
    }

    /// How many changes can be undone and redone.
    public func historyDepth() throws -> (undo: Int, redo: Int) {
        try read { db in
            let undo = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change_log WHERE undone = 0") ?? 0
            let redo = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM change_log WHERE undone = 1") ?? 0
            return (undo, redo)
        }
    }

    static func replay(_ db: Database, row: Row, forward: Bool) throws -> ChangeSummary {
        let id: Int64 = row["id"]
        let description: String = row["description"]
        let payload: String = row["changes"]
        let changes: [RowChange]
        do {
            changes = try JSONDecoder().decode([RowChange].self, from: Data(payload.utf8))
        } catch {
            throw StoreError.corrupt(path: "change log entry #\(id)", detail: "it cannot be read back")
        }
        // Children may be restored before their parent; checks run at commit.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        let ordered = forward ? changes : changes.reversed()
        var accountIDs = Set<Int64>()
        var changesAccountList = false
        for change in ordered {
            try RowChange.apply(db, table: change.table, key: change.key, state: forward ? change.after : change.before)
            if change.table == "account" {
                if case .integer(let accountID) = change.key["id"] { accountIDs.insert(accountID) }
                if change.before == nil || change.after == nil { changesAccountList = true }
            }
            for state in [change.before, change.after] {
                if case .integer(let accountID) = state?["account_id"] { accountIDs.insert(accountID) }
            }
        }
        return ChangeSummary(id: id, description: description, accountIDs: accountIDs, changesAccountList: changesAccountList)
    }
}
