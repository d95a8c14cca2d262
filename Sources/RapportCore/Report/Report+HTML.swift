extension Report {
    /// The report as one self-contained HTML file: inline CSS and SVG, no script, nothing
    /// fetched; every piece of data escaped by `HTMLText`. Printed, each section starts a page.
    public var html: String {
        let h = HTMLText.escaped
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <title>\(h(title)) — \(h(period.label))</title>
            <style>
            \(ReportStyle.css)
            </style>
            </head>
            <body>

            """
        out += "<section>\n<h1>\(h(title)) — \(h(period.label))</h1>\n"
        out += "<p class=\"meta\">As of \(h(asOf)) · \(h(period.firstMonth)) to \(h(period.lastMonth)) (\(h(period.phase)))</p>\n"
        if let clientBase {
            out += "<h2>Client base</h2>\n"
            let rows = (clientBase.tiers + [clientBase.total]).map { tier in
                [h(tier.label), String(tier.accounts), ReportFigures.count(tier.new), ReportFigures.count(tier.churned), ReportFigures.signedCount(tier.net)]
            }
            out += HTMLText.table(["Tier", "Clients at end", "New", "Churned", "Net"], rows, numeric: [1, 2, 3, 4])
            if !clientBase.lifecycleRecorded { out += "<p class=\"note\">\(h(ReportFigures.lifecycleNotRecorded))</p>\n" }
        }
        out += "</section>\n"
        out += "<section>\n<h2>Revenue</h2>\n" + htmlRevenue + "</section>\n"
        out += "<section>\n<h2>Forecast: \(h(forecast.periodLabel))</h2>\n<p>\(h(ReportFigures.forecastLine(forecast)))</p>\n</section>\n"
        out += "<section>\n<h2>Initiatives</h2>\n" + htmlInitiatives + "</section>\n"
        out += "<section>\n<h2>Accounts needing attention</h2>\n"
        if attention.isEmpty {
            out += "<p>None.</p>\n"
        } else {
            let rows = attention.map { [h($0.account), $0.health.map(String.init) ?? "—", h($0.reasons.joined(separator: "; "))] }
            out += HTMLText.table(["Account", "Health", "Why"], rows, numeric: [1])
        }
        out += "</section>\n"
        if let movers {
            out += "<section>\n<h2>Top movers: \(h(movers.comparison))</h2>\n"
            for (heading, list) in [("Up", movers.up), ("Down", movers.down)] {
                out += "<h3>\(heading)</h3>\n"
                guard !list.isEmpty else {
                    out += "<p>None.</p>\n"
                    continue
                }
                let rows = list.map { mover in
                    [h(mover.account), ReportFigures.money(mover.currentMinor), ReportFigures.money(mover.previousMinor),
                     ReportFigures.signedMoney(mover.changeMinor), ReportFigures.change(mover.changePercent)]
                }
                out += HTMLText.table(["Account", "This period", "Period before", "Change", "%"], rows, numeric: [1, 2, 3, 4])
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// Sections the HTML holds, each a printed page when it fits on one.
    public var htmlSectionCount: Int { movers == nil ? 5 : 6 }

    private var htmlRevenue: String {
        var rows = [
            ["Actual", ReportFigures.money(revenue.actualMinor), ""],
            ["Target (\(revenue.targetMonths) of \(revenue.monthCount) months)", ReportFigures.money(revenue.targetMinor),
             ReportFigures.share(revenue.attainmentPercent) + " attained"],
        ]
        if let onPace = revenue.onPaceTargetMinor { rows.append(["On pace", ReportFigures.money(onPace), ReportFigures.share(revenue.onPacePercent) + " of pace"]) }
        rows.append(["Same period last year", ReportFigures.money(revenue.yearEarlierMinor), ReportFigures.change(revenue.yearOverYearPercent)])
        rows.append(["Period before", ReportFigures.money(revenue.previousMinor), ReportFigures.change(revenue.previousPeriodPercent)])
        var out = HTMLText.table(["", "Amount", "Compared"], rows, numeric: [1, 2])
        if let note = ReportFigures.likeForLikeNote(revenue, period: period) { out += "<p class=\"note\">\(HTMLText.escaped(note))</p>\n" }
        out += ReportCharts.revenue(revenue.months)
        return out
    }

    private var htmlInitiatives: String {
        let counts = initiatives
        var out = ReportCharts.initiativeBar(counts)
        out += HTMLText.table(
            ["Completed in period", "On track", "At risk", "Blocked", "Planned", "Overdue"],
            [[counts.completed, counts.onTrack, counts.atRisk, counts.blocked, counts.planned, counts.overdue].map(String.init)],
            numeric: Set(0..<6))
        guard !counts.highlights.isEmpty else { return out }
        let h = HTMLText.escaped
        let rows = counts.highlights.map { item in
            [ReportFigures.highlightLabels[item.kind] ?? h(item.kind), h(item.account), h(item.title), "\(item.progress)%", h(item.dueDate ?? "—"), h(item.note)]
        }
        out += "<h3>Highlights</h3>\n" + HTMLText.table(["", "Account", "Initiative", "Progress", "Due", "Latest note"], rows, numeric: [3])
        return out
    }
}
