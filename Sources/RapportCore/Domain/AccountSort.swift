/// The orders the accounts list can take.
public enum AccountSort: String, CaseIterable, Hashable, Sendable {
    case name
    case arr
    case health
    case renewal

    public var label: String {
        switch self {
        case .name: return "name"
        case .arr: return "ARR ↓"
        case .health: return "health ↑"
        case .renewal: return "renewal"
        }
    }

    public var next: AccountSort {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
