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
        Table.Column("Month", width: 8, keepsWhole: true),
        Table.Column("Actual", width: 10, alignment: .right, keepsWhole: true),
        Table.Column("Target", width: 10, alignment: .right, keepsWhole: true),
        Table.Column("vs target", width: 9, alignment: .right, keepsWhole: true),
        Table.Column("vs last year", width: 12, alignment: .right, priority: 5, keepsWhole: true),
        Table.Column("Forecast", width: 9, alignment: .right, priority: 7, keepsWhole: true),
        Table.Column("80% range", width: 15, alignment: .right, priority: 6, keepsWhole: true),
        Table.Column("", width: 1, flexible: true),
    ])

    func render(in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let period = state.period
        guard let view = detail.metrics else {
            let inner = Block(title: "Metrics · \(period)", focused: true).render(in: area, into: &buffer, theme: theme)
            buffer.writeFitted("Loading…", x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), style: theme[.textDim])
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
            buffer.writeFitted("Nothing recorded yet — \(record).", x: inner.x + 1, y: inner.y, width: inner.width - 2, style: theme[.textDim])
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

    /// The period's figure against its target, and against the year before and the period
    /// before: two lines of fields, the least important dropped whole when the pane is narrow.
    private func renderFigures(_ view: MetricsView, in area: Rect, into buffer: inout Buffer, theme: Theme) {
        let figures = view.figures
        let elapsed = figures.elapsed
        let dot = FieldLine.Piece(" · ", .textDim)
        func attainmentRole(_ percent: Double?) -> ThemeRole {
            percent.map { $0 >= 100 ? .kpiGood : $0 >= 90 ? .kpiWarn : .kpiBad } ?? .textDim
        }
        var first = FieldLine()
        if elapsed.phase == .future {
            first.add("Not started", .kpiLabel, priority: 100)
        } else {
            first.add([.init("\(view.figureLabel) ", .kpiLabel), .init(Self.show(figures.actual), .kpiValue)], priority: 100)
        }
        if let target = figures.target {
            var pieces: [FieldLine.Piece] = [.init("target ", .kpiLabel), .init(Self.show(target), .text)]
            if !figures.targetCoversPeriod { pieces.append(.init(" (set for \(figures.targetMonths) of \(figures.monthCount) months)", .kpiWarn)) }
            if elapsed.phase != .future, let attainment = figures.attainmentPercent {
                pieces += elapsed.phase == .running
                    ? [.init(", \(Format.percent(attainment)) so far", .text)]
                    : [.init(": ", .textDim), .init(Format.percent(attainment), attainmentRole(attainment))]
            }
            first.add(pieces, priority: 80, separator: dot)
            if let onPace = figures.onPaceTarget {
                first.add(
                    [.init("on pace ", .kpiLabel), .init(Self.show(onPace), .text), .init(": ", .textDim),
                     .init(Format.percent(figures.onPacePercent), attainmentRole(figures.onPacePercent))],
                    priority: 60, separator: dot)
            }
        } else {
            first.add("no target set", .textDim, priority: 80, separator: dot)
        }
        if elapsed.phase == .running {
            first.add("day \(elapsed.daysElapsed) of \(elapsed.daysInPeriod)", .textDim, priority: 40, separator: .init("   ", .text))
        }
        first.render(at: area.x, y: area.y, width: area.width, into: &buffer, theme: theme)

        var second = FieldLine()
        switch elapsed.phase {
        case .future:
            second.add([.init("Same period last year ", .kpiLabel), .init(Self.show(figures.yearEarlier), .text)], priority: 100)
        case .running, .over:
            if elapsed.phase == .running {
                // Said, not implied: a part of a month is compared with the same part of another.
                second.add(view.kind.aggregation == .sum ? "Pro rata:" : "Same months:", .textDim, priority: 75)
            }
            let upTo = elapsed.phase == .running ? " to \(Self.upTo(elapsed))" : ""
            second.add(
                [.init("vs \(figures.period.yearEarlier)\(upTo) ", .kpiLabel),
                 .init(Format.change(figures.yearOverYearPercent), Format.changeRole(figures.yearOverYearPercent))],
                priority: 90, separator: .init(" ", .text))
            // For a year, the year before is also the period before: say it once.
            if figures.period.size != .year {
                let day = elapsed.phase == .running ? " to day \(elapsed.daysElapsed)" : ""
                second.add(
                    [.init("vs \(figures.period.previous)\(day) ", .kpiLabel),
                     .init(Format.change(figures.previousPeriodPercent), Format.changeRole(figures.previousPeriodPercent))],
                    priority: 70, separator: .init("   ", .text))
            }
        }
        second.render(at: area.x, y: area.y + 1, width: area.width, into: &buffer, theme: theme)
    }

    /// "1 Dec": the day a running period's comparison runs to.
    static func upTo(_ elapsed: ElapsedShare) -> String {
        "\(elapsed.today.dayOfMonth) \(elapsed.today.yearMonth.shortMonthName)"
    }

    /// The outlook for a period still running, the gap to target, the pipeline beside it, and
    /// the model with its backtest accuracy.
    private func renderOutlook(_ view: MetricsView, in area: Rect, into buffer: inout Buffer, theme: Theme) {
        guard let method = view.forecastMethod else {
            buffer.writeFitted("No forecast: no complete month of history yet.", x: area.x, y: area.y, width: area.width, style: theme[.textDim])
            return
        }
        let dot = FieldLine.Piece(" · ", .textDim)
        var outlookLine = FieldLine()
        if let outlook = view.outlook {
            outlookLine.add([.init("Outlook ", .kpiLabel), .init(Self.show(outlook), .kpiValue)], priority: 100)
            if let gap = view.gapToTarget {
                var pieces: [FieldLine.Piece] = []
                if let comparable = view.outlookForTargetMonths {
                    pieces += [
                        .init("for the \(view.figures.targetMonths) months with a target ", .kpiLabel), .init(Self.show(comparable), .text),
                        .init(", gap ", .kpiLabel),
                    ]
                } else {
                    pieces.append(.init("gap to target ", .kpiLabel))
                }
                pieces.append(.init((gap.isNegative ? "" : "+") + Self.show(gap), gap.isNegative ? .kpiBad : .kpiGood))
                outlookLine.add(pieces, priority: 90, separator: dot)
            }
        }
        if let pipeline = view.pipeline {
            // Beside the outlook, never added to it: the forecast already expects what history implies.
            let gap = FieldLine.Piece("   ", .text)
            outlookLine.add([.init("Pipeline ", .kpiLabel), .init("\(pipeline.weighted.compact) weighted", .text)], priority: 50, separator: gap)
            outlookLine.add("commit \(pipeline.commit.compact)", .text, priority: 40, separator: dot)
            if pipeline.closedWon.minorUnits > 0 { outlookLine.add("won \(pipeline.closedWon.compact)", .kpiGood, priority: 30, separator: dot) }
        }
        outlookLine.render(at: area.x, y: area.y, width: area.width, into: &buffer, theme: theme)

        var forecastLine = FieldLine()
        let chosen = view.forecastChoice == .automatic ? "" : " (\(view.forecastChoice.label), chosen)"
        forecastLine.add("Forecast\(chosen): \(method)", view.forecastChoice == .automatic ? .textDim : .text, priority: 100)
        if let backtest = view.backtest {
            // A forecast that loses to the baseline says so before anything else on the line.
            if view.losesToSeasonalNaive {
                let flag = "⚠ loses to seasonal naive (backtest MASE \(Self.twoDecimals(backtest.mase)))"
                forecastLine.add(flag, .kpiBad, priority: 110, separator: dot)
            } else {
                forecastLine.add("backtest MASE \(Self.twoDecimals(backtest.mase))", .textDim, priority: 60, separator: dot)
            }
            forecastLine.add("sMAPE \(Self.oneDecimal(backtest.smape))%", .textDim, priority: 50, separator: .init(", ", .textDim))
        }
        if let better = view.betterSimpler {
            let key = keymap.key(for: .cycleForecastMethod, in: .periods) ?? "F"
            forecastLine.add(
                "\(better.method) did better (MASE \(Self.twoDecimals(better.mase))): \(key) chooses it", .kpiWarn, priority: 105,
                separator: dot)
        }
        forecastLine.render(at: area.x, y: area.y + 1, width: area.width, into: &buffer, theme: theme)
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
            buffer.writeFitted("* month to date", x: area.x, y: area.y + rows.count + 1, width: area.width, style: theme[.textDim])
        }
    }
}
