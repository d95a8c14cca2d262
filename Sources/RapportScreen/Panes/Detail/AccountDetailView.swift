import RapportCore
import RapportViewModel

/// Enter on an account: its sections a key apart (Tab, ←/→), Esc back to the dashboard. `M`
/// shows the whole book's metrics the same way.
struct AccountDetailView {
    let state: AppState
    let detail: DetailModel
    let keymap: Keymap

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme, scroll: inout ScrollMemory) {
        guard !area.isEmpty else { return }
        if detail.isBook {
            let rows = Layout.split(area, .vertical, [.length(1), .fill])
            buffer.write(" Whole book", x: rows[0].x, y: rows[0].y, style: theme[.textStrong])
            let back = keymap.hints(for: [.bookMetrics]).map(\.text).joined(separator: " · ")
            buffer.writeFitted(
                "  \(state.kpis.accountCount) accounts · \(state.kpis.annualRecurringRevenue.compact) ARR · \(back)", x: rows[0].x + 11, y: rows[0].y,
                width: rows[0].width - 12, style: theme[.textDim])
            MetricsSection(state: state, detail: detail, keymap: keymap).render(in: rows[1], into: &buffer, theme: theme)
            return
        }
        guard let data = detail.account else {
            buffer.writeFitted(" Loading…", x: area.x, y: area.y, width: area.width, style: theme[.textDim])
            return
        }
        let overview = data.focus.overview
        let rows = Layout.split(area, .vertical, [.length(1), .length(1), .fill])
        renderTitle(overview, in: rows[0], into: &buffer, theme: theme)
        renderTabs(in: rows[1], into: &buffer, theme: theme)
        let body = rows[2]
        switch detail.section {
        case .overview: OverviewSection(state: state, overview: overview, detail: detail).render(in: body, into: &buffer, theme: theme)
        case .contacts: ContactsSection(state: state, detail: detail).render(in: body, into: &buffer, theme: theme, scroll: &scroll)
        case .timeline: TimelineSection(state: state, detail: detail, keymap: keymap).render(in: body, into: &buffer, theme: theme, scroll: &scroll)
        case .initiatives: InitiativesPane(state: state, keymap: keymap, inDetail: true).render(in: body, into: &buffer, theme: theme, scroll: &scroll)
        case .pipeline: PipelineSection(state: state, detail: detail, keymap: keymap).render(in: body, into: &buffer, theme: theme, scroll: &scroll)
        case .metrics: MetricsSection(state: state, detail: detail, keymap: keymap).render(in: body, into: &buffer, theme: theme)
        }
    }

    private func renderTitle(_ overview: AccountOverview, in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let account = overview.account
        var x = area.x + 1
        x += buffer.writeFitted(account.name, x: x, y: area.y, width: area.width - 2, style: theme[.textStrong])
        let facts = "  \(account.tier.label) · \(account.industry) · \(account.region) · \(account.annualRecurringRevenue.compact) ARR"
        buffer.writeFitted(facts, x: x, y: area.y, width: area.maxX - x - 1, style: theme[.textDim])
    }

    /// The section tabs. The one shown is always among them: narrower screens first drop the
    /// padding, then show only the tabs around the current one, with ‹ › saying more are there.
    private func renderTabs(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let sections = DetailSection.allCases
        let room = area.width - 2
        guard room > 0, let current = sections.firstIndex(of: detail.section) else { return }
        let layouts: [(padding: String, separator: String)] = [(" ", " │ "), ("", " │ "), ("", "│")]
        func width(_ range: ClosedRange<Int>, _ layout: (padding: String, separator: String)) -> Int {
            let titles = range.reduce(0) { $0 + DisplayWidth.of(sections[$1].title) + 2 * layout.padding.count }
            return titles + (range.count - 1) * DisplayWidth.of(layout.separator)
                + (range.lowerBound > 0 ? 2 : 0) + (range.upperBound < sections.count - 1 ? 2 : 0)
        }
        let all = 0...(sections.count - 1)
        var layout = layouts[layouts.count - 1]
        var shown = current...current
        if let fitting = layouts.first(where: { width(all, $0) <= room }) {
            layout = fitting
            shown = all
        } else {
            // Widen around the current tab, a tab to the right then one to the left.
            var grew = true
            while grew {
                grew = false
                if shown.upperBound < sections.count - 1, width(shown.lowerBound...(shown.upperBound + 1), layout) <= room {
                    shown = shown.lowerBound...(shown.upperBound + 1)
                    grew = true
                }
                if shown.lowerBound > 0, width((shown.lowerBound - 1)...shown.upperBound, layout) <= room {
                    shown = (shown.lowerBound - 1)...shown.upperBound
                    grew = true
                }
            }
        }
        var x = area.x + 1
        func put(_ text: String, _ style: Style) { x += buffer.write(text, x: x, y: area.y, maxWidth: max(0, area.maxX - x), style: style) }
        if shown.lowerBound > 0 { put("‹ ", theme[.textDim]) }
        for index in shown {
            if index > shown.lowerBound { put(layout.separator, theme[.paneBorder]) }
            let title = layout.padding + sections[index].title + layout.padding
            put(title, index == current ? theme[.selection] : theme[.textDim])
        }
        if shown.upperBound < sections.count - 1 { put(" ›", theme[.textDim]) }
    }
}
