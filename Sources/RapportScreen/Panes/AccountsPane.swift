import RapportCore
import RapportStore
import RapportViewModel

/// The book: one row per account in the loaded window; only the rows on screen are built.
struct AccountsPane {
    let state: AppState
    let keymap: Keymap

    /// While a filter finds accounts through their contacts, notes or timeline, a column says where.
    static let tableWithMatches = Table(columns: [
        Table.Column("Account", width: 26, priority: 10),
        Table.Column("Matched in", width: 20, flexible: true),
        Table.Column("ARR", width: 7, alignment: .right, priority: 8, keepsWhole: true),
        Table.Column("Health", width: 6, priority: 7, keepsWhole: true),
    ])

    static let table = Table(columns: [
        Table.Column("Account", width: 20, flexible: true),
        Table.Column("Industry", width: 13, priority: 4),
        Table.Column("Owner", width: 14, priority: 2),
        Table.Column("Region", width: 12, priority: 1),
        Table.Column("ARR", width: 7, alignment: .right, priority: 8, keepsWhole: true),
        Table.Column("Health", width: 6, priority: 9, keepsWhole: true),
        // A date, or "lapsed 999d".
        Table.Column("Renewal", width: 11, priority: 6, keepsWhole: true),
        Table.Column("Risk", width: 4, alignment: .right, priority: 5, keepsWhole: true),
        Table.Column("Touch", width: 6, alignment: .right, priority: 7, keepsWhole: true),
    ])

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme, storePath: String, scroll: inout ScrollMemory) {
        let list = state.accounts
        let focused = state.pane == .accounts && state.overlay != .help
        let count = list.search.isEmpty ? "\(state.kpis.accountCount)" : "\(list.totalCount) of \(state.kpis.accountCount)"
        let block = Block(title: "Accounts (\(count))", focused: focused, trailingTitle: "sort: \(list.sort.label)")
        var inner = block.render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        if state.isBookEmpty {
            EmptyBookHint(storePath: storePath, keymap: keymap).render(in: inner, into: &buffer, theme: theme)
            return
        }
        if list.showsFilterLine {
            renderFilterLine(in: inner.row(0), into: &buffer, theme: theme)
            inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        }
        let visibleCount = max(0, inner.height - 1)
        let offset = scroll.offset(.accounts, ids: list.entries.map(\.id), selected: list.selected, rows: visibleCount)
        let slice = list.entries.visible(from: offset, rows: visibleCount)
        let showsMatches = !list.matchLabels.isEmpty
        let rows = slice.map { showsMatches ? matchRow(for: $0.summary) : row(for: $0.summary) }
        (showsMatches ? Self.tableWithMatches : Self.table).render(
            in: inner, into: &buffer, theme: theme, rows: Array(rows), selected: list.selected - offset, focused: focused)
        if list.isLoaded && list.entries.isEmpty && inner.height > 2 {
            let clear = keymap.key(for: .filterCancel, in: .filter) ?? "Esc"
            buffer.write(
                TextFit.truncate("No account matches “\(list.search)” — \(clear) clears the filter", to: inner.width - 2),
                x: inner.x + 1, y: inner.y + 2, style: theme[.textDim])
        }
    }

    private func renderFilterLine(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let typing = state.accounts.isTyping
        let prompt = "/ "
        var x = area.x + buffer.write(prompt, x: area.x, y: area.y, style: theme[.filter])
        x += buffer.write(state.accounts.search, x: x, y: area.y, maxWidth: max(0, area.maxX - x - 14), style: theme[.filter])
        if typing { x += buffer.write("▏", x: x, y: area.y, style: theme[.filter]) }
        let hints = typing
            ? keymap.hints(for: [.filter]).filter { $0.label != "move" }
            : [KeyHint(keys: keymap.key(for: .clearFilter, in: .accounts) ?? "Esc", label: "clear")]
        let hint = "  " + hints.map(\.text).joined(separator: " · ")
        buffer.writeFitted(hint, x: x, y: area.y, width: area.maxX - x, style: theme[.textDim])
    }

    /// Past the stay-in-touch cadence or the follow-up date: how late; due within days: when.
    static func touchItem(_ status: StayInTouchStatus) -> Table.Item {
        switch status {
        case .overdue(let days, _): return Table.Item(days == 0 ? "now\(Format.lateMark)" : "\(days)d\(Format.lateMark)", role: .overdue)
        case .dueSoon(let days, _): return Table.Item(days == 0 ? "today" : "in \(days)d", role: .kpiWarn)
        case .onTrack: return Table.Item("·", role: .textDim)
        }
    }

    /// The Risk column: open initiatives in trouble, or nothing to see.
    static func troubleItem(_ count: Int) -> Table.Item {
        count > 0 ? Table.Item("\(count)\(Format.lateMark)", role: .overdue) : Table.Item("·", role: .textDim)
    }

    /// What the list's symbols mean, for help: each drawn by the function the rows use.
    static let legend: [LegendEntry] = [
        LegendEntry(Format.healthSymbols, "Health bands: good (70+), watch (40–69), at risk (under 40); — not enough data yet"),
        LegendEntry(troubleItem(2).text, "Risk: 2 initiatives at risk, blocked or late"),
        LegendEntry(touchItem(.overdue(days: 1, trigger: .cadence)).text, "Touch: a day past the stay-in-touch cadence or follow-up date"),
        LegendEntry(touchItem(.overdue(days: 0, trigger: .neverContacted)).text, "Touch: a cadence is set and nobody was ever contacted"),
        LegendEntry(touchItem(.dueSoon(days: 2, trigger: .cadence)).text, "Touch: a contact is due in 2 days (today: due today)"),
        LegendEntry(Format.lapsedShort(days: 12), "Renewal: the renewal date passed 12 days ago"),
        LegendEntry(churned, "Renewal: the client has left (its churned date has passed); out of the KPIs and the agenda"),
    ]

    /// Where a former client's renewal would be.
    static let churned = "churned"

    private func matchRow(for account: AccountSummary) -> [Table.Item] {
        let label = state.accounts.matchLabels[account.id]
        return [
            Table.Item(account.name),
            Table.Item(label ?? "name, industry, owner or region", role: label == nil ? .textDim : .filter),
            Table.Item(account.annualRecurringRevenue.compact),
            healthItem(account),
        ]
    }

    /// "● 72"; "—" when there is not enough data yet (the account views say so in words).
    private func healthItem(_ account: AccountSummary) -> Table.Item {
        guard let health = account.health, let band = account.healthBand else { return Table.Item("—", role: .textDim) }
        return Table.Item("\(Format.healthSymbol(band)) \(health)", role: Format.healthRole(band))
    }

    /// A lapsed renewal says so, in the alarming style; one within the KPIs' horizon warns. A
    /// former client has no renewal coming: it says "churned", quietly.
    private func renewalItem(_ account: AccountSummary) -> Table.Item {
        if account.hasLeft { return Table.Item(Self.churned, role: .textDim) }
        guard let date = account.renewalDate else { return Table.Item("—", role: .textDim) }
        switch account.renewal(on: state.today) {
        case .lapsed(let days): return Table.Item(Format.lapsedShort(days: days), role: .overdue)
        case .dueSoon: return Table.Item(date.iso, role: .kpiWarn)
        case .none, .later: return Table.Item(date.iso, role: .textDim)
        }
    }

    private func row(for account: AccountSummary) -> [Table.Item] {
        [
            Table.Item(account.name),
            Table.Item(account.industry, role: .textDim),
            Table.Item(account.owner, role: .textDim),
            Table.Item(account.region, role: .textDim),
            Table.Item(account.annualRecurringRevenue.compact),
            healthItem(account),
            renewalItem(account),
            Self.troubleItem(account.trouble),
            Self.touchItem(account.stayInTouch),
        ]
    }
}
