/// The lists that scroll on screen. Scrolling is worked out when drawing (the renderer keeps
/// each list's top row), so a click is mapped to a row with the tops the last frame drew.
public enum ScrolledList: Hashable, Sendable {
    case accounts
    case initiatives
    case contacts
    case timeline
    case pipeline
    case detailInitiatives
    case agenda
}

/// The id of the top row of each list as last drawn: what the event loop hands over with a
/// mouse event, so the view model maps the clicked line to the row the user saw there.
public struct ShownLists: Hashable, Sendable {
    public var tops: [ScrolledList: Int64]

    public init(tops: [ScrolledList: Int64] = [:]) { self.tops = tops }

    /// Index of the first row shown of `ids` (0 when the list was not drawn or its top is gone).
    public func topIndex(of list: ScrolledList, ids: [Int64]) -> Int {
        tops[list].flatMap { ids.firstIndex(of: $0) } ?? 0
    }
}
