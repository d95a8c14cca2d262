import RapportCore
import RapportViewModel

/// An account's initiatives: status badge, progress bar, owner, due date. On the dashboard it
/// shows the selected account's; in the detail view, the account's own.
struct InitiativesPane {
    let state: AppState
    let keymap: Keymap
    /// The detail view shows this pane alone, always focused.
    var inDetail = false

    static let table = Table(columns: [
        Table.Column("Initiative", width: 12, flexible: true),
        Table.Column("Status", width: 10, priority: 9),
        Table.Column("Progress", width: 15, priority: 8),
        Table.Column("Owner", width: 14, priority: 2),
        Table.Column("Due", width: 11, priority: 6, keepsWhole: true),
    ])

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme, scroll: inout ScrollMemory) {
        let focused = inDetail || (state.pane == .initiatives && state.overlay != .help)
        let initiatives = inDetail ? state.detail?.initiatives ?? [] : state.focused.initiatives
        let selected = inDetail ? state.detail?.initiativeSelected ?? 0 : state.focused.initiativeSelected
        let name = inDetail ? state.detail?.account?.focus.overview.account.name : state.accounts.selectedEntry?.summary.name
        let hints = focused ? keymap.hints(for: [.initiatives]).map(\.text).joined(separator: " · ") : ""
        let block = Block(title: "Initiatives · \(name ?? "no account selected")", focused: focused, trailingTitle: hints)
        let inner = block.render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        guard !initiatives.isEmpty else {
            // Where keys reach this pane, say which one adds the first initiative.
            let add = focused ? keymap.key(for: .newRecord, in: .initiatives).map { " — \($0) adds one" } ?? "" : ""
            let text = name == nil ? "Select an account to see its initiatives." : "No initiatives for this account yet\(add)."
            buffer.write(TextFit.truncate(text, to: inner.width - 1), x: inner.x + 1, y: inner.y, style: theme[.textDim])
            return
        }
        let visibleCount = max(0, inner.height - 1)
        let offset = scroll.offset(
            inDetail ? .detailInitiatives : .initiatives, ids: initiatives.map { $0.id ?? 0 }, selected: selected, rows: visibleCount)
        let slice = Array(initiatives.visible(from: offset, rows: visibleCount))
        let rows = slice.map { row(for: $0) }
        Self.table.render(in: inner, into: &buffer, theme: theme, rows: rows, selected: selected - offset, focused: focused)
        // Progress bars are drawn over the text column so they keep their own colours.
        let widths = Self.table.columnWidths(for: inner.width, rows: rows)
        guard widths.count > 2, widths[2] > 5 else { return }
        let barX = inner.x + widths[0] + 1 + (widths[1] > 0 ? widths[1] + 1 : 0)
        let barWidth = widths[2] - 5
        for (index, initiative) in slice.enumerated() {
            let y = inner.y + 1 + index
            let isSelected = index == selected - offset
            let base = isSelected ? theme[focused ? .selection : .selectionUnfocused] : nil
            ProgressBar.render(percent: initiative.progress, at: barX, y: y, width: barWidth, into: &buffer, theme: theme, base: base)
        }
    }

    /// The Due column: the date, marked when it has passed on an open initiative.
    static func dueItem(_ date: Day?, overdue: Bool) -> Table.Item {
        guard let date else { return Table.Item(" —", role: .textDim) }
        return overdue ? Table.Item("\(Format.lateMark)\(date.iso)", role: .overdue) : Table.Item(" \(date.iso)", role: .textDim)
    }

    /// What the pane's symbols mean, for help: drawn by the functions the rows use.
    static let legend: [LegendEntry] = InitiativeStatus.allCases.map { LegendEntry(Format.statusSymbol($0), "Status: \($0.label)") }
        + [LegendEntry(dueItem(Day(year: 2026, month: 11, day: 2), overdue: true).text, "Due: the date passed and it is not done")]

    private func row(for initiative: Initiative) -> [Table.Item] {
        let overdue = initiative.isOverdue(on: state.today)
        let due = Self.dueItem(initiative.dueDate, overdue: overdue)
        let percent = "\(initiative.progress)%"
        // The bar is drawn separately; this text reserves its width and right-aligns the figure.
        return [
            Table.Item(initiative.title, role: overdue ? .overdue : nil),
            Table.Item(Format.statusBadge(initiative.status), role: Format.statusRole(initiative.status)),
            Table.Item(String(repeating: " ", count: max(0, 15 - 5)) + String(repeating: " ", count: max(0, 5 - percent.count)) + percent),
            Table.Item(initiative.owner, role: .textDim),
            due,
        ]
    }
}
