import GRDB
import RapportCore

/// Builds each account's entry in `account_search`: its own fields in `own`, and the text of
/// its contacts, notes, timeline and initiatives in `other`.
enum SearchIndexing {
    // What each column holds, in one place, so a bulk load writes exactly what a rebuild would.
    static func ownText(name: String, industry: String, owner: String, region: String) -> String {
        "\(name) \(industry) \(owner) \(region)"
    }

    static func contactText(name: String, email: String) -> String { "\(name) \(email)" }

    static func interactionText(summary: String, nextStep: String) -> String { "\(summary) \(nextStep)" }

    /// An initiative's title and its status as the screen names it, so "/blocked" and "/at risk"
    /// find the accounts with such an initiative. Done initiatives count too: a manager still
    /// knows an account by the work delivered there ("the ERP rollout"), and "/done" finds it.
    static func initiativeText(title: String, status: String) -> String {
        "\(title) \(InitiativeStatus(rawValue: status)?.label ?? status)"
    }

    /// Notes first, then contacts, then the timeline, then initiatives, in the order they were added.
    static func otherText(_ parts: [String]) -> String { parts.joined(separator: "\n") }

    /// Takes the entries of deleted accounts out of the index.
    static func removeDeletedAccounts(_ db: Database) throws {
        let removed = try Int64.fetchAll(db, SQLRequest(sql: "SELECT account_id FROM account_search_removed", cached: true))
        guard !removed.isEmpty else { return }
        for start in stride(from: 0, to: removed.count, by: SummaryRefresh.chunkSize) {
            let list = removed[start..<min(start + SummaryRefresh.chunkSize, removed.count)].map(String.init).joined(separator: ",")
            try db.execute(sql: "DELETE FROM account_search WHERE rowid IN (\(list))")
        }
        try db.execute(sql: "DELETE FROM account_search_removed")
    }

    static func rebuild(_ db: Database, ids: [Int64]) throws {
        guard !ids.isEmpty else { return }
        let list = ids.map(String.init).joined(separator: ",")
        var own: [Int64: String] = [:]
        var other: [Int64: [String]] = [:]
        // Text is read with its NULs shown (see `ShownText`): cut at a NUL, the words after it could not be found.
        let shown = { (column: String) in ShownText.expression(column) }
        let accounts = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, \(shown("name")), \(shown("industry")), \(shown("owner")), \(shown("region")), \(shown("notes"))
                FROM account WHERE id IN (\(list))
                """)
        while let row = try accounts.next() {
            let id: Int64 = try row.decode(atIndex: 0)
            own[id] = try ownText(name: row.decode(atIndex: 1), industry: row.decode(atIndex: 2), owner: row.decode(atIndex: 3), region: row.decode(atIndex: 4))
            let notes: String = try row.decode(atIndex: 5)
            if !notes.isEmpty { other[id, default: []].append(notes) }
        }
        let contacts = try Row.fetchCursor(db, sql: "SELECT account_id, \(shown("name")), \(shown("email")) FROM contact WHERE account_id IN (\(list)) ORDER BY id")
        while let row = try contacts.next() {
            try other[row.decode(atIndex: 0), default: []].append(contactText(name: row.decode(atIndex: 1), email: row.decode(atIndex: 2)))
        }
        let timeline = try Row.fetchCursor(
            db, sql: "SELECT account_id, \(shown("summary")), \(shown("next_step")) FROM interaction WHERE account_id IN (\(list)) ORDER BY id")
        while let row = try timeline.next() {
            try other[row.decode(atIndex: 0), default: []].append(interactionText(summary: row.decode(atIndex: 1), nextStep: row.decode(atIndex: 2)))
        }
        let initiatives = try Row.fetchCursor(
            db, sql: "SELECT account_id, \(shown("title")), status FROM initiative WHERE account_id IN (\(list)) ORDER BY id")
        while let row = try initiatives.next() {
            try other[row.decode(atIndex: 0), default: []].append(initiativeText(title: row.decode(atIndex: 1), status: row.decode(atIndex: 2)))
        }
        try db.execute(sql: "DELETE FROM account_search WHERE rowid IN (\(list))")
        let insert = try db.cachedStatement(sql: "INSERT INTO account_search (rowid, own, other) VALUES (?, ?, ?)")
        for id in ids {
            guard let fields = own[id] else { continue }  // the account went in the same transaction
            try insert.execute(arguments: [id, fields, otherText(other[id] ?? [])])
        }
        try db.execute(sql: "UPDATE account_summary SET stale = stale & ~\(SummaryRefresh.textBit) WHERE account_id IN (\(list))")
    }
}
