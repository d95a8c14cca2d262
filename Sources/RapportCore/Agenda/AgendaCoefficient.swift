/// One number of the agenda's urgency: a weight (a term is weight × a factor in 0...1) or one
/// of the two thresholds. The raw value is the key in the config file's `[agenda]` table.
public enum AgendaCoefficient: String, CaseIterable, Hashable, Sendable {
    // How much each kind weighs by itself.
    case lapsedRenewal = "lapsed_renewal"
    case followUp = "follow_up"
    case initiativeOverdue = "initiative_overdue"
    case initiativeDue = "initiative_due"
    case staleInitiative = "stale_initiative"
    case renewal
    case stayInTouch = "stay_in_touch"
    case keyContact = "key_contact"
    case healthDrop = "health_drop"
    case belowTarget = "below_target"
    // Terms every item can have.
    /// × days past due / 30, at most 1.
    case overdue
    /// × how close the due date is within the kind's horizon: 1 today, 0 at the horizon.
    case comingDue = "coming_due"
    /// × ARR / 1,000,000 (major units), at most 1: bigger accounts first.
    case revenue = "arr"
    /// × (100 − health) / 100: weaker relationships first.
    case weakHealth = "weak_health"
    /// × the item's own severity (see `AgendaItem.severity`).
    case severity
    // Thresholds, in days.
    /// A key contact not reached for this many days is on the agenda.
    case keyContactDays = "key_contact_days"
    /// An at-risk or blocked initiative not updated for this many days is on the agenda.
    case staleInitiativeDays = "stale_initiative_days"

    /// Whether the value is a number of days (a whole number, at least 1) rather than a weight.
    public var isThreshold: Bool { self == .keyContactDays || self == .staleInitiativeDays }

    public var defaultValue: Double {
        switch self {
        case .lapsedRenewal: return 20
        case .followUp: return 8
        case .initiativeOverdue: return 7
        case .initiativeDue: return 4
        case .staleInitiative: return 5
        case .renewal: return 6
        case .stayInTouch: return 4
        case .keyContact: return 3
        case .healthDrop: return 4
        case .belowTarget: return 3
        case .overdue: return 6
        case .comingDue: return 4
        case .revenue: return 3
        case .weakHealth: return 3
        case .severity: return 4
        case .keyContactDays: return 90
        case .staleInitiativeDays: return 7
        }
    }

    /// The range a value must be in: weights within ±100 (a negative weight pushes items down,
    /// as Taskwarrior allows), thresholds 1 to 3650 whole days.
    public var allowed: ClosedRange<Double> { isThreshold ? 1...3650 : -100...100 }
}

/// The agenda's coefficients: the defaults, with whatever the config file changed.
public struct AgendaCoefficients: Hashable, Sendable {
    private var values: [AgendaCoefficient: Double] = [:]

    public init(_ changed: [AgendaCoefficient: Double] = [:]) { values = changed }

    public static let standard = AgendaCoefficients()

    public subscript(_ coefficient: AgendaCoefficient) -> Double {
        get { values[coefficient] ?? coefficient.defaultValue }
        set { values[coefficient] = newValue }
    }

    /// Only what differs from the defaults, for a config that says what it changed.
    public var changed: [AgendaCoefficient: Double] { values.filter { $0.value != $0.key.defaultValue } }

    public var keyContactDays: Int { Int(self[.keyContactDays]) }
    public var staleInitiativeDays: Int { Int(self[.staleInitiativeDays]) }

    /// Initiatives due within this many days are on the agenda (the two weeks).
    public static let initiativeHorizonDays = 14
    /// Days past due at which the overdue term is full.
    public static let overdueFullDays = 30
    /// ARR (major units) at which the revenue term is full.
    public static let revenueFullMajorUnits: Int64 = 1_000_000
}
