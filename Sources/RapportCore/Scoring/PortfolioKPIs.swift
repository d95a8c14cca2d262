/// The book at a glance: what the KPI strip at the top of the dashboard shows.
public struct PortfolioKPIs: Hashable, Sendable {
    /// Every account in the book, former clients included (`Account.hasLeft(by:)`); the other
    /// figures but the quarter's revenue and target leave former clients out.
    public var accountCount: Int
    public var annualRecurringRevenue: Money
    public var quarterLabel: String
    public var quarterToDateRevenue: Money
    public var quarterTarget: Money
    /// Accounts in each band; an account without enough data to score counts in none.
    public var health: [HealthBand: Int]
    public var initiatives: InitiativeCounts
    /// Accounts past their stay-in-touch cadence or their next follow-up.
    public var needingContact: Int
    public var renewalsWithin90Days: Int
    public var renewalRevenueWithin90Days: Money
    /// Accounts whose renewal date has passed: counted apart from those coming up, never hidden.
    public var lapsedRenewals: Int

    public static let renewalHorizonDays = 90

    /// KPIs as the store keeps them, summed over its account summaries.
    public init(
        accountCount: Int, annualRecurringRevenue: Money, quarterLabel: String, quarterToDateRevenue: Money,
        quarterTarget: Money, health: [HealthBand: Int], initiatives: InitiativeCounts, needingContact: Int,
        renewalsWithin90Days: Int, renewalRevenueWithin90Days: Money, lapsedRenewals: Int
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
        self.lapsedRenewals = lapsedRenewals
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
        lapsedRenewals = 0
        needingContact = 0
        for overview in overviews {
            // The quarter's revenue and target are what they were; the rest is about clients.
            quarterToDateRevenue += overview.revenue.quarterToDateActual
            quarterTarget += overview.revenue.quarterTarget
            if overview.account.hasLeft(by: today) { continue }
            annualRecurringRevenue += overview.account.annualRecurringRevenue
            if let band = overview.health.band { health[band, default: 0] += 1 }
            if overview.stayInTouch.needsAttention { needingContact += 1 }
            initiatives = initiatives + overview.initiatives
            switch RenewalStatus(renewal: overview.account.renewalDate, today: today) {
            case .dueSoon:
                renewalsWithin90Days += 1
                renewalRevenueWithin90Days += overview.account.annualRecurringRevenue
            case .lapsed:
                lapsedRenewals += 1
            case .none, .later:
                break
            }
        }
    }

    /// Accounts in no health band: not enough data yet to score them, or former clients.
    public var notScoredCount: Int { max(0, accountCount - health.values.reduce(0, +)) }

    /// Quarter-to-date revenue against the whole quarter's target, in percent.
    public var quarterAttainmentPercent: Double? { quarterToDateRevenue.percent(of: quarterTarget) }
}
