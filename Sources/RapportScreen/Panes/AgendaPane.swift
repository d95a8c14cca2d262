import RapportCore
import RapportViewModel

/// The agenda: one ranked queue of what needs the manager, with each item's score, kind, account,
/// what and why, and due date; `i` opens the selected item's score term by term below the list,
/// `z` the choice of how long to snooze it.
struct AgendaPane {
    let agenda: AgendaModel
    let keymap: Keymap
    let today: Day
    let kpis: PortfolioKPIs

    static let table = Table(columns: [
        Table.Column("Score", width: 5, alignment: .right, priority: 9),
        Table.Column("", width: 1, priority: 8),
        Table.Column("Account", width: 22, priority: 10),
        Table.Column("What and why", width: 16, flexible: true),
        Table.Column("Due", width: 10, priority: 5),
    ])

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme, scroll: inout ScrollMemory) {
        let context: KeyContext = agenda.isChoosingSnooze ? .snooze : .agenda
        let hints = keymap.hints(for: [context]).map(\.text).joined(separator: " · ")
        let count = agenda.isLoaded ? (agenda.items.count == 1 ? "1 item" : "\(agenda.items.count) items") : "reading…"
        var title = "Agenda · \(count)"
        if let list = agenda.list {
            // The tile's figure, and how many of them the list reads when it holds fewer.
            let total = list.count(in: kpis)
            title = "\(list.title) · \(total)" + (agenda.isLoaded && agenda.items.count < total ? " (the first \(agenda.items.count))" : "")
        }
        let block = Block(title: title, focused: true, trailingTitle: hints)
        let inner = block.render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        guard !agenda.items.isEmpty else {
            let empty = agenda.list == nil ? "Nothing needs you today: no follow-up, renewal or initiative is due." : "None across the book."
            let text = agenda.isLoaded ? empty : "Reading…"
            buffer.write(TextFit.truncate(text, to: inner.width - 1), x: inner.x + 1, y: inner.y, style: theme[.textDim])
            return
        }
        let explanation = agenda.isExplaining ? explanationLines(width: inner.width) : []
        let choice = agenda.isChoosingSnooze ? 1 : 0
        // The explanation takes the bottom of the pane, the list keeps at least three rows.
        let below = min(explanation.isEmpty ? choice : explanation.count + 1, max(0, inner.height - 4))
        let listArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - below)
        let visible = max(0, listArea.height - 1)
        let ids = agenda.items.map { Int64(truncatingIfNeeded: $0.item.key.hashValue) }
        let offset = scroll.offset(.agenda, ids: ids, selected: agenda.selection, rows: visible, keepsStart: true)
        let rows = agenda.items.visible(from: offset, rows: visible).map(row(for:))
        Self.table.render(in: listArea, into: &buffer, theme: theme, rows: Array(rows), selected: agenda.selection - offset, focused: true)
        guard below > 0 else { return }
        let top = listArea.maxY
        if agenda.isChoosingSnooze {
            let line = "Snooze “\(agenda.selectedItem?.item.reason ?? "")”: d until tomorrow · w for a week · :snooze DATE · Esc cancel"
            buffer.write(TextFit.truncate(line, to: inner.width - 1), x: inner.x + 1, y: inner.maxY - 1, style: theme[.textStrong])
            return
        }
        buffer.write(String(repeating: "─", count: inner.width), x: inner.x, y: top, style: theme[.paneBorder])
        for (index, line) in explanation.prefix(below - 1).enumerated() {
            buffer.write(line.text, x: inner.x + 1, y: top + 1 + index, maxWidth: inner.width - 1, style: theme[line.role])
        }
    }

    private func row(for ranked: RankedAgendaItem) -> [Table.Item] {
        let item = ranked.item
        let late = item.daysOverdue > 0 || item.kind == .lapsedRenewal
        return [
            Table.Item(String(format1: ranked.score.total), role: .textStrong),
            Table.Item(item.kind.symbol, role: late ? .overdue : .textDim),
            Table.Item(item.accountName),
            Table.Item(item.reason, role: late ? .overdue : nil),
            Table.Item(item.due?.iso ?? "—", role: .textDim),
        ]
    }

    /// The selected item's score, one term a line: value = weight × factor, and what the factor measured.
    private func explanationLines(width: Int) -> [(text: String, role: ThemeRole)] {
        guard let ranked = agenda.selectedItem else { return [] }
        var lines: [(String, ThemeRole)] = [
            ("Why \(ranked.item.accountName) scores \(String(format1: ranked.score.total)): \(ranked.item.reason)", .textStrong)
        ]
        for term in ranked.score.terms {
            let sum = "\(TextFit.pad(String(format1: term.value), to: 5, alignment: .right)) = \(String(format1: term.weight)) × \(String(format2: term.factor))"
            lines.append(("\(TextFit.pad(sum, to: max(20, DisplayWidth.of(sum))))  \(term.coefficient.rawValue): \(term.because)", .text))
        }
        if ranked.item.kind == .lapsedRenewal { lines.append(("Lapsed renewals come first whatever their score.", .textDim)) }
        lines.append(("Coefficients: [agenda] in the config file.", .textDim))
        return lines
    }
}

fileprivate extension String {
    /// One decimal, as the agenda shows scores: 13.1.
    init(format1 value: Double) {
        let tenths = (value * 10).rounded()
        let sign = tenths < 0 ? "-" : ""
        let magnitude = Int(abs(tenths))
        self = "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// Two decimals, for a factor: 0.40.
    init(format2 value: Double) {
        let hundredths = Int((abs(value) * 100).rounded())
        self = "\(value < 0 ? "-" : "")\(hundredths / 100).\(String(hundredths % 100).leftPadded(to: 2))"
    }

    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
