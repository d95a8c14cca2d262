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
        // Rows from the shared geometry, which a click on a tab or a list row is mapped with.
        let tabRow = DashboardGeometry.detailTabRow
        let bodyTop = DashboardGeometry.detailSectionTop
        renderTitle(overview, in: Rect(x: area.x, y: tabRow - 1, width: area.width, height: 1), into: &buffer, theme: theme)
        renderTabs(in: Rect(x: area.x, y: tabRow, width: area.width, height: 1), into: &buffer, theme: theme)
        let body = Rect(x: area.x, y: bodyTop, width: area.width, height: max(0, area.maxY - bodyTop))
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

    /// The section tabs, where `DetailTabStrip` puts them (a click finds them there too).
    private func renderTabs(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let strip = DetailTabStrip(width: area.width, current: detail.section)
        guard !strip.tabs.isEmpty else { return }
        func put(_ text: String, x: Int, _ style: Style) {
            buffer.write(text, x: area.x + x, y: area.y, maxWidth: max(0, area.maxX - area.x - x), style: style)
        }
        if strip.moreBefore { put(DetailTabStrip.leftMark, x: 1, theme[.textDim]) }
        for (index, tab) in strip.tabs.enumerated() {
            if index > 0 { put(strip.separator, x: tab.x - strip.separator.count, theme[.paneBorder]) }
            put(tab.text, x: tab.x, tab.section == detail.section ? theme[.selection] : theme[.textDim])
        }
        if strip.moreAfter, let last = strip.tabs.last { put(DetailTabStrip.rightMark, x: last.x + last.width, theme[.textDim]) }
    }
}
