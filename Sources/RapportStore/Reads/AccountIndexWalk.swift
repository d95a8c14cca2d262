import GRDB
import RapportCore

/// The plan for a broad search: read the sort's index in order, test each account against the
/// search, and stop when a page is found. It gives up after a bounded number of accounts, since
/// matches may all sit late in the order; the caller then sorts the matches instead.
///
/// Two ways to test an account, measured on 100,000 accounts:
/// - Probe the search index for it: about 17 µs an account when every search word is one or
///   two letters, since the index keeps those prefixes (`prefix = '1 2'`); a longer word merges
///   the lists of every word it begins, near 1 ms an account. Worth it when the search matches
///   a large share of the book, so a page is found within a few hundred accounts.
/// - Look it up in the list of matches, built once (0.1 µs a match), at about 0.3 µs an account:
///   worth it when there are so many matches that sorting them (0.5 µs a match) costs more.
enum AccountIndexWalk {
    enum Test: Equatable {
        case probe
        case matchList
    }

    /// The longest word the search index keeps as its own prefix.
    static let indexedPrefixLength = 2
    /// The least share of the book a search must match for probing to pay.
    static let leastProbeShare = 0.2
    /// How many accounts probing tests before giving up.
    static let probeLimit = 1_000
    /// The fewest matches for which walking with the list beats sorting them.
    static let leastListedMatches = 8_000
    /// How many accounts a walk with the list reads before giving up.
    static let listLimit = 15_000

    /// How a search this broad walks, or nil when sorting its matches is cheaper.
    static func test(for search: SearchQuery, breadth: SearchBreadth) -> Test? {
        if breadth.share >= leastProbeShare && search.words.allSatisfy({ $0.count <= indexedPrefixLength }) { return .probe }
        if breadth.matches >= leastListedMatches { return .matchList }
        return nil
    }

    /// The page, or nil when this search does not walk or the walk gave up before finding it.
    static func page(
        _ db: Database, sort: AccountSort, search: SearchQuery, breadth: SearchBreadth, keyset: Keyset, limit pageLimit: Int
    ) throws -> [AccountListEntry]? {
        guard let test = test(for: search, breadth: breadth) else { return nil }
        let walkLimit = test == .probe ? probeLimit : listLimit
        return try page(db, sort: sort, search: search, testing: test, keyset: keyset, limit: pageLimit, walkLimit: walkLimit)
    }

    /// The page found testing each account with `test`, or nil when `walkLimit` accounts did
    /// not hold it.
    static func page(
        _ db: Database, sort: AccountSort, search: SearchQuery, testing test: Test, keyset: Keyset, limit pageLimit: Int, walkLimit: Int
    ) throws -> [AccountListEntry]? {
        // Both tests run as the cursor advances: the probe is a correlated EXISTS, and the list
        // of an uncorrelated IN is built once, on the first row.
        let matches: String
        switch test {
        case .probe: matches = "EXISTS (SELECT 1 FROM account_search WHERE account_search MATCH ? AND rowid = s.account_id)"
        case .matchList: matches = "s.account_id IN (SELECT rowid FROM account_search WHERE account_search MATCH ?)"
        }
        let sql = """
            SELECT s.account_id, \(matches) FROM account_summary s INDEXED BY \(indexName(sort))
            \(keyset.condition.map { "WHERE " + $0 } ?? "")
            ORDER BY \(keyset.order)
            """
        let arguments: [(any DatabaseValueConvertible)?] = [SearchMatch.expression(search)] + keyset.arguments
        let cursor = try Row.fetchCursor(db, SQLRequest(sql: sql, arguments: StatementArguments(arguments), cached: true))
        var found: [Int64] = []
        var tested = 0
        while found.count < pageLimit {
            guard let row = try cursor.next() else { break }
            if try row.decode(atIndex: 1) as Bool { found.append(try row.decode(atIndex: 0)) }
            tested += 1
            if tested == walkLimit && found.count < pageLimit { return nil }
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
        case .followUp: return "account_summary_by_follow_up"
        case .risk: return "account_summary_by_risk"
        }
    }
}
