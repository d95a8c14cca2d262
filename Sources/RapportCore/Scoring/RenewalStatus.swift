/// Where an account's renewal date stands on a given day. One rule for the list, the account
/// views, the stored summaries and the KPI strip, so a date never reads as lapsed in one place
/// and as upcoming in another.
public enum RenewalStatus: Hashable, Sendable {
    /// No renewal date is set.
    case none
    /// The date has passed and nobody moved it: the contract may have ended unrenewed. The most
    /// urgent state a renewal can be in, and drawn as such. `days` since the date, 1 or more.
    case lapsed(days: Int)
    /// Due within `PortfolioKPIs.renewalHorizonDays`, today included; `days` until then.
    case dueSoon(days: Int)
    /// Further ahead than the horizon.
    case later(days: Int)

    public init(renewal: Day?, today: Day) {
        guard let renewal else {
            self = .none
            return
        }
        let days = today.days(until: renewal)
        if days < 0 {
            self = .lapsed(days: -days)
        } else if days <= PortfolioKPIs.renewalHorizonDays {
            self = .dueSoon(days: days)
        } else {
            self = .later(days: days)
        }
    }

    public var isLapsed: Bool {
        if case .lapsed = self { return true }
        return false
    }

    public var isDueSoon: Bool {
        if case .dueSoon = self { return true }
        return false
    }
}
