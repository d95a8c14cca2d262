/// One row of the accounts list: the account and the figures derived from its records.
public struct AccountOverview: Hashable, Sendable, Identifiable {
    public var account: Account
    public var initiatives: InitiativeCounts
    public var revenue: RevenueSnapshot
    public private(set) var health: HealthScore

    public var id: Int64 { account.id ?? 0 }

    public init(account: Account, initiatives: InitiativeCounts, revenue: RevenueSnapshot) {
        self.account = account
        self.initiatives = initiatives
        self.revenue = revenue
        self.health = HealthScore.compute(initiatives: initiatives, revenue: revenue)
    }

    /// The same row after its initiatives changed (a progress or status update).
    public func replacingInitiatives(_ counts: InitiativeCounts) -> AccountOverview {
        AccountOverview(account: account, initiatives: counts, revenue: revenue)
    }
}
