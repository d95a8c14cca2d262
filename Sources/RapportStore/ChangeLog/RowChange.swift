import Foundation
import GRDB

/// One row before and after a change: enough to put it back either way.
struct RowChange: Codable, Hashable, Sendable {
    let table: String
    /// The primary key columns and their values.
    let key: [String: StoredValue]
    /// nil when the change created the row.
    let before: [String: StoredValue]?
    /// nil when the change deleted the row.
    let after: [String: StoredValue]?

    /// The tables the change log may touch, and their primary keys. Table names in SQL are
    /// never taken from the log itself, so a tampered store cannot inject SQL through it.
    static let primaryKeys: [String: [String]] = [
        "account": ["id"],
        "contact": ["id"],
        "initiative": ["id"],
        "progress_update": ["id"],
        "metric_point": ["account_id", "metric", "month"],
        "interaction": ["id"],
        "opportunity": ["id"],
        "interaction_contact": ["interaction_id", "contact_id"],
        "milestone": ["id"],
        "initiative_stakeholder": ["initiative_id", "contact_id"],
        "agenda_snooze": ["item_key"],
        "sent_update": ["id"],
    ]

    /// The text columns each table's rows are read with, their NULs shown (see `ShownText`):
    /// the log then holds what the app read, and `apply` compares it with the row as read now.
    static let textColumns: [String: [String]] = [
        AccountRecord.databaseTableName: AccountRecord.textColumns,
        ContactRecord.databaseTableName: ContactRecord.textColumns,
        InitiativeRecord.databaseTableName: InitiativeRecord.textColumns,
        ProgressUpdateRecord.databaseTableName: ProgressUpdateRecord.textColumns,
        InteractionRecord.databaseTableName: InteractionRecord.textColumns,
        OpportunityRecord.databaseTableName: OpportunityRecord.textColumns,
        MilestoneRecord.databaseTableName: MilestoneRecord.textColumns,
    ]

    /// Kept by a trigger, not by the log: restoring an old version number would let a form
    /// opened before the undo save over it as if nothing had happened.
    static let versionColumn = "version"

    /// Reads the row of `table` with `key`, or nil when there is none.
    static func snapshot(_ db: Database, table: String, key: [String: StoredValue]) throws -> [String: StoredValue]? {
        guard let keyColumns = primaryKeys[table] else { throw StoreError.database("no undo support for table \(table)") }
        let condition = keyColumns.map { "\($0.quotedDatabaseIdentifier) = ?" }.joined(separator: " AND ")
        let arguments = StatementArguments(keyColumns.map { key[$0]?.databaseValue ?? .null })
        // The few shapes this takes (one per table) stay prepared: every write reads rows here.
        let selection = ShownText.selectionSQL(textColumns[table] ?? [])
        let request = SQLRequest<Row>(
            sql: "SELECT \(selection) FROM \(table.quotedDatabaseIdentifier) WHERE \(condition)", arguments: arguments, cached: true)
        guard let row = try Row.fetchOne(db, request) else {
            return nil
        }
        var values: [String: StoredValue] = [:]
        // A text column comes twice, shown and as stored: the first, shown, is the one kept.
        for (column, value) in row where values[column] == nil { values[column] = StoredValue(value) }
        return values
    }

    /// Whether two states of a row hold the same data (versions aside).
    static func sameData(_ lhs: [String: StoredValue]?, _ rhs: [String: StoredValue]?) -> Bool {
        lhs?.filter { $0.key != versionColumn } == rhs?.filter { $0.key != versionColumn }
    }

