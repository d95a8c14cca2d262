import RapportCore
import RapportStore

/// "What changed": the view over the screen, its cursor, and Enter going to an entry's account.
extension ViewModel {
    mutating func openChanges(since: Day) -> [Effect] {
        let view = ChangesView(since: since)
        state.overlay = .changes(view)
        state.prompt = nil
        return [.load(view.query)]
    }

    mutating func receiveChanges(_ query: StoreQuery, _ entries: [BookChange]) {
        guard case .changes(var view) = state.overlay, view.query == query else { return }
        view.entries = entries
        view.cursor = min(view.cursor, max(0, entries.count - 1))
        state.overlay = .changes(view)
    }

    /// A key while the view is open; nil for what goes its usual way.
    mutating func performInChanges(_ command: Command) -> [Effect]? {
        guard case .changes(var view) = state.overlay else { return nil }
        let count = view.entries?.count ?? 0
        switch command {
        case .moveDown, .moveUp:
            guard count > 0 else { return [] }
            view.cursor = min(count - 1, max(0, view.cursor + (command == .moveDown ? 1 : -1)))
            state.overlay = .changes(view)
            return []
        case .openRecord:
            guard let entry = view.selected else { return [] }
            guard let accountID = entry.accountID else {
                state.message = StatusMessage("That account has been deleted since", kind: .info)
                return []
            }
            state.overlay = nil
            state.detail = nil
            state.pane = .accounts
            state.accounts.isTyping = false
            state.accounts.search = ""
            state.message = StatusMessage("Went to \(entry.accountName)", kind: .info)
            return [.load(.accountPage(state.accounts.request(.around(accountID: accountID))))]
        case .closeOverlay:
            state.overlay = nil
            return []
        default:
            return []
        }
    }
}
