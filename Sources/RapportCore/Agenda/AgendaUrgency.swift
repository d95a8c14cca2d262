/// One term of an item's urgency: a coefficient times a factor in 0...1, Taskwarrior-style, so
/// that `i` can show where every point of the score came from.
public struct AgendaTerm: Hashable, Sendable {
    public var coefficient: AgendaCoefficient
    public var weight: Double
    public var factor: Double
    /// What the factor measured: "12 days past due".
    public var because: String

    public var value: Double { weight * factor }
}

/// An item's urgency: the sum of its terms.
public struct AgendaScore: Hashable, Sendable {
    public var terms: [AgendaTerm]

    public var total: Double { terms.reduce(0) { $0 + $1.value } }
}

/// The agenda's ranking rule. Pure: the same item and coefficients always give the same score.
public enum AgendaUrgency {
    public static func score(_ item: AgendaItem, with coefficients: AgendaCoefficients = .standard) -> AgendaScore {
        var terms: [AgendaTerm] = []
        func add(_ coefficient: AgendaCoefficient, _ factor: Double, _ because: String) {
            let clamped = min(max(factor, 0), 1)
            guard clamped > 0 else { return }
            terms.append(AgendaTerm(coefficient: coefficient, weight: coefficients[coefficient], factor: clamped, because: because))
        }
        add(item.kind.coefficient, 1, item.kind.label)
        if item.daysOverdue > 0 {
            add(.overdue, Double(item.daysOverdue) / Double(AgendaCoefficients.overdueFullDays), "\(daysText(item.daysOverdue)) past due")
        } else if let horizon = horizonDays(of: item.kind), item.due != nil {
            let remaining = -item.daysOverdue
            add(.comingDue, 1 - Double(remaining) / Double(horizon), remaining == 0 ? "due today" : "due in \(daysText(remaining)) of \(horizon)")
        }
        if item.annualRecurringRevenue.minorUnits > 0 {
            let full = Double(AgendaCoefficients.revenueFullMajorUnits) * 100
            add(.revenue, Double(item.annualRecurringRevenue.minorUnits) / full, "ARR \(item.annualRecurringRevenue.compact)")
        }
        if let health = item.health {
            add(.weakHealth, Double(100 - health) / 100, "health \(health)")
        }
        if item.severity > 0 {
            add(.severity, item.severity, severityReason(item))
        }
        return AgendaScore(terms: terms)
    }

    /// The window in which a coming due date raises the score, for the kinds that have one.
    public static func horizonDays(of kind: AgendaKind) -> Int? {
        switch kind {
        case .initiativeDue: return AgendaCoefficients.initiativeHorizonDays
        case .renewal: return PortfolioKPIs.renewalHorizonDays
        default: return nil
        }
    }

    private static func severityReason(_ item: AgendaItem) -> String {
        switch item.kind {
        case .healthDrop: return "fell by a share of \(HealthDrop.fullPoints) points"
        case .belowTarget: return "short of the quarter's target"
        case .keyContact: return "time since last reached"
        case .staleInitiative: return item.severity >= 1 ? "blocked" : "at risk"
        default: return "severity"
        }
    }

    static func daysText(_ days: Int) -> String { days == 1 ? "1 day" : "\(days) days" }
}

/// How a drop in health becomes an agenda item's severity.
public enum HealthDrop {
    /// A drop of this many points (or more) is full severity.
    public static let fullPoints = 20
    /// A drop smaller than this is noise and puts nothing on the agenda.
    public static let minimumPoints = 5

    public static func severity(ofDrop points: Int) -> Double { Double(points) / Double(fullPoints) }
}
