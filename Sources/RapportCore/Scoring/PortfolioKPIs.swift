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

    /// KPIs as the store keeps them, summed over its account summaries.
    public init(
        accountCount: Int, annualRecurringRevenue: Money, quarterLabel: String, quarterToDateRevenue: Money,
        quarterTarget: Money, health: [HealthBand: Int], initiatives: InitiativeCounts, needingContact: Int,
        renewalsWithin90Days: Int, renewalRevenueWithin90Days: Money
    ) {
        self.accountCount = accountCount
        self.annualRecurringRevenue = annualRecurringRevenue
        self.quarterLabel = quarterLabel
        self.quarterToDateRevenue = quarterToDateRevenue
        self.quarterTarget = quarterTarget
        self.health = health
        self.initiatives = initiatives
        self.needingContact = needingContact
        self.renewalsWithin90Days = renewalsWithin90Days
        self.renewalRevenueWithin90Days = renewalRevenueWithin90Days
    }

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
