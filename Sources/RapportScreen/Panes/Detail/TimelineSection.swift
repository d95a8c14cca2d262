import RapportCore
import RapportViewModel

/// Calls, emails, meetings, reviews and notes, newest first, with who took part and what next.
struct TimelineSection {
    let state: AppState
    let detail: DetailModel
    let keymap: Keymap

    static let table = Table(columns: [
        Table.Column("Date", width: 10, keepsWhole: true),
        Table.Column("Kind", width: 15, priority: 8),
        Table.Column("With", width: 18, priority: 6),
        Table.Column("Summary", width: 20, flexible: true),
        Table.Column("Next step", width: 26, priority: 4),
    ])

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme, scroll: inout ScrollMemory) {
        let log = keymap.key(for: .logInteraction, in: .detail) ?? "l"
        let hints = ["\(log) log"] + keymap.hints(for: [.timeline]).map(\.text)
        let inner = Block(title: "Timeline (\(detail.interactions.count))", focused: true, trailingTitle: hints.joined(separator: " · "))
            .render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        guard !detail.interactions.isEmpty else {
            buffer.writeFitted("Nothing logged yet — press \(log) to log a call, email, meeting or note.", x: inner.x + 1, y: inner.y, width: inner.width - 2, style: theme[.textDim])
            return
        }
        let names = Dictionary(detail.contacts.compactMap { contact in contact.id.map { ($0, contact.name) } }, uniquingKeysWith: { first, _ in first })
        let visible = max(0, inner.height - 1)
        let offset = scroll.offset(.timeline, ids: detail.interactions.map { $0.id ?? 0 }, selected: detail.timelineSelected, rows: visible)
        let slice = detail.interactions.visible(from: offset, rows: visible)
        let rows = slice.map { interaction -> [Table.Item] in
            let people = interaction.contactIDs.compactMap { names[$0] }
            return [
                Table.Item(interaction.date.iso, role: interaction.date > state.today ? .kpiWarn : .text),
                Table.Item(Self.symbol(interaction.kind) + " " + interaction.kind.label, role: interaction.kind == .note ? .textDim : nil),
                Table.Item(people.isEmpty ? "—" : people.joined(separator: ", "), role: .textDim),
                Table.Item(interaction.summary),
                Table.Item(interaction.nextStep.isEmpty ? "—" : "\(Self.nextStepMark) " + interaction.nextStep, role: .textDim),
            ]
        }
        Self.table.render(in: inner, into: &buffer, theme: theme, rows: Array(rows), selected: detail.timelineSelected - offset, focused: true)
    }

    static let nextStepMark = "→"

    /// What the section's symbols mean, for help: the same symbols the rows draw.
    static let legend: [LegendEntry] = InteractionKind.allCases.map { LegendEntry(symbol($0), $0.label) }
        + [LegendEntry(nextStepMark, "the next step agreed")]

    static func symbol(_ kind: InteractionKind) -> String {
        switch kind {
        case .call: return "☎"
        case .email: return "✉"
        case .meeting: return "◆"
        case .businessReview: return "★"
        case .note: return "✎"
        }
    }
}
