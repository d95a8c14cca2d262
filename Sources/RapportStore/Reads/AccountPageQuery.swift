import GRDB
import RapportCore

/// Reads pages of the accounts list from `account_summary` by keyset: each page starts from
/// the last row's key through the sort's index, so the 5,000th page costs what the first does,
/// and nothing proportional to the book is held in memory.
enum AccountPageQuery {
    /// The key columns of each sort, matching its index.
    static func keyColumns(_ sort: AccountSort) -> [String] {
        switch sort {
        case .name: return ["s.name_key", "s.account_id"]
        case .arr: return ["s.arr_key", "s.name_key", "s.account_id"]
        case .health: return ["s.health", "s.name_key", "s.account_id"]
        case .renewal: return ["s.renewal_key", "s.name_key", "s.account_id"]
        case .followUp: return ["s.follow_up_key", "s.name_key", "s.account_id"]
        case .risk: return ["s.risk_key", "s.name_key", "s.account_id"]
        }
    }

    static let columns = """
        a.id, \(ShownText.expression("name", of: "a")), \(ShownText.expression("industry", of: "a")),
        \(ShownText.expression("owner", of: "a")), \(ShownText.expression("region", of: "a")),
        a.tier, a.arr_minor, a.renewal_date, a.next_follow_up, s.health, s.trouble, s.touch_state, s.touch_days, s.touch_trigger,
        s.former
        """

    static func fetch(_ db: Database, _ request: AccountPageRequest) throws -> AccountPage {
        var page = try rows(db, request)
        page.matchLabels = try MatchLabels.find(db, entries: page.entries, search: SearchQuery(request.search))
        return page
    }

    private static func rows(_ db: Database, _ request: AccountPageRequest) throws -> AccountPage {
        let search = SearchQuery(request.search)
        let total = try count(db, search: search)
        // How many accounts match, and what share of the book, tells a broad search from a narrow one.
        let breadth = SearchBreadth(matches: total, book: search.isEmpty ? total : try count(db, search: SearchQuery("")))
        let limit = max(1, request.limit)
        switch request.anchor {
        case .first:
            let rows = try fetch(db, request.sort, search, breadth: breadth, after: nil, inclusive: false, descending: false, limit: limit + 1)
            return AccountPage(entries: Array(rows.prefix(limit)), reachesStart: true, reachesEnd: rows.count <= limit, totalCount: total)
        case .last:
            let rows = try fetch(db, request.sort, search, breadth: breadth, after: nil, inclusive: false, descending: true, limit: limit + 1)
            return AccountPage(entries: Array(rows.prefix(limit).reversed()), reachesStart: rows.count <= limit, reachesEnd: true, totalCount: total)
        case .after(let key), .from(let key):
            let inclusive = request.anchor == .from(key)
            let rows = try fetch(db, request.sort, search, breadth: breadth, after: key, inclusive: inclusive, descending: false, limit: limit + 1)
            return AccountPage(entries: Array(rows.prefix(limit)), reachesStart: false, reachesEnd: rows.count <= limit, totalCount: total)
        case .before(let key):
            let rows = try fetch(db, request.sort, search, breadth: breadth, after: key, inclusive: false, descending: true, limit: limit + 1)
            return AccountPage(entries: Array(rows.prefix(limit).reversed()), reachesStart: rows.count <= limit, reachesEnd: false, totalCount: total)
        case .around(let accountID):
            guard let key = try key(db, sort: request.sort, search: search, accountID: accountID) else {
                var page = try rows(db, AccountPageRequest(sort: request.sort, search: request.search, anchor: .first, limit: limit))
                page.focusIndex = nil
                return page
            }
            let half = limit / 2
            let before = try fetch(db, request.sort, search, breadth: breadth, after: key, inclusive: false, descending: true, limit: half + 1)
            let from = try fetch(db, request.sort, search, breadth: breadth, after: key, inclusive: true, descending: false, limit: limit - min(half, before.count) + 1)
            let shownBefore = Array(before.prefix(half).reversed())
            let shownFrom = Array(from.prefix(limit - shownBefore.count))
            return AccountPage(
                entries: shownBefore + shownFrom, reachesStart: before.count <= half,
                reachesEnd: from.count <= limit - shownBefore.count, focusIndex: shownBefore.count, totalCount: total)
        }
    }

