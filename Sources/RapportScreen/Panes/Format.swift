import RapportCore

/// Number and date formats shared by the panes, fixed (not locale-dependent) so snapshots are stable.
enum Format {
    /// "64%", or "—" when there is no base to compare with.
    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return "\(Int(value.rounded()))%"
    }

    /// "+8%", "-3%", "±0%", or "—".
    static func change(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        let rounded = Int(value.rounded())
        if rounded == 0 { return "±0%" }
        return rounded > 0 ? "+\(rounded)%" : "\(rounded)%"
    }

    static func changeRole(_ value: Double?) -> ThemeRole {
        guard let value, value.isFinite else { return .textDim }
        if value >= 2 { return .kpiGood }
        if value <= -5 { return .kpiBad }
        return .kpiWarn
    }

    /// "Sun 29 Nov 2026"
    static func longDate(_ day: Day) -> String {
        let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let (year, month, dayOfMonth) = day.components
        return "\(names[day.isoWeekday - 1]) \(dayOfMonth) \(YearMonth(year: year, month: month).shortMonthName) \(year)"
    }

    /// "in 12d", "today", "3d ago".
    static func relative(_ day: Day, from today: Day) -> String {
        let days = today.days(until: day)
        if days == 0 { return "today" }
        return days > 0 ? "in \(days)d" : "\(-days)d ago"
    }

    static func statusRole(_ status: InitiativeStatus) -> ThemeRole {
        switch status {
        case .planned: return .statusPlanned
        case .onTrack: return .statusOnTrack
        case .atRisk: return .statusAtRisk
        case .blocked: return .statusBlocked
        case .done: return .statusDone
        }
    }

    /// A status badge that reads without colour: the symbol differs per status.
    static func statusBadge(_ status: InitiativeStatus) -> String {
        switch status {
        case .planned: return "○ planned"
        case .onTrack: return "● on track"
        case .atRisk: return "▲ at risk"
        case .blocked: return "■ blocked"
        case .done: return "✓ done"
        }
    }

    static func healthRole(_ band: HealthBand) -> ThemeRole {
        switch band {
        case .good: return .healthGood
        case .watch: return .healthWatch
        case .atRisk: return .healthAtRisk
        }
    }

    static func healthSymbol(_ band: HealthBand) -> String {
        switch band {
        case .good: return "●"
        case .watch: return "◐"
        case .atRisk: return "○"
        }
    }
}
