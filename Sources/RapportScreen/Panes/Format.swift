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
    static func statusBadge(_ status: InitiativeStatus) -> String { "\(statusSymbol(status)) \(status.label)" }

    static func statusSymbol(_ status: InitiativeStatus) -> String {
        switch status {
        case .planned: return "○"
        case .onTrack: return "●"
        case .atRisk: return "▲"
        case .blocked: return "■"
        case .done: return "✓"
        }
    }

    /// Beside a count or a date: late.
    static let lateMark = "!"

    /// The health symbols in band order, good first: "● ◐ ○".
    static var healthSymbols: String { HealthBand.allCases.map(healthSymbol).joined(separator: " ") }

    /// A band's role; an account in no band (not enough data yet) is drawn dim, never as at risk.
    static func healthRole(_ band: HealthBand?) -> ThemeRole {
        switch band {
        case .good: return .healthGood
        case .watch: return .healthWatch
        case .atRisk: return .healthAtRisk
        case nil: return .textDim
        }
    }

    static func healthSymbol(_ band: HealthBand) -> String {
        switch band {
        case .good: return "●"
        case .watch: return "◐"
        case .atRisk: return "○"
        }
    }

    /// "● 72 good", or "not enough data yet".
    static func health(_ health: RelationshipHealth) -> String {
        guard let band = health.band else { return RelationshipHealth.notEnoughDataLabel }
        return "\(healthSymbol(band)) \(health.value) \(band.label)"
    }

    /// A renewal date for the account views: how far off, and flagged when it has lapsed, in
    /// the alarming style (a lapsed renewal is the most urgent state one can be in), in the
    /// warning style within the KPI strip's horizon.
    static func renewal(_ date: Day, today: Day) -> (text: String, role: ThemeRole) {
        switch RenewalStatus(renewal: date, today: today) {
        case .lapsed(let days): return ("\(date.iso) · lapsed \(days == 1 ? "yesterday" : "\(days) days ago")", .overdue)
        case .dueSoon: return ("\(date.iso) (\(relative(date, from: today)))", .kpiWarn)
        case .none, .later: return ("\(date.iso) (\(relative(date, from: today)))", .text)
        }
    }

    /// "lapsed 12d": a lapsed renewal where a list column has room for a date (11 cells at most).
    static func lapsedShort(days: Int) -> String {
        days < 1000 ? "lapsed \(days)d" : "lapsed \(days / 365)y"
    }
}
