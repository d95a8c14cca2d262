import RapportCore
import RapportViewModel

/// A metric for the chosen period against plan, a year before and the period before; below, a
/// chart of the last 24 months and the year ahead (or, with `t`, the same numbers as a table).
/// Every figure comes computed in the view model's `MetricsView`; this only draws.
struct MetricsSection {
    let state: AppState
    let detail: DetailModel
    let keymap: Keymap

    static let table = Table(columns: [
        Table.Column("Month", width: 8),
        Table.Column("Actual", width: 10, alignment: .right),
        Table.Column("Target", width: 10, alignment: .right),
        Table.Column("vs target", width: 9, alignment: .right),
        Table.Column("vs last year", width: 12, alignment: .right, priority: 5),
        Table.Column("Forecast", width: 9, alignment: .right, priority: 7),
        Table.Column("80% range", width: 15, alignment: .right, priority: 6),
        Table.Column("", width: 1, flexible: true),
    ])

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let period = state.period
        guard let view = detail.metrics else {
            let inner = Block(title: "Metrics · \(period)", focused: true).render(in: area, into: &buffer, theme: theme)
            buffer.write("Loading…", x: inner.x + 1, y: inner.y, maxWidth: max(0, inner.width - 2), style: theme[.textDim])
            return
        }
        let hints = keymap.hints(for: [.periods]).filter { $0.label != "metric" || view.metricCount > 1 }
        let others = view.metricCount > 1 ? " · \(keymap.key(for: .cycleMetric, in: .periods) ?? "m") next metric" : ""
        let inner = Block(
            title: "\(view.label) · \(period) (\(period.size.label))\(others)", focused: true,
            trailingTitle: hints.filter { $0.label != "metric" }.map(\.text).joined(separator: " · ")
        ).render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        guard view.hasActuals else {
            let record = detail.isBook
                ? "record months in an account's Metrics section"
                : "\(keymap.key(for: .newRecord, in: .metrics) ?? "n") records a month"
            buffer.write("Nothing recorded yet — \(record).", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: theme[.textDim])
            return
        }
        renderFigures(view, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 2), into: &buffer, theme: theme)
        renderOutlook(view, in: Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: 2), into: &buffer, theme: theme)
        let body = Rect(x: inner.x + 1, y: inner.y + 5, width: inner.width - 2, height: max(0, inner.height - 5))
        if state.metricsAsTable {
            renderTable(view, in: body, into: &buffer, theme: theme)
        } else {
            // A chart taller than this only stretches the bars; the space below stays calm. Its
            // last two rows are the month axis and the legend.
            let chart = Rect(x: body.x, y: body.y, width: body.width, height: min(body.height, 17))
            let format: @Sendable (Double) -> String = view.kind == .revenue ? MonthlyChart.money : MetricsSection.plainFormat
            let months = view.chart.map {
                MonthlyChart.Month(
                    month: $0.month, actual: $0.actual, target: $0.target, forecast: $0.forecast, band80: $0.band80,
                    band95: $0.band95, highlighted: $0.highlighted)
            }
            MonthlyChart(months: months, format: format).render(in: chart, into: &buffer, theme: theme)
        }
    }

    static let plainFormat: @Sendable (Double) -> String = { plain($0) }

    /// "12,400", "1.3M": counts and scores without a currency.
    static func plain(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 9e18 else { return "—" }
        return Quantity(Int64(value.rounded())).compact
    }

    static func show(_ value: MetricValue?) -> String { value?.compact ?? "—" }

    private func renderFigures(_ view: MetricsView, in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let figures = view.figures
        var x = area.x
        func put(_ text: String, _ role: ThemeRole, y: Int) {
            guard x < area.maxX else { return }
            x += buffer.write(text, x: x, y: y, maxWidth: area.maxX - x, style: theme[role])
        }
        let attainment = figures.attainmentPercent
        put(view.kind == .revenue ? "Actual " : "Average ", .kpiLabel, y: area.y)
        put(Self.show(figures.actual), .kpiValue, y: area.y)
        put(" of ", .textDim, y: area.y)
        put(figures.target == nil ? "no target" : Self.show(figures.target), .text, y: area.y)
        put("  ", .text, y: area.y)
        put(Format.percent(attainment), attainment.map { $0 >= 100 ? .kpiGood : $0 >= 90 ? .kpiWarn : .kpiBad } ?? .textDim, y: area.y)
        put(" of target", .textDim, y: area.y)
        if view.isPeriodOpen {
            put("  (to date: \(figures.monthsReported) of \(view.monthsInPeriod) months)", .textDim, y: area.y)
        }
        x = area.x
        put("vs \(figures.period.yearEarlier) ", .kpiLabel, y: area.y + 1)
        put(Format.change(figures.yearOverYearPercent), Format.changeRole(figures.yearOverYearPercent), y: area.y + 1)
        // For a year, the year before is also the period before: say it once.
        if figures.period.size != .year {
            put("   vs \(figures.period.previous) ", .kpiLabel, y: area.y + 1)
            put(Format.change(figures.previousPeriodPercent), Format.changeRole(figures.previousPeriodPercent), y: area.y + 1)
        }
    }

    /// The outlook for a period still running, the gap to target, the pipeline beside it, and
    /// the model with its backtest accuracy.
    private func renderOutlook(_ view: MetricsView, in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard let method = view.forecastMethod else {
            buffer.write("No forecast: no complete month of history yet.", x: area.x, y: area.y, maxWidth: area.width, style: theme[.textDim])
            return
        }
        var x = area.x
        var y = area.y
        func put(_ text: String, _ role: ThemeRole) {
            guard x < area.maxX else { return }
            x += buffer.write(text, x: x, y: y, maxWidth: area.maxX - x, style: theme[role])
        }
        if let outlook = view.outlook {
            put("Outlook ", .kpiLabel)
            put(Self.show(outlook), .kpiValue)
            if let gap = view.gapToTarget {
                put(" · gap to target ", .kpiLabel)
                put((gap.isNegative ? "" : "+") + Self.show(gap), gap.isNegative ? .kpiBad : .kpiGood)
            }
            put("   ", .text)
        }
        if let pipeline = view.pipeline {
            // Beside the outlook, never added to it: the forecast already expects what history implies.
            put("Pipeline ", .kpiLabel)
            put("\(pipeline.weighted.compact) weighted", .text)
            put(" · commit \(pipeline.commit.compact)", .text)
            if pipeline.closedWon.minorUnits > 0 { put(" · won \(pipeline.closedWon.compact)", .kpiGood) }
        }
        x = area.x
        y += 1
        put("Forecast: \(method)", .textDim)
        if let backtest = view.backtest {
            put(" · backtest MASE \(Self.twoDecimals(backtest.mase)), sMAPE \(Self.oneDecimal(backtest.smape))%", .textDim)
        }
    }

    static func twoDecimals(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    static func oneDecimal(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private func renderTable(_ view: MetricsView, in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let kind = view.kind
        let rows = view.table.map { month -> [Table.Item] in
            let name = "\(month.month.shortMonthName) \(month.month.year % 100 < 10 ? "0" : "")\(month.month.year % 100)"
            let range = month.range80.map { "\(kind.value($0.lowerBound).compact)–\(kind.value($0.upperBound).compact)" }
            return [
                Table.Item(name + (month.isMonthToDate ? " *" : ""), role: month.inPeriod ? .textStrong : nil),
                Table.Item(Self.show(month.actual), role: .kpiValue),
                Table.Item(Self.show(month.target), role: .textDim),
                Table.Item(
                    Format.percent(month.percentOfTarget),
                    role: month.percentOfTarget.map { $0 >= 100 ? .kpiGood : $0 >= 90 ? .kpiWarn : .kpiBad } ?? .textDim),
                Table.Item(Format.change(month.changeOnLastYear), role: Format.changeRole(month.changeOnLastYear)),
                Table.Item(month.forecast.map { $0.compact } ?? "", role: .kpiWarn),
                Table.Item(range ?? "", role: .textDim),
                Table.Item(""),
            ]
        }
        Self.table.render(in: area, into: &buffer, theme: theme, rows: Array(rows.prefix(max(0, area.height - 2))), selected: nil, focused: true)
        if view.tableShowsMonthToDate, area.height > rows.count + 1 {
            buffer.write("* month to date", x: area.x, y: area.y + rows.count + 1, maxWidth: area.width, style: theme[.textDim])
        }
    }
}
