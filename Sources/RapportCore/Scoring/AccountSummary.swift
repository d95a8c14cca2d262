/// An account as the accounts list shows it: its own fields and the figures the store keeps
/// for it, as of the day the store's summaries were computed for.
public struct AccountSummary: Hashable, Sendable, Identifiable {
    public let id: Int64
    public var name: String
    public var industry: String
    public var owner: String
    public var region: String
    public var tier: AccountTier
    public var annualRecurringRevenue: Money
    public var renewalDate: Day?
    public var nextFollowUp: Day?
    /// Relationship health, 0...100; nil when there is not enough data yet to score it.
    public var health: Int?
    /// Open initiatives at risk, blocked or late.
    public var trouble: Int
    public var stayInTouch: StayInTouchStatus
    /// The client had left by the summaries' day (`Account.hasLeft(by:)`): its health, trouble
    /// and stay-in-touch are set aside, and the list says "churned" where the renewal goes.
    public var hasLeft: Bool

    public init(
        id: Int64, name: String, industry: String, owner: String, region: String, tier: AccountTier,
        annualRecurringRevenue: Money, renewalDate: Day?, nextFollowUp: Day?, health: Int?, trouble: Int,
        stayInTouch: StayInTouchStatus, hasLeft: Bool = false
    ) {
        self.id = id
        self.name = name
        self.industry = industry
        self.owner = owner
        self.region = region
        self.tier = tier
        self.annualRecurringRevenue = annualRecurringRevenue
        self.renewalDate = renewalDate
        self.nextFollowUp = nextFollowUp
        self.health = health
        self.trouble = trouble
        self.stayInTouch = stayInTouch
        self.hasLeft = hasLeft
    }

    /// The same row from a full overview (tests, and the one account a detail view loads).
    public init(_ overview: AccountOverview) {
        let account = overview.account
        self.init(
            id: overview.id, name: account.name, industry: account.industry, owner: account.owner, region: account.region,
            tier: account.tier, annualRecurringRevenue: account.annualRecurringRevenue, renewalDate: account.renewalDate,
            nextFollowUp: account.nextFollowUp, health: overview.health.hasEnoughData ? overview.health.value : nil,
            trouble: overview.initiatives.atRisk + overview.initiatives.blocked + overview.initiatives.overdue,
            stayInTouch: overview.stayInTouch)
    }

    /// Nil, in no band, when there is not enough data yet.
    public var healthBand: HealthBand? { health.map(HealthBand.init(score:)) }

    public func renewal(on today: Day) -> RenewalStatus { RenewalStatus(renewal: renewalDate, today: today) }

    /// The fields `/` reads as the account's own: name, industry, owner and region.
    public var ownSearchText: [String] { [name, industry, owner, region] }
}
