import GRDB
import RapportCore

/// The plan for a broad search: read the sort's index in order and test each account against
/// the search, until a page is found.
///
/// Testing one account costs about 17 µs when every search word is one or two letters, since
/// the search index keeps those prefixes (`prefix = '1 2'`); a longer word merges the lists of
/// every word it begins, near 1 ms an account, so those searches always sort their matches.
/// When a fifth of the book or more matches, a page of 100 is found within about 500 accounts;
/// the walk still stops after `limit` accounts, since matches may sit late in the order, and
/// the caller then sorts the matches instead.
enum AccountIndexWalk {
    /// The longest word the search index keeps as its own prefix.
    static let indexedPrefixLength = 2
    /// The least share of the book a search must match to walk.
    static let leastShare = 0.2
    /// How many accounts a walk tests before giving up.
    static let limit = 1_000

    static func suits(_ search: SearchQuery, share: Double) -> Bool {
        !search.isEmpty && share >= leastShare && search.words.allSatisfy { $0.count <= indexedPrefixLength }
    }

    /// The page, or nil when the walk gave up before finding it.
    static func page(_ db: Database, sort: AccountSort, search: SearchQuery, keyset: Keyset, limit pageLimit: Int) throws -> [AccountListEntry]? {
        // The test is a correlated EXISTS, so it runs per account as the cursor advances; an
        // `IN (SELECT rowid ...)` would first list every match, which is the cost being avoided.
        let sql = """
            SELECT s.account_id,
                EXISTS (SELECT 1 FROM account_search WHERE account_search MATCH ? AND rowid = s.account_id)
            FROM account_summary s INDEXED BY \(indexName(sort))
            \(keyset.condition.map { "WHERE " + $0 } ?? "")
            ORDER BY \(keyset.order)
            """
        let arguments: [(any DatabaseValueConvertible)?] = [SearchMatch.expression(search)] + keyset.arguments
        let cursor = try Row.fetchCursor(db, SQLRequest(sql: sql, arguments: StatementArguments(arguments), cached: true))
        var found: [Int64] = []
        var tested = 0
        while found.count < pageLimit {
            guard let row = try cursor.next() else { break }
            if row[1] as Bool { found.append(row[0]) }
            tested += 1
            if tested == limit && found.count < pageLimit { return nil }
        }
        let entries = try AccountPageQuery.rows(db, sort: sort, ids: found)
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.summary.id, $0) })
        return found.compactMap { byID[$0] }
    }

    /// The sort's index, named so the walk reads it in order rather than sorting.
    static func indexName(_ sort: AccountSort) -> String {
        switch sort {
        case .name: return "account_summary_by_name"
        case .arr: return "account_summary_by_arr"
        case .health: return "account_summary_by_health"
        case .renewal: return "account_summary_by_renewal"
        }
    }
}
