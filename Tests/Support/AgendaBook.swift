import Foundation
import RapportCore
import RapportStore

/// A small book with one agenda item of each of three kinds, scored by hand from the default
/// coefficients (none of the accounts has enough data for a health score, so no health term):
/// - "Lapsed Co": renewal 3 days ago → lapsed renewal 20 + overdue 6 × 3/30 = 20.6;
/// - "Follow Co": follow-up 12 days ago (a call 20 days ago, a 30-day cadence), ARR $500k →
///   8 + 6 × 12/30 + 3 × 0.5 = 11.9, plus its health's term (the call makes it scored);
/// - "Build Co": "ERP rollout" due in 7 days → 4 + 4 × (1 − 7/14) = 6.
public struct AgendaBook {
    public let database: AppDatabase
    public let lapsedID: Int64
    public let followUpID: Int64
    public let buildID: Int64
    public let erpID: Int64

    public init(today: Day, clock: Date = BookFixture.clockTime) throws {
        let database = try AppDatabase.inMemory(basis: SummaryBasis(today: today))
        self.database = database
        func add(_ account: Account) throws -> Int64 {
            guard case .saved(let summary) = try database.apply(.addAccount(account), at: clock), let id = summary.focusAccountID else {
                throw FixtureError("could not add \(account.name)")
            }
            return id
        }
        let lapsedID = try add(Account(
            name: "Lapsed Co", industry: "Retail", region: "EMEA", tier: .enterprise, owner: "Sam", annualRecurringRevenue: .zero,
            renewalDate: today.adding(days: -3)))
        let followUpID = try add(Account(
            name: "Follow Co", industry: "Retail", region: "EMEA", tier: .enterprise, owner: "Sam", annualRecurringRevenue: .major(500_000),
            renewalDate: nil, stayInTouchDays: 30, nextFollowUp: today.adding(days: -12)))
        _ = try database.apply(.logInteraction(
            Interaction(accountID: followUpID, kind: .call, date: today.adding(days: -20), summary: "Check-in"), nextFollowUp: nil), at: clock)
        let buildID = try add(Account(
            name: "Build Co", industry: "Retail", region: "EMEA", tier: .enterprise, owner: "Sam", annualRecurringRevenue: .zero, renewalDate: nil))
        _ = try database.apply(.addInitiative(Initiative(
            accountID: buildID, title: "ERP rollout", objective: "", owner: "Ana", status: .onTrack, progress: 10,
            dueDate: today.adding(days: 7))), at: clock)
        guard let erp = try database.initiatives(accountID: buildID).first?.id else { throw FixtureError("no ERP rollout") }
        self.lapsedID = lapsedID
        self.followUpID = followUpID
        self.buildID = buildID
        erpID = erp
    }
}