    /// Makes the row at `key` equal `state`: updated, inserted, or deleted.
    static func apply(_ db: Database, table: String, key: [String: StoredValue], state: [String: StoredValue]?) throws {
        guard let keyColumns = primaryKeys[table] else { throw StoreError.database("no undo support for table \(table)") }
        let quotedTable = table.quotedDatabaseIdentifier
        let condition = keyColumns.map { "\($0.quotedDatabaseIdentifier) = ?" }.joined(separator: " AND ")
        let keyArguments = keyColumns.map { key[$0]?.databaseValue ?? .null }
        guard let state else {
            try db.execute(sql: "DELETE FROM \(quotedTable) WHERE \(condition)", arguments: StatementArguments(keyArguments))
            return
        }
        // Only columns the table really has; the log may come from an older schema.
        let columns = try db.columns(in: table).map(\.name).filter { state[$0] != nil }
        if let current = try snapshot(db, table: table, key: key) {
            // UPDATE, not DELETE + INSERT: deleting a parent would cascade to its children.
            // Only the columns that differ: a column that reads the same is left as stored, so
            // the bytes behind a shown NUL survive an undo of a change to another field.
            let assigned = columns.filter { $0 != versionColumn && state[$0] != current[$0] }
            guard !assigned.isEmpty else {
                // Nothing differs; a row with a version still gets a new one, as after every write.
                if columns.contains(versionColumn) {
                    try db.execute(
                        sql: "UPDATE \(quotedTable) SET \(versionColumn) = \(versionColumn) WHERE \(condition)",
                        arguments: StatementArguments(keyArguments))
                }
                return
            }
            let assignments = assigned.map { "\($0.quotedDatabaseIdentifier) = ?" }.joined(separator: ", ")
            try db.execute(
                sql: "UPDATE \(quotedTable) SET \(assignments) WHERE \(condition)",
                arguments: StatementArguments(assigned.map { state[$0]?.databaseValue ?? .null } + keyArguments))
        } else {
            let names = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
            let placeholders = columns.map { _ in "?" }.joined(separator: ", ")
            try db.execute(
                sql: "INSERT INTO \(quotedTable) (\(names)) VALUES (\(placeholders))",
                arguments: StatementArguments(columns.map { state[$0]?.databaseValue ?? .null }))
        }
    }

    /// The columns `summary(of:)` reads (which account, which record), whether the row was
    /// there before and after: what a change's summary needs of it, and no more.
    var outline: RowChange {
        let kept: Set<String> = ["id", "account_id", "initiative_id", "interaction_id", "metric"]
        return RowChange(table: table, key: key, before: before?.filter { kept.contains($0.key) }, after: after?.filter { kept.contains($0.key) })
    }

    /// The accounts a list of changes touched, and whether accounts came or went.
    static func summary(of changes: [RowChange], description: String, forward: Bool, focus: Int64?) -> ChangeSummary {
        var accountIDs = Set<Int64>()
        var changesAccountList = false
        var firstAccount: Int64?
        var removed = Set<Int64>()
        for change in changes {
            var touched: Int64?
            if change.table == "account" {
                if case .integer(let accountID) = change.key["id"] {
                    touched = accountID
                    if (forward ? change.after : change.before) == nil { removed.insert(accountID) }
                }
                if change.before == nil || change.after == nil { changesAccountList = true }
            }
            for state in [change.before, change.after] {
                if case .integer(let accountID) = state?["account_id"] { touched = touched ?? accountID; accountIDs.insert(accountID) }
            }
            if let touched {
                accountIDs.insert(touched)
                firstAccount = firstAccount ?? touched
            }
        }
        if let focus { accountIDs.insert(focus) }
        let focusAccount = focus ?? firstAccount
        // An account that came or went is itself what to show; otherwise the first record the
        // change leaves in place (an undone addition leaves nothing to select).
        let record = changesAccountList ? nil : changes.lazy.compactMap { change in
            (forward ? change.after : change.before).flatMap(change.changedRecord(in:))
        }.first
        // A progress or status change this change made (not one it undid).
        let recordedUpdate = changes.first { $0.table == "progress_update" && (forward ? $0.before == nil && $0.after != nil : false) }
        var progressUpdateID: Int64?
        if case .integer(let id) = recordedUpdate?.key["id"] { progressUpdateID = id }
        return ChangeSummary(
            description: description, accountIDs: accountIDs, focusAccountID: focusAccount.flatMap { removed.contains($0) ? nil : $0 },
            changesAccountList: changesAccountList, removedAccountIDs: removed, record: record, progressUpdateID: progressUpdateID)
    }
}
