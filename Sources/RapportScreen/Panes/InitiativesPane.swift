import RapportCore
import RapportViewModel

/// The selected account's initiatives: status badge, progress bar, owner, due date.
struct InitiativesPane {
    let state: AppState
    /// The detail view shows this pane alone, always focused.
    var focusedOverride: Bool? = nil

    static let table = Table(columns: [
        Table.Column("Initiative", width: 12, flexible: true),
        Table.Column("Status", width: 10, priority: 9),
        Table.Column("Progress", width: 15, priority: 8),
        Table.Column("Owner", width: 14, priority: 2),
        Table.Column("Due", width: 11, priority: 6),
    ])

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let focused = focusedOverride ?? (state.focus == .initiatives && state.mode != .help)
        let name = state.selectedOverview?.account.name ?? "no account selected"
        let block = Block(title: "Initiatives · \(name)", focused: focused, trailingTitle: focused ? "+/- progress · s status" : "")
        let inner = block.render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        guard !state.initiatives.isEmpty else {
            let text = state.selectedOverview == nil ? "Select an account to see its initiatives." : "No initiatives for this account yet."
            buffer.write(TextFit.truncate(text, to: inner.width - 1), x: inner.x + 1, y: inner.y, style: theme[.textDim])
            return
        }
        let position = state.initiativesList
        let visibleCount = max(0, inner.height - 1)
        let slice = position.visibleItems(of: state.initiatives, rows: visibleCount)
        let rows = slice.map { row(for: $0) }
        Self.table.render(
            in: inner, into: &buffer, theme: theme, rows: rows, selected: position.selected - position.offset, focused: focused)
        // Progress bars are drawn over the text column so they keep their own colours.
        let widths = Self.table.columnWidths(for: inner.width)
        guard widths.count > 2, widths[2] > 5 else { return }
        let barX = inner.x + widths[0] + 1 + (widths[1] > 0 ? widths[1] + 1 : 0)
        let barWidth = widths[2] - 5
        for (index, initiative) in slice.enumerated() {
            let y = inner.y + 1 + index
            let isSelected = index == position.selected - position.offset
            let base = isSelected ? theme[focused ? .selection : .selectionUnfocused] : nil
            ProgressBar.render(percent: initiative.progress, at: barX, y: y, width: barWidth, into: &buffer, theme: theme, base: base)
        }
    }

    private func row(for initiative: Initiative) -> [Table.Item] {
        let overdue = initiative.isOverdue(on: state.today)
        let due: Table.Item
        if let date = initiative.dueDate {
            due = overdue ? Table.Item("!\(date.iso)", role: .overdue) : Table.Item(" \(date.iso)", role: .textDim)
        } else {
            due = Table.Item(" —", role: .textDim)
        }
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
