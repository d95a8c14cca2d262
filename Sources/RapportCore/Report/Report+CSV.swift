extension Report {
    /// The report as one long CSV table — `section,account,measure,value` — that a spreadsheet
    /// can filter and pivot. Money is a plain decimal in dollars (`1200.50`), a share a plain
    /// decimal percentage; an empty value is a figure not known. Every cell goes through
    /// `CSVText`, so a name starting with `=`, `+`, `-` or `@` is shown, never run.
    public var csv: String {
        var out = CSVText.record(["section", "account", "measure", "value"])
        func add(_ section: String, _ account: String, _ measure: String, _ value: String) {
            out += CSVText.record([section, account, measure, value])
        }
        func money(_ minor: Int64?) -> String { minor.map { CSVText.decimal($0, unitsPerWhole: 100) } ?? "" }
        func percent(_ value: Double?) -> String {
            guard let value, value.isFinite else { return "" }
            return CSVText.decimal(Int64((value * 10).rounded()), unitsPerWhole: 10)
        }
        let scope = account ?? ""
        add("report", scope, "title", title)
        add("report", scope, "period", period.key)
        add("report", scope, "first_month", period.firstMonth)
        add("report", scope, "last_month", period.lastMonth)
        add("report", scope, "phase", period.phase)
        add("report", scope, "as_of", asOf)
        if let clientBase {
            for tier in clientBase.tiers + [clientBase.total] {
                add("client_base", scope, "\(tier.tier).accounts", String(tier.accounts))
                add("client_base", scope, "\(tier.tier).new", tier.new.map(String.init) ?? "")
                add("client_base", scope, "\(tier.tier).churned", tier.churned.map(String.init) ?? "")
                add("client_base", scope, "\(tier.tier).net", tier.net.map(String.init) ?? "")
            }
        }
        add("revenue", scope, "actual", money(revenue.actualMinor))
        add("revenue", scope, "target", money(revenue.targetMinor))
        add("revenue", scope, "target_months", String(revenue.targetMonths))
        add("revenue", scope, "on_pace_target", money(revenue.onPaceTargetMinor))
        add("revenue", scope, "year_earlier", money(revenue.yearEarlierMinor))
        add("revenue", scope, "previous_period", money(revenue.previousMinor))
        add("revenue", scope, "like_for_like", revenue.likeForLike ? "true" : "false")
        add("revenue", scope, "attainment_percent", percent(revenue.attainmentPercent))
        add("revenue", scope, "year_over_year_percent", percent(revenue.yearOverYearPercent))
        add("revenue", scope, "previous_period_percent", percent(revenue.previousPeriodPercent))
        for month in revenue.months {
            add("revenue_month", scope, "\(month.month).actual", money(month.actualMinor))
            add("revenue_month", scope, "\(month.month).target", money(month.targetMinor))
            add("revenue_month", scope, "\(month.month).last_year", money(month.lastYearMinor))
        }
        add("forecast", scope, "period", forecast.periodKey)
        add("forecast", scope, "expected", money(forecast.expectedMinor))
        add("forecast", scope, "low_80", money(forecast.low80Minor))
        add("forecast", scope, "high_80", money(forecast.high80Minor))
        add("forecast", scope, "low_95", money(forecast.low95Minor))
        add("forecast", scope, "high_95", money(forecast.high95Minor))
        add("forecast", scope, "method", forecast.method ?? "")
        for (measure, count) in [
            ("completed", initiatives.completed), ("on_track", initiatives.onTrack), ("at_risk", initiatives.atRisk),
            ("blocked", initiatives.blocked), ("planned", initiatives.planned), ("overdue", initiatives.overdue),
        ] {
            add("initiatives", scope, measure, String(count))
        }
        for item in initiatives.highlights {
            add("initiative_highlight", item.account, "\(item.kind): \(item.title)", "\(item.progress)")
        }
        for item in attention {
            add("attention", item.account, "health", item.health.map(String.init) ?? "")
            add("attention", item.account, "reasons", item.reasons.joined(separator: "; "))
        }
        if let movers {
            for (direction, list) in [("up", movers.up), ("down", movers.down)] {
                for mover in list {
                    add("mover_\(direction)", mover.account, "current", money(mover.currentMinor))
                    add("mover_\(direction)", mover.account, "previous", money(mover.previousMinor))
                    add("mover_\(direction)", mover.account, "change", money(mover.changeMinor))
                }
            }
        }
        return out
    }
}
