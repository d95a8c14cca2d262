import RapportViewModel

/// Where each list on screen is scrolled, kept between frames by the renderer (as ratatui's
/// `ListState` keeps its offset): scrolling is worked out when drawing, from the selection and
/// the rows the pane has, so the view model never needs to know a pane's height.
public struct ScrollMemory: Equatable, Sendable {
    public typealias List = ScrolledList

    /// The id of the row at the top of each list, so a list that was reloaded or moved its
    /// window stays put on screen.
    private var tops: [List: Int64] = [:]
    /// Lists shown from their first row whose whole content is in `ids` (see `keepsStart`).
    private var atStart: Set<List> = []
    /// What the last frame measured of the open help or read view (nil when none is open);
    /// the event loop hands it to the view model, which scrolls no further than it allows.
    public internal(set) var overlayMeasure: OverlayMeasure?

    /// The tops as last drawn, for mapping a click to the row the user saw.
    public var shown: ShownLists { ShownLists(tops: tops) }

    public init() {}

    /// The first row to show of `ids` in `rows` lines with `selected` in view: the last top if
    /// it still keeps the selection on screen, else scrolled just enough to show it.
    ///
    /// `keepsStart`, for a list held whole (the agenda): one shown from its first row stays at
    /// its first row when rows come in above the old top, as an item brought back by undo does;
    /// kept by id, the old top would stay put and hide the new first row above the pane.
    public mutating func offset(_ list: List, ids: [Int64], selected: Int, rows: Int, keepsStart: Bool = false) -> Int {
        guard !ids.isEmpty, rows > 0 else {
            tops[list] = nil
            atStart.remove(list)
            return 0
        }
        let selected = min(max(0, selected), ids.count - 1)
        if keepsStart, atStart.contains(list), selected < rows {
            tops[list] = ids[0]
            return 0
        }
        // Not pulled back to fill the pane (as ratatui's List does not): a pane that grows near
        // the end of its list (stacked, the accounts pane is as tall as the selected account's
        // initiatives leave it) would otherwise shift every row while the cursor moves.
        var offset = tops[list].flatMap { top in ids.firstIndex(of: top) } ?? 0
        if selected < offset { offset = selected }
        if selected >= offset + rows { offset = selected - rows + 1 }
        tops[list] = ids[offset]
        if offset == 0 { atStart.insert(list) } else { atStart.remove(list) }
        return offset
    }
}

extension Array {
    /// The items a list shows: from `offset`, at most `rows` of them. Panes build rows for
    /// these only, however long the list.
    func visible(from offset: Int, rows: Int) -> ArraySlice<Element> {
        let start = Swift.min(Swift.max(0, offset), count)
        return self[start..<Swift.min(count, start + Swift.max(0, rows))]
    }
}
