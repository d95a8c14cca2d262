import RapportCore
import RapportStore

/// The accounts list as a window onto the store: the rows loaded around the cursor (never the
/// whole book), the sort and the search, and which row is selected. Pages come by keyset from
/// the store as the cursor nears either end of the window.
public struct AccountList: Equatable, Sendable {
    public var sort: AccountSort
    /// What `/` was given (while typing, or applied); empty for the whole book.
    public var search: String
    /// `/` is being typed.
    public var isTyping: Bool
    /// The loaded rows, in list order.
    public var entries: [AccountListEntry]
    /// No row comes before `entries` / after it.
    public var reachesStart: Bool
    public var reachesEnd: Bool
    /// Rows in the whole list: the search's matches, or every account.
    public var totalCount: Int
    /// Index into `entries` of the selected row.
    public var selected: Int
    /// For a search: where each loaded row matched, when not in its own fields.
    public var matchLabels: [Int64: String]
    /// The first page has arrived (until then the list says it is loading, not that it is empty).
    public var isLoaded: Bool

    /// Rows read per page: two screens of the list, so the next screen is loaded before a page
    /// key needs it, and a keystroke that reads the list afresh (a filter being typed) reads
    /// little more than it shows.
    public private(set) var pageLimit: Int
    /// The most rows the window keeps: far more than a screen, far less than a book.
    var capacity: Int { 3 * pageLimit }

    public static func pageLimit(forRows rows: Int) -> Int { max(20, 2 * rows) }

    public init(sort: AccountSort = .name, screenRows: Int) {
        pageLimit = Self.pageLimit(forRows: screenRows)
        self.sort = sort
        search = ""
        isTyping = false
        entries = []
        reachesStart = true
        reachesEnd = true
        totalCount = 0
        selected = 0
        matchLabels = [:]
        isLoaded = false
    }

    public var selectedEntry: AccountListEntry? { entries.indices.contains(selected) ? entries[selected] : nil }

    public var selectedID: Int64? { selectedEntry?.id }

    public var showsFilterLine: Bool { isTyping || !search.isEmpty }

    // MARK: - Requests

    func request(_ anchor: AccountPageRequest.Anchor) -> AccountPageRequest {
        AccountPageRequest(sort: sort, search: search, anchor: anchor, limit: pageLimit)
    }

    /// The screen has this many list rows now.
    mutating func fit(screenRows rows: Int) { pageLimit = Self.pageLimit(forRows: rows) }

    /// The window again, around the selected account (or from the top): after a write, a new
    /// sort or search, or another program's change.
    func reload() -> AccountPageRequest {
        guard let id = selectedID else { return request(.first) }
        return request(.around(accountID: id))
    }

    /// Pages that keep a screen of rows loaded beyond the cursor in both directions.
    func lookahead(pageRows: Int) -> [AccountPageRequest] {
        var requests: [AccountPageRequest] = []
        let margin = max(1, pageRows)
        if !reachesEnd, let last = entries.last, entries.count - 1 - selected < margin {
            requests.append(request(.after(last.key)))
        }
        if !reachesStart, let first = entries.first, selected < margin {
            requests.append(request(.before(first.key)))
        }
        return requests
    }

    // MARK: - Moving

    /// Moves the cursor within the loaded rows; returns the pages to read next.
    mutating func move(by delta: Int, pageRows: Int) -> [AccountPageRequest] {
        guard !entries.isEmpty else { return [] }
        selected = min(max(0, selected + delta), entries.count - 1)
        return lookahead(pageRows: pageRows)
    }

    /// `g`: the top, read afresh unless it is loaded.
    mutating func moveToTop() -> [AccountPageRequest] {
        if reachesStart {
            selected = 0
            return []
        }
        return [request(.first)]
    }

    /// `G`: the bottom, read afresh unless it is loaded.
    mutating func moveToBottom() -> [AccountPageRequest] {
        if reachesEnd {
            selected = max(0, entries.count - 1)
            return []
        }
        return [request(.last)]
    }

    // MARK: - Pages

    /// Takes in a page read for `request`; a page for another sort or search is dropped.
    mutating func receive(_ page: AccountPage, for request: AccountPageRequest) {
        guard request.sort == sort, request.search == search else { return }
        isLoaded = true
        totalCount = page.totalCount
        switch request.anchor {
        case .first:
            replace(with: page)
            selected = 0
        case .last:
            replace(with: page)
            selected = max(0, entries.count - 1)
        case .around(let accountID):
            let keep = selectedID
            replace(with: page)
            if let index = page.focusIndex, entries.indices.contains(index), entries[index].id == accountID {
                selected = index
            } else if let keep, let index = entries.firstIndex(where: { $0.id == keep }) {
                selected = index
            } else {
                selected = 0
            }
        case .from:
            let keep = selectedID
            replace(with: page)
            selected = keep.flatMap { id in entries.firstIndex { $0.id == id } } ?? min(selected, max(0, entries.count - 1))
        case .after(let key):
            guard entries.last?.key == key else { return }
            entries += page.entries
            matchLabels.merge(page.matchLabels) { _, new in new }
            reachesEnd = page.reachesEnd
            let excess = entries.count - capacity
            if excess > 0, selected >= excess {
                dropFirst(excess)
            }
        case .before(let key):
            guard entries.first?.key == key else { return }
            entries = page.entries + entries
            selected += page.entries.count
            matchLabels.merge(page.matchLabels) { _, new in new }
            reachesStart = page.reachesStart
            let excess = entries.count - capacity
            if excess > 0, selected < entries.count - excess {
                let dropped = entries.suffix(excess).map(\.id)
                entries.removeLast(excess)
                for id in dropped { matchLabels[id] = nil }
                reachesEnd = false
            }
        }
    }

    /// Puts fresh copies of loaded rows in place. False when a row moved in the sort or is gone,
    /// so the window must be read again.
    mutating func refresh(_ rows: [AccountListEntry], asked ids: [Int64]) -> Bool {
        guard rows.count == ids.count else { return false }
        for row in rows {
            guard let index = entries.firstIndex(where: { $0.id == row.id }), entries[index].key == row.key else { return false }
            entries[index] = row
        }
        return true
    }

    private mutating func replace(with page: AccountPage) {
        entries = page.entries
        reachesStart = page.reachesStart
        reachesEnd = page.reachesEnd
        matchLabels = page.matchLabels
    }

    private mutating func dropFirst(_ count: Int) {
        for id in entries.prefix(count).map(\.id) { matchLabels[id] = nil }
        entries.removeFirst(count)
        selected -= count
        reachesStart = false
    }
}
