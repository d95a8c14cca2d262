/// How every report format writes a figure, so Markdown, HTML and the preview agree.
enum ReportFigures {
    /// "$12,400" (whole dollars, rounded half away from zero): a report's tables read in dollars.
    static func money(_ minor: Int64?) -> String {
        guard let minor else { return "—" }
        let sign = minor < 0 ? "-" : ""
        let dollars = (minor.magnitude + 50) / 100
        return "\(sign)$\(Money.grouped(dollars))"
    }

    /// "+4.2%", "-0.5%", "—".
    static func change(_ percent: Double?) -> String {
        guard let percent, percent.isFinite else { return "—" }
        let tenths = Int((percent * 10).rounded())
        return (tenths > 0 ? "+" : tenths < 0 ? "-" : "") + tenthsText(abs(tenths)) + "%"
    }

    /// "98.0%", "—".
    static func share(_ percent: Double?) -> String {
        guard let percent, percent.isFinite else { return "—" }
        let tenths = Int((percent * 10).rounded())
        return (tenths < 0 ? "-" : "") + tenthsText(abs(tenths)) + "%"
    }

    static func signedMoney(_ minor: Int64) -> String { (minor > 0 ? "+" : "") + money(minor) }

    private static func tenthsText(_ tenths: Int) -> String { "\(tenths / 10).\(tenths % 10)" }

    static func count(_ value: Int?) -> String { value.map(String.init) ?? "—" }

    static func signedCount(_ value: Int?) -> String {
        guard let value else { return "—" }
        return value > 0 ? "+\(value)" : String(value)
    }

    /// What the revenue section's comparison means, in words.
    static func likeForLikeNote(_ revenue: RevenueSection, period: ReportPeriodInfo) -> String? {
        guard revenue.likeForLike else { return nil }
        return "\(period.label) is still running: last year and the period before count the same share of their months "
            + "(the running month pro rata by days), and \"on pace\" is the target's share for the time passed."
    }

    static let lifecycleNotRecorded = "New and churned accounts are not recorded yet: the store keeps no start or churn dates."

    static func forecastLine(_ forecast: ForecastSection) -> String {
        guard let expected = forecast.expectedMinor else { return forecast.note ?? "No forecast." }
        var line = "Expected \(money(expected))"
        if let low = forecast.low80Minor, let high = forecast.high80Minor { line += " (80% range \(money(low)) – \(money(high))" }
        if let low = forecast.low95Minor, let high = forecast.high95Minor { line += "; 95% range \(money(low)) – \(money(high)))" }
        if let method = forecast.method { line += ", forecast by \(method)" }
        return line + "."
    }

    static let highlightLabels = ["completed": "Completed", "blocked": "Blocked", "at-risk": "At risk", "overdue": "Overdue"]

    static func statusLabel(_ raw: String) -> String { InitiativeStatus(rawValue: raw)?.label ?? raw }
}
