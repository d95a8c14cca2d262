import RapportCore
import RapportViewModel

/// The selected account at a glance: who, what it is worth, how healthy and why, and its
/// last twelve months of revenue against the twelve before.
struct AccountSummaryPane {
    let state: AppState

    /// A one-line version for narrow terminals: sparkline, total and change.
    func renderCompact(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard !area.isEmpty else { return }
        guard let overview = state.focused.overview else { return }
        // Two fields, the revenue and the health, each shown whole or left out (health last).
        var revenue: [FieldLine.Piece] = [.init("Revenue 12m ", .kpiLabel)]
        if let trend = state.focused.data?.revenueTrend, trend.hasData {
            revenue += [
                .init(Sparkline.text(trend.actuals), .sparkline), .init(" \(trend.total.compact) ", .kpiValue),
                .init(Format.change(trend.changePercent), Format.changeRole(trend.changePercent)), .init(" vs prior 12m", .textDim),
            ]
        } else {
            revenue.append(.init("no revenue recorded", .textDim))
        }
        let health = overview.health
        var line = FieldLine()
        line.add(revenue, priority: 2)
        line.add(
            [.init("health ", .kpiLabel), .init(health.band.map { "\(health.value) \($0.label)" } ?? RelationshipHealth.notEnoughDataLabel, Format.healthRole(health.band))],
            priority: 1, separator: .init("  ·  ", .kpiLabel))
        line.render(at: area.x + 1, y: area.y, width: area.width - 1, into: &buffer, theme: theme)
    }

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let block = Block(title: state.focused.overview?.account.name ?? state.accounts.selectedEntry?.summary.name ?? "Account", focused: false)
        let inner = block.render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        guard let overview = state.focused.overview else {
            buffer.writeFitted("No account selected.", x: inner.x + 1, y: inner.y, width: inner.width - 1, style: theme[.textDim])
            return
        }
        let account = overview.account
        var y = inner.y
        let width = inner.width - 2
        let x = inner.x + 1
        func line(_ segments: [(String, ThemeRole)]) {
            guard y < inner.maxY else { return }
            buffer.writeRuns(segments.map { ($0.0, theme[$0.1]) }, x: x, y: y, width: width)
            y += 1
        }
        line([("\(account.industry) · \(account.tier.label) · \(account.region) · owner \(account.owner)", .textDim)])
        var renewal: [(String, ThemeRole)] = [("Renewal ", .kpiLabel), ("—", .textDim)]
        if let date = account.renewalDate {
            let shown = Format.renewal(date, today: state.today)
            renewal = [("Renewal ", .kpiLabel), (shown.text, shown.role)]
        }
        line([("ARR ", .kpiLabel), (account.annualRecurringRevenue.compact, .kpiValue), ("   ", .text)] + renewal)
        let health = overview.health
        line([("Health ", .kpiLabel), (Format.health(health), Format.healthRole(health.band))])
        if !health.hasEnoughData { line([("  " + OverviewSection.scoredOnceText, .textDim)]) }
        for part in health.parts where health.hasEnoughData {
            let weight = "×\(Int((part.weight * 100).rounded()))%"
            line([
                ("  " + TextFit.pad(part.name, to: 18), .text), (TextFit.pad("\(part.score)", to: 4, alignment: .right), .text),
                ("  " + TextFit.pad(weight, to: 5) + " ", .textDim), (part.reason, .textDim),
            ])
        }
        y += y < inner.maxY ? 1 : 0
        guard let trend = state.focused.data?.revenueTrend, trend.hasData else {
            line([("No revenue recorded for the last 12 months.", .textDim)])
            return
        }
        if let first = trend.months.first, let last = trend.months.last {
            line([("Revenue \(first.shortMonthName) \(first.year) – \(last.shortMonthName) \(last.year)", .kpiLabel)])
        }
        line([
            (Sparkline.text(trend.actuals), .sparkline), ("  \(trend.total.compact) ", .kpiValue),
            (Format.change(trend.changePercent), Format.changeRole(trend.changePercent)),
            (" vs prior 12m (\(trend.priorYearTotal.compact))", .textDim),
        ])
    }
}
