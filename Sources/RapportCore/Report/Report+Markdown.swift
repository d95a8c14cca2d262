extension Report {
    /// The report as Markdown that renders well on GitHub: headings, pipe tables, and every
    /// piece of data escaped by `MarkdownText`.
    public var markdown: String {
        let md = MarkdownText.inline
        var out = "# \(md(title)) — \(md(period.label))\n\n"
        out += "As of \(asOf) · \(period.firstMonth) to \(period.lastMonth) (\(period.phase))\n"
        if let clientBase {
            out += "\n## Client base\n\n"
            let rows = (clientBase.tiers + [clientBase.total]).map { tier in
                [tier.label, String(tier.accounts), ReportFigures.count(tier.new), ReportFigures.count(tier.churned), ReportFigures.signedCount(tier.net)]
            }
            out += MarkdownText.table(["Tier", "Clients at end", "New", "Churned", "Net"], rows, alignRight: [1, 2, 3, 4])
            if !clientBase.lifecycleRecorded { out += "\n_\(ReportFigures.lifecycleNotRecorded)_\n" }
        }
        out += "\n## Revenue\n\n" + markdownRevenue
        out += "\n## Forecast: \(md(forecast.periodLabel))\n\n\(md(ReportFigures.forecastLine(forecast)))\n"
        out += "\n## Initiatives\n\n" + markdownInitiatives
        out += "\n## Accounts needing attention\n\n"
        if attention.isEmpty {
            out += "None.\n"
        } else {
            let rows = attention.map { [md($0.account), $0.health.map(String.init) ?? "—", md($0.reasons.joined(separator: "; "))] }
            out += MarkdownText.table(["Account", "Health", "Why"], rows, alignRight: [1])
        }
        if let movers {
            out += "\n## Top movers: \(md(movers.comparison))\n"
            for (heading, list) in [("Up", movers.up), ("Down", movers.down)] {
                out += "\n### \(heading)\n\n"
                guard !list.isEmpty else {
                    out += "None.\n"
                    continue
                }
                let rows = list.map { mover in
                    [md(mover.account), ReportFigures.money(mover.currentMinor), ReportFigures.money(mover.previousMinor),
                     ReportFigures.signedMoney(mover.changeMinor), ReportFigures.change(mover.changePercent)]
                }
                out += MarkdownText.table(["Account", "This period", "Period before", "Change", "%"], rows, alignRight: [1, 2, 3, 4])
            }
        }
        return out
    }

    private var markdownRevenue: String {
        let figures = [
            ["Actual", ReportFigures.money(revenue.actualMinor), ""],
            ["Target (\(revenue.targetMonths) of \(revenue.monthCount) months)", ReportFigures.money(revenue.targetMinor),
             ReportFigures.share(revenue.attainmentPercent) + " attained"],
        ] + (revenue.onPaceTargetMinor.map { [["On pace", ReportFigures.money($0), ReportFigures.share(revenue.onPacePercent) + " of pace"]] } ?? [])
            + [
                ["Same period last year", ReportFigures.money(revenue.yearEarlierMinor), ReportFigures.change(revenue.yearOverYearPercent)],
                ["Period before", ReportFigures.money(revenue.previousMinor), ReportFigures.change(revenue.previousPeriodPercent)],
            ]
        var out = MarkdownText.table(["", "Amount", "Compared"], figures, alignRight: [1, 2])
        if let note = ReportFigures.likeForLikeNote(revenue, period: period) { out += "\n_\(MarkdownText.inline(note))_\n" }
        if revenue.months.count > 1 {
            let rows = revenue.months.map { [$0.month, ReportFigures.money($0.actualMinor), ReportFigures.money($0.targetMinor), ReportFigures.money($0.lastYearMinor)] }
            out += "\n" + MarkdownText.table(["Month", "Actual", "Target", "Last year"], rows, alignRight: [1, 2, 3])
        }
        return out
    }

    private var markdownInitiatives: String {
        let counts = initiatives
        var out = MarkdownText.table(
            ["Completed in period", "On track", "At risk", "Blocked", "Planned", "Overdue"],
            [[counts.completed, counts.onTrack, counts.atRisk, counts.blocked, counts.planned, counts.overdue].map(String.init)],
            alignRight: Set(0..<6))
        guard !counts.highlights.isEmpty else { return out }
        let md = MarkdownText.inline
        let rows = counts.highlights.map { item in
            [ReportFigures.highlightLabels[item.kind] ?? md(item.kind), md(item.account), md(item.title), "\(item.progress)%", item.dueDate ?? "—", md(item.note)]
        }
        out += "\n### Highlights\n\n" + MarkdownText.table(["", "Account", "Initiative", "Progress", "Due", "Latest note"], rows, alignRight: [3])
        return out
    }
}
