import GRDB
import RapportCore

/// Says where a search result matched when it was not in the account's own fields: "contact
/// Ada Lovelace", "notes", "timeline 2026-11-02: Quarterly review", "initiative: ERP rollout". Worked out for the rows on
/// screen only, by reading those accounts' texts and matching them as the search index does.
enum MatchLabels {
    static func find(_ db: Database, entries: [AccountListEntry], search: SearchQuery) throws -> [Int64: String] {
        guard !search.isEmpty else { return [:] }
        var unmatched: [Int64: [String]] = [:]
        for entry in entries {
            let missing = search.unmatched(in: entry.summary.ownSearchText)
            if !missing.isEmpty { unmatched[entry.id] = missing }
        }
        guard !unmatched.isEmpty else { return [:] }
        let list = unmatched.keys.sorted().map(String.init).joined(separator: ",")
        var documents: [Int64: [(label: String, text: String)]] = [:]
        // Text is read with its NULs shown (see `ShownText`), as the search index holds it.
        let shown = { (column: String) in ShownText.expression(column) }
        let contacts = "SELECT account_id, \(shown("name")), \(shown("email")) FROM contact WHERE account_id IN (\(list)) ORDER BY account_id, id"
        for row in try Row.fetchAll(db, sql: contacts) {
            let name: String = try row.decode(atIndex: 1)
            try documents[row.decode(atIndex: 0), default: []].append(("contact \(name)", "\(name) \(row.decode(atIndex: 2) as String)"))
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, \(shown("notes")) FROM account WHERE id IN (\(list)) AND notes <> ''") {
            try documents[row.decode(atIndex: 0), default: []].append(("notes", row.decode(atIndex: 1)))
        }
        let timeline = """
            SELECT account_id, date, \(shown("summary")), \(shown("next_step")) FROM interaction
            WHERE account_id IN (\(list)) ORDER BY account_id, date DESC, id DESC
            """
        for row in try Row.fetchAll(db, sql: timeline) {
            let summary: String = try row.decode(atIndex: 2)
            try documents[row.decode(atIndex: 0), default: []].append(("timeline \(row.decode(atIndex: 1) as String): \(summary)", "\(summary) \(row.decode(atIndex: 3) as String)"))
        }
        let initiatives = "SELECT account_id, \(shown("title")), status FROM initiative WHERE account_id IN (\(list)) ORDER BY account_id, id"
        for row in try Row.fetchAll(db, sql: initiatives) {
            let title: String = try row.decode(atIndex: 1)
            try documents[row.decode(atIndex: 0), default: []].append(
                ("initiative: \(title)", SearchIndexing.initiativeText(title: title, status: row.decode(atIndex: 2))))
        }
        var labels: [Int64: String] = [:]
        for (accountID, words) in unmatched {
            let query = SearchQuery(words.joined(separator: " "))
            if let document = documents[accountID]?.first(where: { !query.unmatched(in: [$0.text]).elementsEqual(query.words) }) {
                labels[accountID] = document.label
            }
        }
        return labels
    }
}
