import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import XCTest

/// Lapsed renewals and accounts without enough data to score, as the store keeps them: in the
/// summaries, in the running totals of the KPI strip and in the order of "health ↑".
final class LapsedRenewalAndUnscoredHealthTests: XCTestCase {
    let today = TestClock.today

    func testLapsedRenewalsAreCountedApartFromComingOnesAndFollowEveryChange() throws {
        // Given accounts renewing yesterday, today, in 30 days and never
        let database = try AppDatabase.empty()
        let lapsed = try database.addAccount("Lapsed", arr: 40_000, renewal: today.adding(days: -1))
        _ = try database.addAccount("Due today", arr: 10_000, renewal: today)
        _ = try database.addAccount("Next month", arr: 20_000, renewal: today.adding(days: 30))
        _ = try database.addAccount("No date", arr: 5_000)
        // Then yesterday's has lapsed: counted on its own, and not in the next 90 days
        var kpis = try database.kpis()
        XCTAssertEqual(kpis.lapsedRenewals, 1)
        XCTAssertEqual(kpis.renewalsWithin90Days, 2)
        XCTAssertEqual(kpis.renewalRevenueWithin90Days, .major(30_000))
        try assertDerivedStateIsCurrent(database, "adding the accounts")

        // When its renewal is moved into next month, it is coming up again
        var renewed = lapsed
        renewed.renewalDate = today.adding(days: 60)
        try database.save(.editAccount(RecordEdit(original: lapsed, edited: renewed))).saved()
        kpis = try database.kpis()
        XCTAssertEqual([kpis.lapsedRenewals, kpis.renewalsWithin90Days], [0, 3])
        try assertDerivedStateIsCurrent(database, "renewing the lapsed account")

        // When the day moves on past today's and next month's renewals, both have lapsed
        database.setBasis(SummaryBasis(today: today.adding(days: 31)))
        try database.refreshSummaries()
        kpis = try database.kpis()
        XCTAssertEqual([kpis.lapsedRenewals, kpis.renewalsWithin90Days], [2, 1])
        try assertDerivedStateIsCurrent(database, "a month later")

        // When a lapsed account is deleted, it no longer counts
        let dueToday = try XCTUnwrap(try database.accounts().first { $0.name == "Due today" })
        try database.save(.removeAccount(id: XCTUnwrap(dueToday.id))).saved()
        XCTAssertEqual(try database.kpis().lapsedRenewals, 1)
        try assertDerivedStateIsCurrent(database, "deleting a lapsed account")
    }

    func testANewAccountIsInNoHealthBandUntilItHasEnoughData() throws {
        // Given a brand-new account with nothing but its name
        let database = try AppDatabase.empty()
        let fresh = try database.addAccount("Fresh Start")
        let id = try XCTUnwrap(fresh.id)
        // Then it counts in no band, and its row has no health
        XCTAssertEqual(try database.kpis().health, [.good: 0, .watch: 0, .atRisk: 0])
        XCTAssertEqual(try database.kpis().notScoredCount, 1)
        XCTAssertEqual(try row(database, id)?.health, .some(nil))
        XCTAssertEqual(try database.accountOverview(id: id)?.health.band, .some(nil))
        // When a first call is logged today
        try database.save(.logInteraction(Interaction(accountID: id, kind: .call, date: today, summary: "Kick-off"), nextFollowUp: nil)).saved()
        // Then it is scored: contacted today (100), no key roles (0): 30 × 100 / 55 = 54.5 → 55, watch
        XCTAssertEqual(try row(database, id)?.health, 55)
        XCTAssertEqual(try database.kpis().health, [.good: 0, .watch: 1, .atRisk: 0])
        // And there is no change "since a month ago": nobody had been contacted then
        XCTAssertNil(try database.accountOverview(id: id)?.healthChange)
        try assertDerivedStateIsCurrent(database, "the first interaction")
    }

    /// "health ↑" lists the scored accounts worst first, then those that cannot be scored yet, by
    /// name; keyset paging walks across the boundary in both directions.
    func testHealthSortPutsAccountsWithoutEnoughDataAfterEveryScoredOne() throws {
        let database = try AppDatabase.empty()
        for name in ["Zeta New", "Alpha New"] { _ = try database.addAccount(name) }
        for (name, daysAgo) in [("Cold", 200), ("Warm", 2)] {
            let account = try database.addAccount(name)
            try database.save(.logInteraction(
                Interaction(accountID: XCTUnwrap(account.id), kind: .call, date: today.adding(days: -daysAgo), summary: "Call"),
                nextFollowUp: nil)).saved()
        }
        let page = try database.accountPage(AccountPageRequest(sort: .health, anchor: .first, limit: 10))
        XCTAssertEqual(page.entries.map(\.summary.name), ["Cold", "Warm", "Alpha New", "Zeta New"])
        XCTAssertEqual(page.entries.map(\.summary.health), [0, 55, nil, nil])
        // Two rows at a time: the second page starts at the first account not scored.
        let first = try database.accountPage(AccountPageRequest(sort: .health, anchor: .first, limit: 2))
        let lastKey = try XCTUnwrap(first.entries.last?.key)
        let second = try database.accountPage(AccountPageRequest(sort: .health, anchor: .after(lastKey), limit: 2))
        XCTAssertEqual(second.entries.map(\.summary.name), ["Alpha New", "Zeta New"])
        let firstKey = try XCTUnwrap(second.entries.first?.key)
        let back = try database.accountPage(AccountPageRequest(sort: .health, anchor: .before(firstKey), limit: 2))
        XCTAssertEqual(back.entries.map(\.summary.name), ["Cold", "Warm"])
    }

    func row(_ database: AppDatabase, _ id: Int64) throws -> AccountSummary? {
        try database.accountPage(AccountPageRequest(sort: .name, anchor: .first, limit: 50)).entries.first { $0.id == id }?.summary
    }
}
