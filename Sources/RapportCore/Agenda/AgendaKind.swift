/// What put an item on the agenda. The raw value names the kind in item keys, JSON and the
/// config file's coefficients, so it never changes once released.
public enum AgendaKind: String, CaseIterable, Hashable, Sendable {
    /// The renewal date has passed and nobody moved it: ranked above everything else.
    case lapsedRenewal = "lapsed-renewal"
    /// The follow-up date the manager set has passed.
    case followUp = "follow-up"
    /// An open initiative past its due date.
    case initiativeOverdue = "initiative-overdue"
    /// An open initiative due within `AgendaCoefficients.initiativeHorizonDays`.
    case initiativeDue = "initiative-due"
    /// An at-risk or blocked initiative nobody has updated for a while.
    case staleInitiative = "stale-initiative"
    /// A renewal within `PortfolioKPIs.renewalHorizonDays`.
    case renewal
    /// The account is past its stay-in-touch cadence (or was never contacted).
    case stayInTouch = "stay-in-touch"
    /// A sponsor, decision maker or champion nobody has reached for a long time.
    case keyContact = "key-contact"
    /// The account's health fell since a month ago.
    case healthDrop = "health-drop"
    /// The quarter's revenue, at its pace so far, ends below the quarter's target.
    case belowTarget = "below-target"

    /// One column of the agenda: a symbol a glance can tell apart, matching the KPI strip's.
    public var symbol: String {
        switch self {
        case .lapsedRenewal: return "‼"
        case .followUp: return "✉"
        case .initiativeOverdue: return "!"
        case .initiativeDue: return "◷"
        case .staleInitiative: return "▲"
        case .renewal: return "↻"
        case .stayInTouch: return "✉"
        case .keyContact: return "☺"
        case .healthDrop: return "↓"
        case .belowTarget: return "$"
        }
    }

    public var label: String {
        switch self {
        case .lapsedRenewal: return "lapsed renewal"
        case .followUp: return "follow-up"
        case .initiativeOverdue: return "initiative overdue"
        case .initiativeDue: return "initiative due"
        case .staleInitiative: return "initiative not updated"
        case .renewal: return "renewal"
        case .stayInTouch: return "stay in touch"
        case .keyContact: return "key contact"
        case .healthDrop: return "health dropped"
        case .belowTarget: return "below target"
        }
    }

    /// The coefficient that weighs this kind itself.
    public var coefficient: AgendaCoefficient {
        switch self {
        case .lapsedRenewal: return .lapsedRenewal
        case .followUp: return .followUp
        case .initiativeOverdue: return .initiativeOverdue
        case .initiativeDue: return .initiativeDue
        case .staleInitiative: return .staleInitiative
        case .renewal: return .renewal
        case .stayInTouch: return .stayInTouch
        case .keyContact: return .keyContact
        case .healthDrop: return .healthDrop
        case .belowTarget: return .belowTarget
        }
    }
}
