import RapportCore
import RapportViewModel

/// Revenue for the chosen period against plan, a year before and the period before; below, a
/// chart of the last 24 months and the year ahead (or, with `t`, the same numbers as a table).
struct MetricsSection {
    let state: AppState
    let detail: AccountDetail

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

    /// Revenue is money in minor units; any other metric is a plain count or score.
    var isMoney: Bool { detail.metric == MetricPoint.revenue }

    func show(_ amount: Money?) -> String {
        guard let amount else { return "—" }
        return isMoney ? amount.compact : Self.plain(Double(amount.minorUnits))
    }

    func show(_ value: Double) -> String { isMoney ? Money(minorUnits: Int64(value.rounded())).compact : Self.plain(value) }

    static let plainFormat: @Sendable (Double) -> String = { plain($0) }

    /// "12,400", "1.3M": counts and scores without a currency.
    static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let text = Money(minorUnits: Int64((value * 100).rounded())).compact
        return text.replacingOccurrences(of: "$", with: "")
    }

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let period = state.period
        let name = detail.metric == MetricPoint.revenue ? "Revenue" : detail.metric.replacingOccurrences(of: "-", with: " ").capitalized
        let others = detail.metricNames.count > 1 ? " · m next metric" : ""
        let inner = Block(title: "\(name) · \(period) (\(period.size.label))\(others)", focused: true, trailingTitle: "⇧←/→ period · [ ] size · T now · t table")
            .render(in: area, into: &buffer, theme: theme)
        guard !inner.isEmpty else { return }
        guard detail.points.contains(where: { $0.actual != nil }) else {
            buffer.write("Nothing recorded yet — n records a month.", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 2, style: theme[.textDim])
            return
        }
        let figures = PeriodFigures(points: detail.points, period: period, aggregation: MetricPoint.aggregation(of: detail.metric))
        renderFigures(figures, in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: 2), into: &buffer, theme: theme)
        renderOutlook(figures, in: Rect(x: inner.x + 1, y: inner.y + 2, width: inner.width - 2, height: 2), into: &buffer, theme: theme)
        let body = Rect(x: inner.x + 1, y: inner.y + 5, width: inner.width - 2, height: max(0, inner.height - 5))
        if state.metricsAsTable {
            renderTable(in: body, into: &buffer, theme: theme)
        } else {
            // A chart taller than this only stretches the bars; the space below stays calm.
            let chart = Rect(x: body.x, y: body.y, width: body.width, height: min(body.height, 16))
            let format: @Sendable (Double) -> String = isMoney ? MonthlyChart.money : MetricsSection.plainFormat
            MonthlyChart(months: chartMonths(), format: format).render(in: chart, into: &buffer, theme: theme)
            if body.height > chart.height + 1 {
                buffer.write(
                    "█ actual   ─ target   ● forecast   ░ 80% range   · 95% range", x: body.x + 7, y: chart.maxY + 1,
                    maxWidth: body.width - 7, style: theme[.textDim])
            }
        }
    }

    private func renderFigures(_ figures: PeriodFigures, in area: Rect, into buffer: inout Buffer, theme: Theme) {
        var x = area.x
        func put(_ text: String, _ role: ThemeRole, y: Int) {
            guard x < area.maxX else { return }
            x += buffer.write(text, x: x, y: y, maxWidth: area.maxX - x, style: theme[role])
        }
        let attainment = figures.attainmentPercent
        put(isMoney ? "Actual " : "Average ", .kpiLabel, y: area.y)
        put(show(figures.actual), .kpiValue, y: area.y)
        put(" of ", .textDim, y: area.y)
        put(figures.target == nil ? "no target" : show(figures.target), .text, y: area.y)
        put("  ", .text, y: area.y)
        put(Format.percent(attainment), attainment.map { $0 >= 100 ? .kpiGood : $0 >= 90 ? .kpiWarn : .kpiBad } ?? .textDim, y: area.y)
        put(" of target", .textDim, y: area.y)
        if figures.isOpen(today: state.today) {
            put("  (to date: \(figures.monthsReported) of \(figures.period.months.months.count) months)", .textDim, y: area.y)
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

    /// The outlook for a period still running (actuals to date plus the forecast for the rest),
    /// the gap to target, and the model with its backtest accuracy.
    private func renderOutlook(_ figures: PeriodFigures, in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard let forecast = detail.forecast else {
            buffer.write("No forecast: no complete month of history yet.", x: area.x, y: area.y, maxWidth: area.width, style: theme[.textDim])
            return
        }
        var x = area.x
        var y = area.y
        func put(_ text: String, _ role: ThemeRole) {
            guard x < area.maxX else { return }
            x += buffer.write(text, x: x, y: y, maxWidth: area.maxX - x, style: theme[role])
        }
        if let outlook = forecast.outlook(for: figures.period, points: detail.points, aggregation: MetricPoint.aggregation(of: detail.metric)) {
            put("Outlook ", .kpiLabel)
            put(show(outlook), .kpiValue)
            if let target = figures.target {
                let gap = outlook - target
                put(" · gap to target ", .kpiLabel)
                put((gap.minorUnits >= 0 ? "+" : "") + show(gap), gap.minorUnits >= 0 ? .kpiGood : .kpiBad)
            }
            put("   ", .text)
        }
        let pipeline = PipelineFigures(opportunities: detail.opportunities, period: figures.period)
        if isMoney, pipeline.openCount > 0 || pipeline.closedWon.minorUnits > 0 {
            // Beside the outlook, never added to it: the forecast already expects what history implies.
            put("Pipeline ", .kpiLabel)
            put("\(pipeline.weighted.compact) weighted", .text)
            put(" · commit \(pipeline.commit.compact)", .text)
            if pipeline.closedWon.minorUnits > 0 { put(" · won \(pipeline.closedWon.compact)", .kpiGood) }
        }
        x = area.x
        y += 1
        put("Forecast: \(forecast.result.method)", .textDim)
        if let backtest = forecast.result.backtest {
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

    /// The 24 months up to the period's end (or today, whichever is later) and 12 after.
    private func chartMonths() -> [MonthlyChart.Month] {
        var byMonth: [YearMonth: MetricPoint] = [:]
        for point in detail.points { byMonth[point.month] = point }
        let anchor = max(state.today.yearMonth, state.period.months.last)
        let first = anchor.adding(months: -23)
        return (0..<36).map { offset in
            let month = first.adding(months: offset)
            let point = byMonth[month]
            let forecast = detail.forecast?.month(month)
            // The running month shows its forecast beside the part-month actual.
            return MonthlyChart.Month(
                month: month, actual: point?.actual.map(Double.init), target: point?.target.map(Double.init),
                forecast: forecast?.point, band80: forecast?.band80, band95: forecast?.band95,
                highlighted: state.period.months.contains(month))
        }
    }

    private func renderTable(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        var byMonth: [YearMonth: MetricPoint] = [:]
        for point in detail.points { byMonth[point.month] = point }
        let last = state.period.months.last
        let months = (0..<max(12, state.period.size.rawValue)).map { last.adding(months: -$0) }
        let rows = months.map { month -> [Table.Item] in
            let point = byMonth[month]
            let actual = point?.actual.map { Money(minorUnits: $0) }
            let target = point?.target.map { Money(minorUnits: $0) }
            // (Money here carries the metric's unit; `show` formats it for the metric.)
            let vsTarget = actual.flatMap { value in target.flatMap { value.percent(of: $0) } }
            let lastYear = byMonth[month.adding(months: -12)]?.actual.map { Money(minorUnits: $0) }
            let change = actual.flatMap { value in lastYear.flatMap { (value - $0).percent(of: $0) } }
            let partial = month == state.today.yearMonth ? " *" : ""
            let forecast = detail.forecast?.month(month)
            let range = forecast.map {
                "\(show($0.band80.lowerBound))–\(show($0.band80.upperBound))"
            }
            return [
                Table.Item("\(month.shortMonthName) \(month.year % 100 < 10 ? "0" : "")\(month.year % 100)\(partial)", role: state.period.months.contains(month) ? .textStrong : nil),
                Table.Item(show(actual), role: .kpiValue),
                Table.Item(show(target), role: .textDim),
                Table.Item(Format.percent(vsTarget), role: vsTarget.map { $0 >= 100 ? .kpiGood : $0 >= 90 ? .kpiWarn : .kpiBad } ?? .textDim),
                Table.Item(Format.change(change), role: Format.changeRole(change)),
                Table.Item(forecast.map { show($0.point) } ?? "", role: .kpiWarn),
                Table.Item(range ?? "", role: .textDim),
                Table.Item(""),
            ]
        }
        Self.table.render(in: area, into: &buffer, theme: theme, rows: Array(rows.prefix(max(0, area.height - 2))), selected: nil, focused: true)
        if months.contains(state.today.yearMonth), area.height > rows.count + 1 {
            buffer.write("* month to date", x: area.x, y: area.y + rows.count + 1, maxWidth: area.width, style: theme[.textDim])
        }
    }
}
