/// The orders the accounts list can take.
public enum AccountSort: String, CaseIterable, Hashable, Sendable {
    case name
    case arr
    case health
    case renewal
    /// Soonest next follow-up first; accounts with none last.
    case followUp = "follow-up"
    /// Most initiatives in trouble (at risk, blocked or overdue) first.
    case risk

    public var label: String {
        switch self {
        case .name: return "name"
        case .arr: return "ARR ↓"
        case .health: return "health ↑"
        case .renewal: return "renewal"
        case .followUp: return "next follow-up"
        case .risk: return "risk ↓"
        }
    }

    public var next: AccountSort {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
