/// The book at a glance: what the KPI strip at the top of the dashboard shows.
public struct PortfolioKPIs: Hashable, Sendable {
    public var accountCount: Int
    public var annualRecurringRevenue: Money
    public var quarterLabel: String
    public var quarterToDateRevenue: Money
    public var quarterTarget: Money
    public var health: [HealthBand: Int]
    public var initiatives: InitiativeCounts
    /// Accounts past their stay-in-touch cadence or their next follow-up.
    public var needingContact: Int
    public var renewalsWithin90Days: Int
    public var renewalRevenueWithin90Days: Money

    public static let renewalHorizonDays = 90

    public init(overviews: [AccountOverview], today: Day, calendar: FiscalCalendar) {
        accountCount = overviews.count
        annualRecurringRevenue = .zero
        quarterLabel = calendar.quarterLabel(containing: today.yearMonth)
        quarterToDateRevenue = .zero
        quarterTarget = .zero
        health = [.good: 0, .watch: 0, .atRisk: 0]
        initiatives = InitiativeCounts()
        renewalsWithin90Days = 0
        renewalRevenueWithin90Days = .zero
        needingContact = 0
        let horizon = today.adding(days: Self.renewalHorizonDays)
        for overview in overviews {
            annualRecurringRevenue += overview.account.annualRecurringRevenue
            quarterToDateRevenue += overview.revenue.quarterToDateActual
            quarterTarget += overview.revenue.quarterTarget
            health[overview.health.band, default: 0] += 1
            if overview.stayInTouch.needsAttention { needingContact += 1 }
            initiatives = initiatives + overview.initiatives
            if let renewal = overview.account.renewalDate, renewal >= today, renewal <= horizon {
                renewalsWithin90Days += 1
                renewalRevenueWithin90Days += overview.account.annualRecurringRevenue
            }
        }
    }

    /// Quarter-to-date revenue against the whole quarter's target, in percent.
    public var quarterAttainmentPercent: Double? { quarterToDateRevenue.percent(of: quarterTarget) }
}

extension PortfolioKPIs {
    /// The same KPIs after one account's row changed, without walking the whole book.
    public func replacing(_ old: AccountOverview, with new: AccountOverview, today: Day) -> PortfolioKPIs {
        var result = self
        result.annualRecurringRevenue = result.annualRecurringRevenue - old.account.annualRecurringRevenue
            + new.account.annualRecurringRevenue
        result.quarterToDateRevenue = result.quarterToDateRevenue - old.revenue.quarterToDateActual
            + new.revenue.quarterToDateActual
        result.quarterTarget = result.quarterTarget - old.revenue.quarterTarget + new.revenue.quarterTarget
        result.health[old.health.band, default: 0] -= 1
        result.health[new.health.band, default: 0] += 1
        result.needingContact += (new.stayInTouch.needsAttention ? 1 : 0) - (old.stayInTouch.needsAttention ? 1 : 0)
        let removed = old.initiatives
        result.initiatives = InitiativeCounts(
            total: result.initiatives.total - removed.total, open: result.initiatives.open - removed.open,
            atRisk: result.initiatives.atRisk - removed.atRisk, blocked: result.initiatives.blocked - removed.blocked,
            overdue: result.initiatives.overdue - removed.overdue) + new.initiatives
        let horizon = today.adding(days: Self.renewalHorizonDays)
        func renews(_ overview: AccountOverview) -> Bool {
            guard let renewal = overview.account.renewalDate else { return false }
            return renewal >= today && renewal <= horizon
        }
        if renews(old) {
            result.renewalsWithin90Days -= 1
            result.renewalRevenueWithin90Days = result.renewalRevenueWithin90Days - old.account.annualRecurringRevenue
        }
        if renews(new) {
            result.renewalsWithin90Days += 1
            result.renewalRevenueWithin90Days += new.account.annualRecurringRevenue
        }
        return result
    }
}
