extension DemoAccount {
    /// The account's figures computed from its own records in memory, as the store would from
    /// its rows: a bulk load writes summaries without reading back what it just wrote.
    public func overview(id: Int64, today: Day, calendar: FiscalCalendar) -> AccountOverview {
        var account = account
        account.id = id
        let revenue = RevenueSnapshot(points: metrics, windows: RevenueSnapshot.Windows(today: today, calendar: calendar))
        let relationship = RelationshipFacts(
            lastContact: RelationshipInputs.lastContact(in: interactions, asOf: today),
            lastContactMonthAgo: RelationshipInputs.lastContact(in: interactions, asOf: today.adding(days: -RelationshipHealth.comparisonDays)),
            roles: Set(contacts.map(\.role)))
        return AccountOverview(
            account: account, initiatives: InitiativeCounts(initiatives: initiatives, today: today), revenue: revenue,
            relationship: relationship, today: today)
    }
}