    /// Rows in sort order (or reversed) strictly after `key` (or from it, when inclusive).
    ///
    /// A search has two plans. Sorting its matches costs in proportion to how many there are:
    /// right for a narrow search, but 20 ms for "n" on 100,000 accounts. A broad search instead
    /// walks the sort's index testing each account (see `AccountIndexWalk`), which finds a page
    /// within a few hundred accounts, and sorts its matches only when the walk gave up.
    static func fetch(
        _ db: Database, _ sort: AccountSort, _ search: SearchQuery, breadth: SearchBreadth, after key: AccountListKey?,
        inclusive: Bool, descending: Bool, limit: Int
    ) throws -> [AccountListEntry] {
        let keyset = Keyset(sort: sort, after: key, inclusive: inclusive, descending: descending)
        if !search.isEmpty, let walked = try AccountIndexWalk.page(db, sort: sort, search: search, breadth: breadth, keyset: keyset, limit: limit) {
            return walked
        }
        var arguments = keyset.arguments
        var conditions = keyset.condition.map { [$0] } ?? []
        if !search.isEmpty {
            conditions.append("s.account_id IN (SELECT rowid FROM account_search WHERE account_search MATCH ?)")
            arguments.append(SearchMatch.expression(search))
        }
        // The page's ids are chosen first, sorting no more than each match's key; only those
        // rows are then read whole (sorting whole summary rows took 2.5 times as long). The SQL
        // is one of a few shapes (sort × direction × search), so its prepared statement is kept:
        // preparing it on every keystroke cost more than running it.
        let chosen = """
            SELECT s.account_id FROM account_summary s \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(keyset.order) LIMIT \(limit)
            """
        let keyColumns = keyColumns(sort)
        let sql = """
            SELECT \(columns), \(keyColumns.joined(separator: ", "))
            FROM (\(chosen)) AS page JOIN account_summary s ON s.account_id = page.account_id JOIN account a ON a.id = page.account_id
            ORDER BY \(keyset.order)
            """
        let rows = try Row.fetchAll(db, SQLRequest(sql: sql, arguments: StatementArguments(arguments), cached: true))
        return try rows.map { row in try entry(row, keyCount: keyColumns.count) }
    }

    static func entry(_ row: Row, keyCount: Int) throws -> AccountListEntry {
        let summary = try AccountSummary(
            id: row.decode(atIndex: 0), name: row.decode(atIndex: 1), industry: row.decode(atIndex: 2), owner: row.decode(atIndex: 3), region: row.decode(atIndex: 4),
            tier: AccountTier(rawValue: row.decode(atIndex: 5)) ?? .midMarket, annualRecurringRevenue: Money(minorUnits: row.decode(atIndex: 6)),
            renewalDate: (row.decode(atIndex: 7) as String?).flatMap(Day.init(iso:)), nextFollowUp: (row.decode(atIndex: 8) as String?).flatMap(Day.init(iso:)),
            health: SummaryRow.decodeHealth(row.decode(atIndex: 9)), trouble: row.decode(atIndex: 10),
            stayInTouch: SummaryRow.decode(state: row.decode(atIndex: 11), days: row.decode(atIndex: 12), trigger: row.decode(atIndex: 13)),
            hasLeft: row.decode(atIndex: 14))
        let first = 15
        let values = try (first..<(first + keyCount)).map { index -> AccountListKey.Value in
            let value: DatabaseValue = try row.decode(atIndex: index)
            switch value.storage {
            case .int64(let number): return .integer(number)
            case .string(let text): return .text(text)
            default: return .text("")
            }
        }
        return AccountListEntry(summary: summary, key: AccountListKey(values: values, accountID: summary.id))
    }

    /// These accounts' rows and keys, in id order (accounts that are gone are left out).
    static func rows(_ db: Database, sort: AccountSort, ids: [Int64]) throws -> [AccountListEntry] {
        guard !ids.isEmpty else { return [] }
        let keyColumns = keyColumns(sort)
        let list = ids.map(String.init).joined(separator: ",")
        let sql = """
            SELECT \(columns), \(keyColumns.joined(separator: ", "))
            FROM account_summary s JOIN account a ON a.id = s.account_id
            WHERE s.account_id IN (\(list)) ORDER BY s.account_id
            """
        return try Row.fetchAll(db, sql: sql).map { try entry($0, keyCount: keyColumns.count) }
    }

    /// The key of `accountID` in this sort, when it is in the (searched) list.
    static func key(_ db: Database, sort: AccountSort, search: SearchQuery, accountID: Int64) throws -> AccountListKey? {
        var sql = "SELECT \(columns), \(keyColumns(sort).joined(separator: ", ")) FROM account_summary s JOIN account a ON a.id = s.account_id WHERE s.account_id = ?"
        var arguments: [(any DatabaseValueConvertible)?] = [accountID]
        if !search.isEmpty {
            // One row: probing the index by rowid costs far less than listing every match.
            sql += " AND EXISTS (SELECT 1 FROM account_search WHERE account_search MATCH ? AND rowid = s.account_id)"
            arguments.append(SearchMatch.expression(search))
        }
        guard let row = try Row.fetchOne(db, SQLRequest(sql: sql, arguments: StatementArguments(arguments), cached: true)) else { return nil }
        return try entry(row, keyCount: keyColumns(sort).count).key
    }

    static func count(_ db: Database, search: SearchQuery) throws -> Int {
        if search.isEmpty {
            return try Int.fetchOne(db, SQLRequest(sql: "SELECT accounts FROM book_totals WHERE id = 1", cached: true)) ?? 0
        }
        return try Int.fetchOne(
            db, SQLRequest(sql: "SELECT COUNT(*) FROM account_search WHERE account_search MATCH ?", arguments: [SearchMatch.expression(search)], cached: true)) ?? 0
    }
}
