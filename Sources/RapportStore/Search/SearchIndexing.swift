import GRDB
import RapportCore

/// Builds each account's entry in `account_search`: its own fields in `own`, and the text of
/// its contacts, notes and timeline in `other`.
enum SearchIndexing {
    static func rebuild(_ db: Database, ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let list = ids.map(String.init).joined(separator: ",")
        var own: [Int64: String] = [:]
        var other: [Int64: [String]] = [:]
        let accounts = try Row.fetchCursor(db, sql: "SELECT id, name, industry, owner, region, notes FROM account WHERE id IN (\(list))")
        while let row = try accounts.next() {
            let id: Int64 = row[0]
            own[id] = [row[1], row[2], row[3], row[4]].map { ($0 as String?) ?? "" }.joined(separator: " ")
            let notes: String = row[5]
            if !notes.isEmpty { other[id, default: []].append(notes) }
        }
        let contacts = try Row.fetchCursor(db, sql: "SELECT account_id, name, email FROM contact WHERE account_id IN (\(list))")
        while let row = try contacts.next() {
            other[row[0], default: []].append("\(row[1] as String) \(row[2] as String)")
        }
        let timeline = try Row.fetchCursor(db, sql: "SELECT account_id, summary, next_step FROM interaction WHERE account_id IN (\(list))")
        while let row = try timeline.next() {
            other[row[0], default: []].append("\(row[1] as String) \(row[2] as String)")
        }
        try db.execute(sql: "DELETE FROM account_search WHERE rowid IN (\(list))")
        let insert = try db.cachedStatement(sql: "INSERT INTO account_search (rowid, own, other) VALUES (?, ?, ?)")
        for id in ids {
            guard let fields = own[id] else { continue }  // the account went in the same transaction
            try insert.execute(arguments: [id, fields, (other[id] ?? []).joined(separator: "\n")])
        }
        try db.execute(sql: "UPDATE account_summary SET stale = stale & ~\(SummaryRefresh.textBit) WHERE account_id IN (\(list))")
    }
}
