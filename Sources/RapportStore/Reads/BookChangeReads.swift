import Foundation
import GRDB
import RapportCore

/// One change of the book, as "what changed" lists it: the account it belongs to, when, and
/// what the change log called it.
public struct BookChange: Hashable, Sendable {
    public let changeID: Int64
    /// nil when the account is gone (deleted since) or the change names none.
    public let accountID: Int64?
    public let accountName: String
    public let recordedAt: Date
    public let description: String
    /// How many changes the account has in the span, of which the newest are listed.
    public let accountChangeCount: Int

    public init(changeID: Int64, accountID: Int64?, accountName: String, recordedAt: Date, description: String, accountChangeCount: Int) {
        self.changeID = changeID
        self.accountID = accountID
        self.accountName = accountName
        self.recordedAt = recordedAt
        self.description = description
        self.accountChangeCount = accountChangeCount
    }
}

extension AppDatabase {
    /// Every change (not undone) recorded since the start of `since`, grouped by account (in
    /// the accounts list's name order, accents folded), newest first within each: at most `perAccount` of each account's and `limit` in
    /// all. SQL finds each entry's account in its rows (an initiative's for a milestone or
    /// stakeholder) and does the grouping and the limits; the log is never read whole.
    public func changes(since: Day, perAccount: Int, limit: Int) throws -> [BookChange] {
        try read { db in
            let sql = """
                WITH recent AS (
                    SELECT id, recorded_at, description, changes FROM change_log
                    WHERE recorded_at >= ? AND undone = 0
                ),
                owned AS (
                    SELECT r.id, r.recorded_at, r.description, (
                        SELECT COALESCE(
                            json_extract(e.value, '$.after.account_id.integer._0'),
                            json_extract(e.value, '$.before.account_id.integer._0'),
                            CASE WHEN json_extract(e.value, '$.table') = 'account' THEN json_extract(e.value, '$.key.id.integer._0') END,
                            (SELECT account_id FROM initiative WHERE id = COALESCE(
                                json_extract(e.value, '$.after.initiative_id.integer._0'),
                                json_extract(e.value, '$.before.initiative_id.integer._0'))))
                        FROM json_each(r.changes) e
                        ORDER BY e.key LIMIT 1
                    ) AS account_id
                    FROM recent r
                ),
                ranked AS (
                    SELECT o.*, \(ShownText.expression("name", of: "a")) AS account_name, s.name_key,
                           ROW_NUMBER() OVER (PARTITION BY o.account_id ORDER BY o.id DESC) AS rank,
                           COUNT(*) OVER (PARTITION BY o.account_id) AS account_count
                    FROM owned o LEFT JOIN account a ON a.id = o.account_id LEFT JOIN account_summary s ON s.account_id = a.id
                )
                SELECT id, account_id, account_name, recorded_at, \(ShownText.expression("description")) AS description, account_count
                FROM ranked WHERE rank <= ?
                ORDER BY account_name IS NULL, name_key, account_id, id DESC
                LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: [since.iso, max(1, perAccount), max(0, limit)]).map { row in
                let accountID: Int64? = try row.decode(atIndex: 1)
                let name: String? = try row.decode(atIndex: 2)
                return try BookChange(
                    changeID: row.decode(atIndex: 0), accountID: name == nil ? nil : accountID,
                    accountName: name ?? "Accounts since deleted", recordedAt: row.decode(atIndex: 3),
                    description: row.decode(atIndex: 4), accountChangeCount: row.decode(atIndex: 5))
            }
        }
    }
}
