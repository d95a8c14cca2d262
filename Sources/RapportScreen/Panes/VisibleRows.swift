import RapportViewModel

extension ListPosition {
    /// The items a list shows: from the first row on screen, at most `rows` of them. Panes build
    /// rows for these only, however long the list.
    func visibleItems<Item>(of items: [Item], rows: Int) -> [Item] {
        let end = Swift.min(items.count, offset + Swift.max(0, rows))
        return offset < end ? Array(items[offset..<end]) : []
    }
}
