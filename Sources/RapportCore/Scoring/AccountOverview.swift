/// One row of the accounts list: the account and the figures derived from its records.
public struct AccountOverview: Hashable, Sendable, Identifiable {
    public var account: Account
    public var initiatives: InitiativeCounts
    public var revenue: RevenueSnapshot
    public var relationship: RelationshipFacts
    public private(set) var health: RelationshipHealth
    /// The health as it stood a month ago, for "+6 since a month ago".
    public private(set) var healthMonthAgo: RelationshipHealth
    public private(set) var stayInTouch: StayInTouchStatus

    public var id: Int64 { account.id ?? 0 }

    public init(account: Account, initiatives: InitiativeCounts, revenue: RevenueSnapshot, relationship: RelationshipFacts = RelationshipFacts(), today: Day) {
        self.account = account
        self.initiatives = initiatives
        self.revenue = revenue
        self.relationship = relationship
        let inputs = RelationshipInputs(
            lastInteraction: relationship.lastContact, cadenceDays: account.stayInTouchDays, roles: relationship.roles,
            initiatives: initiatives, revenueYearOverYearPercent: revenue.yearOverYearPercent)
        health = RelationshipHealth.compute(inputs, today: today)
        // A month ago: contact freshness as it was then; initiatives and revenue as they are now,
        // since their history is not replayed.
        var earlier = inputs
        earlier.lastInteraction = relationship.lastContactMonthAgo
        healthMonthAgo = RelationshipHealth.compute(earlier, today: today.adding(days: -RelationshipHealth.comparisonDays))
        stayInTouch = StayInTouch.status(lastInteraction: relationship.lastContact, cadenceDays: account.stayInTouchDays, nextFollowUp: account.nextFollowUp, today: today)
    }

    /// Nil when there is nothing fair to compare with (see `RelationshipHealth.change(since:)`).
    public var healthChange: Int? { health.change(since: healthMonthAgo) }

    public var renewal: RenewalStatus { RenewalStatus(renewal: account.renewalDate, today: health.today) }
}

/// What the store knows of an account's relationship, gathered in the same scan as the rest.
public struct RelationshipFacts: Hashable, Sendable {
    /// The latest interaction that reached the client (not a note), up to today.
    public var lastContact: Day?
    /// The same, up to a month ago.
    public var lastContactMonthAgo: Day?
    public var roles: Set<ContactRole>

    public init(lastContact: Day? = nil, lastContactMonthAgo: Day? = nil, roles: Set<ContactRole> = []) {
        self.lastContact = lastContact
        self.lastContactMonthAgo = lastContactMonthAgo
        self.roles = roles
    }
}
