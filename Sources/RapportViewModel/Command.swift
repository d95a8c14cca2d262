/// Everything a user can ask for, named after intent. Keys resolve to commands through the
/// `Keymap`; `ViewModel.perform(_:)` carries them out.
public enum Command: Hashable, Sendable {
    case moveUp
    case moveDown
    case pageUp
    case pageDown
    case moveToTop
    case moveToBottom
    case focusNext
    case focusPrevious
    case openFilter
    case filterInput(Character)
    case filterDeleteBackward
    case filterClear
    case filterAccept
    case filterCancel
    case cycleSort
    /// Enter on an account: its detail view.
    case openDetail
    case closeDetail
    case nextSection
    case previousSection
    case bumpProgress(Int)
    case cycleStatus(forward: Bool)
    /// Undo the latest change (kept in the store, so it works across restarts).
    case undo
    case redo
    case toggleHelp
    case closeOverlay
    /// Esc in normal mode: drop the applied filter.
    case back
    case quit
    /// The runtime tells the view model how many list rows each pane shows, for paging and scrolling.
    case setViewport(accountRows: Int, initiativeRows: Int)
}
