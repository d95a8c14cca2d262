/// Clicks and the wheel: a click selects the row under it (and focuses its pane), switches to
/// the tab under it, or opens the list of the KPI figure under it; the wheel moves through the list under the pointer. Positions are mapped
/// with the same geometry the screen lays out with (`DashboardGeometry`, `DetailTabStrip`)
/// and the rows the last frame showed.
extension ViewModel {
    /// Rows one notch of the wheel moves, as in most terminal programs.
    static let wheelRows = 3

    mutating func handleMouse(_ mouse: MouseEvent, shown: ShownLists) -> [Effect] {
        // Anything under an overlay, the command line or the "too small" notice takes no clicks.
        guard state.geometry.fits, state.overlay == nil, state.prompt == nil, !state.accounts.isTyping else { return [] }
        if var detail = state.detail {
            switch mouse.action {
            case .click:
                guard !detail.isBook, detail.account != nil else { return [] }
                if mouse.row == DashboardGeometry.detailTabRow {
                    guard let section = DetailTabStrip(width: state.screen.width, current: detail.section).section(at: mouse.column) else { return [] }
                    detail.section = section
                } else {
                    guard let row = detailRow(at: mouse.row, in: detail, shown: shown) else { return [] }
                    detail.select(row, in: detail.section)
                }
                state.detail = detail
                return []
            case .wheelUp: return moveSelection(by: -Self.wheelRows)
            case .wheelDown: return moveSelection(by: Self.wheelRows)
            case .other: return []
            }
        }
        let geometry = state.geometry
        if mouse.action == .click, let list = geometry.kpiList(atColumn: mouse.column, row: mouse.row, kpis: state.kpis) {
            return openList(list)
        }
        guard let pane = Pane.allCases.first(where: { geometry.frame(of: $0).contains(column: mouse.column, row: mouse.row) }) else { return [] }
        switch mouse.action {
        case .click:
            state.pane = pane
            return select(lineAt: mouse.row - geometry.frame(of: pane).y, in: pane, shown: shown)
        case .wheelUp, .wheelDown:
            state.pane = pane
            return moveSelection(by: mouse.action == .wheelUp ? -Self.wheelRows : Self.wheelRows)
        case .other:
            return []
        }
    }

    /// Selects the row drawn `line` lines below the pane's top edge, if a row is there.
    private mutating func select(lineAt line: Int, in pane: Pane, shown: ShownLists) -> [Effect] {
        let geometry = state.geometry
        switch pane {
        case .accounts:
            let index = line - DashboardGeometry.listRowsTop(showsFilterLine: state.accounts.showsFilterLine)
            let ids = state.accounts.entries.map(\.id)
            guard index >= 0, index < geometry.accountRows(showsFilterLine: state.accounts.showsFilterLine) else { return [] }
            let target = shown.topIndex(of: .accounts, ids: ids) + index
            guard target < ids.count else { return [] }
            let loads = state.accounts.move(by: target - state.accounts.selected, pageRows: pageRows)
            return loads.map { .load(.accountPage($0)) } + focusSelectedAccount()
        case .initiatives:
            let index = line - DashboardGeometry.listRowsTop(showsFilterLine: false)
            let ids = state.focused.initiatives.map { $0.id ?? 0 }
            guard index >= 0, index < geometry.initiativeRows else { return [] }
            let target = shown.topIndex(of: .initiatives, ids: ids) + index
            guard target < ids.count else { return [] }
            state.focused.initiativeSelected = target
            return []
        }
    }

    /// The row of the open section's list drawn on screen line `line`, if one is there.
    private func detailRow(at line: Int, in detail: DetailModel, shown: ShownLists) -> Int? {
        let list: ScrolledList
        var ids: [Int64]
        switch detail.section {
        case .contacts: (list, ids) = (.contacts, detail.contacts.map { $0.id ?? 0 })
        case .timeline: (list, ids) = (.timeline, detail.interactions.map { $0.id ?? 0 })
        case .pipeline: (list, ids) = (.pipeline, detail.opportunities.map { $0.id ?? 0 })
        case .initiatives: (list, ids) = (.detailInitiatives, detail.initiatives.map { $0.id ?? 0 })
        case .overview, .metrics: return nil
        }
        // The contacts say which key roles are missing on a line above their table.
        let noticeLines = detail.section == .contacts && !detail.missingKeyRoles.isEmpty ? 1 : 0
        let index = line - DashboardGeometry.detailListFirstRow - noticeLines
        guard index >= 0, index < state.geometry.detailRows - noticeLines else { return nil }
        let target = shown.topIndex(of: list, ids: ids) + index
        return target < ids.count ? target : nil
    }
}
