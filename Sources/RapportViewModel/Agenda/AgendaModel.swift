import RapportCore

/// The agenda pane (`a`, `:agenda`): one ranked queue across every account, drawn over the
/// dashboard while it is open. It holds the first `limit` items as the store ranked them.
public struct AgendaModel: Equatable, Sendable {
    public var items: [RankedAgendaItem] = []
    public var isLoaded = false
    public var selection = 0
    /// `i`: the selected item's score, term by term.
    public var isExplaining = false
    /// `z`: the small choice of how long to snooze.
    public var isChoosingSnooze = false
    /// A KPI tile's list in the same pane (Enter on a tile, `:list NAME`); nil for the agenda.
    public var list: BookList?

    /// How many items the pane reads: a few screens; the rest is never looked at.
    public static let limit = 200

    public init(list: BookList? = nil) { self.list = list }

    public var selectedItem: RankedAgendaItem? { items.indices.contains(selection) ? items[selection] : nil }

    /// Takes a new list, keeping the cursor on the same item when it is still there, else on
    /// the same row (the item done or snoozed is replaced by the next one).
    mutating func receive(_ newItems: [RankedAgendaItem]) {
        let key = selectedItem?.item.key
        items = newItems
        isLoaded = true
        if let key, let index = newItems.firstIndex(where: { $0.item.key == key }) {
            selection = index
        } else {
            selection = min(selection, max(newItems.count - 1, 0))
        }
    }

    mutating func move(by delta: Int) {
        guard !items.isEmpty else { return }
        selection = min(max(selection + delta, 0), items.count - 1)
    }
}
