import RapportCore

/// Where a row sits in a sort: its sort values, ending in the account id so that every key is
/// unique. Opaque to the view model, which hands it back to ask for the rows after (or
/// before) it: keyset paging, so no page costs more than its own rows.
public struct AccountListKey: Hashable, Sendable {
    enum Value: Hashable, Sendable {
        case integer(Int64)
        case text(String)
    }

    let values: [Value]
    public let accountID: Int64
}

/// One row of the accounts list with its place in the sort.
public struct AccountListEntry: Hashable, Sendable, Identifiable {
    public let summary: AccountSummary
    public let key: AccountListKey

    public var id: Int64 { summary.id }

    public init(summary: AccountSummary, key: AccountListKey) {
        self.summary = summary
        self.key = key
    }
}

/// Which rows of the sorted (and perhaps filtered) accounts list to read.
public struct AccountPageRequest: Hashable, Sendable {
    public enum Anchor: Hashable, Sendable {
        /// From the top of the list.
        case first
        /// The bottom of the list.
        case last
        /// The rows after this one.
        case after(AccountListKey)
        /// The rows before this one (returned in list order).
        case before(AccountListKey)
        /// This row (if it is still there) and the rows after it.
        case from(AccountListKey)
        /// The page around this account, which is then in the middle; the top when it is not
        /// in the list (filtered out, or gone).
        case around(accountID: Int64)
    }

    public var sort: AccountSort
    /// What `/` was given; empty for the whole book.
    public var search: String
    public var anchor: Anchor
    public var limit: Int

    public init(sort: AccountSort, search: String = "", anchor: Anchor, limit: Int) {
        self.sort = sort
        self.search = search
        self.anchor = anchor
        self.limit = limit
    }
}

/// Rows of the accounts list, with whether they reach either end of it.
public struct AccountPage: Hashable, Sendable {
    public var entries: [AccountListEntry]
    /// No row comes before the first entry.
    public var reachesStart: Bool
    /// No row comes after the last entry.
    public var reachesEnd: Bool
    /// For `.around`: the entry of the account asked for, when it was found.
    public var focusIndex: Int?
    /// How many rows the list has in all (the matches of a search, or the whole book).
    public var totalCount: Int
    /// For a search: where each entry matched, when not in its own name, industry, owner or region.
    public var matchLabels: [Int64: String]

    public init(
        entries: [AccountListEntry], reachesStart: Bool, reachesEnd: Bool, focusIndex: Int? = nil, totalCount: Int,
        matchLabels: [Int64: String] = [:]
    ) {
        self.entries = entries
        self.reachesStart = reachesStart
        self.reachesEnd = reachesEnd
        self.focusIndex = focusIndex
        self.totalCount = totalCount
        self.matchLabels = matchLabels
    }
}
