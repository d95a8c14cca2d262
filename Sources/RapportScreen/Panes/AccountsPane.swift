import RapportCore
import RapportViewModel

/// The book: one row per visible account, only the rows on screen are built.
struct AccountsPane {
    let state: AppState

    /// While a filter finds accounts through their contacts, notes or timeline, a column says where.
    static let tableWithMatches = Table(columns: [
        Table.Column("Account", width: 26, priority: 10),
        Table.Column("Matched in", width: 20, flexible: true),
        Table.Column("ARR", width: 7, alignment: .right, priority: 8),
        Table.Column("Health", width: 6, priority: 7),
    ])

    static let table = Table(columns: [
        Table.Column("Account", width: 20, flexible: true),
        Table.Column("Industry", width: 12, priority: 4),
        Table.Column("Owner", width: 14, priority: 2),
        Table.Column("Region", width: 12, priority: 1),
        Table.Column("ARR", width: 7, alignment: .right, priority: 8),
        Table.Column("Health", width: 6, priority: 9),
        Table.Column("Renewal", width: 10, priority: 6),
        Table.Column("Risk", width: 4, alignment: .right, priority: 5),
        Table.Column("Touch", width: 6, alignment: .right, priority: 7),
    ])

    /// Rows above the list inside the block: the table header, and the filter line when one is shown.
    static func chromeRows(for state: AppState) -> Int { 1 + (showsFilterLine(state) ? 1 : 0) }

    static func showsFilterLine(_ state: AppState) -> Bool { state.mode == .filter || !state.filterQuery.isEmpty }

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme, storePath: String) {
        let focused = state.focus == .accounts && state.mode != .help
        let count = state.filterQuery.isEmpty
            ? "\(state.overviews.count)" : "\(state.visibleRows.count) of \(state.overviews.count)"
        let block = Block(title: "Accounts (\(count))", focused: focused, trailingTitle: "sort: \(state.sort.label)")
        var inner = block.render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        if state.isBookEmpty {
            EmptyBookHint(storePath: storePath).render(in: inner, into: &buffer, theme: theme)
            return
        }
        if Self.showsFilterLine(state) {
            renderFilterLine(in: inner.row(0), into: &buffer, theme: theme)
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        let position = state.accountsList
        let visibleCount = max(0, inner.height - 1)
        let slice = position.visibleItems(of: state.visibleRows, rows: visibleCount)
        let showsMatches = !state.filterMatches.isEmpty
        let rows = slice.map { showsMatches ? matchRow(for: state.overviews[$0]) : row(for: state.overviews[$0]) }
        (showsMatches ? Self.tableWithMatches : Self.table).render(
            in: inner, into: &buffer, theme: theme, rows: rows, selected: position.selected - position.offset, focused: focused)
        if state.visibleRows.isEmpty && inner.height > 2 {
            buffer.write(
                TextFit.truncate("No account matches “\(state.filterQuery)” — Esc clears the filter", to: inner.width - 2),
                x: inner.x + 1, y: inner.y + 2, style: theme[.textDim])
        }
    }

    private func renderFilterLine(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let typing = state.mode == .filter
        let prompt = "/ "
        var x = area.x + buffer.write(prompt, x: area.x, y: area.y, style: theme[.filter])
        x += buffer.write(state.filterQuery, x: x, y: area.y, maxWidth: max(0, area.maxX - x - 14), style: theme[.filter])
        if typing { x += buffer.write("▏", x: x, y: area.y, style: theme[.filter]) }
        let hint = typing ? "  Enter keep · Esc clear" : "  Esc clear"
        buffer.write(hint, x: x, y: area.y, maxWidth: area.maxX - x, style: theme[.textDim])
    }

    /// Past the stay-in-touch cadence or the follow-up date: how late; due within days: when.
    private func touchItem(_ status: StayInTouchStatus) -> Table.Item {
        switch status {
        case .overdue(let days, _): return Table.Item(days == 0 ? "now!" : "\(days)d!", role: .overdue)
        case .dueSoon(let days, _): return Table.Item(days == 0 ? "today" : "in \(days)d", role: .kpiWarn)
        case .onTrack: return Table.Item("·", role: .textDim)
        }
    }

    private func matchRow(for overview: AccountOverview) -> [Table.Item] {
        let health = overview.health
        return [
            Table.Item(overview.account.name),
            Table.Item(state.filterMatches[overview.id] ?? "name, industry, owner or region", role: state.filterMatches[overview.id] == nil ? .textDim : .filter),
            Table.Item(overview.account.annualRecurringRevenue.compact),
            Table.Item("\(Format.healthSymbol(health.band)) \(health.value)", role: Format.healthRole(health.band)),
        ]
    }

    private func row(for overview: AccountOverview) -> [Table.Item] {
        let account = overview.account
        let health = overview.health
        let trouble = overview.initiatives.atRisk + overview.initiatives.blocked + overview.initiatives.overdue
        var renewal = Table.Item(account.renewalDate?.iso ?? "—", role: .textDim)
        if let date = account.renewalDate {
            let days = state.today.days(until: date)
            if days >= 0 && days <= PortfolioKPIs.renewalHorizonDays { renewal = Table.Item(date.iso, role: .kpiWarn) }
        }
        return [
            Table.Item(account.name),
            Table.Item(account.industry, role: .textDim),
            Table.Item(account.owner, role: .textDim),
            Table.Item(account.region, role: .textDim),
            Table.Item(account.annualRecurringRevenue.compact),
            Table.Item("\(Format.healthSymbol(health.band)) \(health.value)", role: Format.healthRole(health.band)),
            renewal,
            trouble > 0 ? Table.Item("\(trouble)!", role: .overdue) : Table.Item("·", role: .textDim),
            touchItem(overview.stayInTouch),
        ]
    }
}
