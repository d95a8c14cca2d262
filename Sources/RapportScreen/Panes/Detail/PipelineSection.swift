import RapportCore
import RapportViewModel

/// The account's opportunities: renewals, upsells and new business, with their weight.
struct PipelineSection {
    let state: AppState
    let detail: DetailModel
    let keymap: Keymap

    static let table = Table(columns: [
        Table.Column("Opportunity", width: 16, flexible: true),
        Table.Column("Kind", width: 12, priority: 4),
        Table.Column("Amount", width: 8, alignment: .right, priority: 9, keepsWhole: true),
        Table.Column("Prob.", width: 5, alignment: .right, priority: 8, keepsWhole: true),
        Table.Column("Weighted", width: 8, alignment: .right, priority: 6, keepsWhole: true),
        Table.Column("Close", width: 10, priority: 7, keepsWhole: true),
        Table.Column("Category", width: 11, priority: 9),
        Table.Column("Stage", width: 12, priority: 2),
    ])

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme, scroll: inout ScrollMemory) {
        let open = detail.opportunities.filter { $0.category.isOpen }
        let weighted = open.reduce(Money.zero) { $0 + $1.weightedAmount }
        let inner = Block(
            title: "Pipeline (\(open.count) open · \(weighted.compact) weighted)", focused: true,
            trailingTitle: keymap.hints(for: [.pipeline]).map(\.text).joined(separator: " · ")
        ).render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        guard !detail.opportunities.isEmpty else {
            let new = keymap.key(for: .newRecord, in: .pipeline) ?? "n"
            buffer.writeFitted("No opportunities yet — press \(new) to add a renewal, upsell or new business.", x: inner.x + 1, y: inner.y, width: inner.width - 2, style: theme[.textDim])
            return
        }
        let visible = max(0, inner.height - 1)
        let offset = scroll.offset(.pipeline, ids: detail.opportunities.map { $0.id ?? 0 }, selected: detail.pipelineSelected, rows: visible)
        let slice = detail.opportunities.visible(from: offset, rows: visible)
        let rows = slice.map { opportunity -> [Table.Item] in
            let closed = !opportunity.category.isOpen
            let categoryRole: ThemeRole
            switch opportunity.category {
            case .commit, .closedWon: categoryRole = .kpiGood
            case .closedLost: categoryRole = .kpiBad
            case .bestCase: categoryRole = .kpiWarn
            case .pipeline: categoryRole = .textDim
            }
            let late = opportunity.category.isOpen && opportunity.expectedClose < state.today
            return [
                Table.Item(opportunity.name, role: closed ? .textDim : nil),
                Table.Item(opportunity.kind.label, role: .textDim),
                Table.Item(opportunity.amount.compact, role: .kpiValue),
                Table.Item("\(opportunity.probability)%"),
                Table.Item(closed ? "—" : opportunity.weightedAmount.compact, role: .textDim),
                Table.Item(opportunity.expectedClose.iso, role: late ? .overdue : .textDim),
                Table.Item(opportunity.category.label, role: categoryRole),
                Table.Item(opportunity.stage, role: .textDim),
            ]
        }
        Self.table.render(in: inner, into: &buffer, theme: theme, rows: Array(rows), selected: detail.pipelineSelected - offset, focused: true)
    }
}
