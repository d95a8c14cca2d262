import RapportCore
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// An account made through the form a moment ago: with nothing known yet it is in no health
/// band and has no change "since a month ago"; entered with a renewal date already past, it is
/// counted as lapsed. (The fixture's day is 18 November 2026; none of its renewals has lapsed.)
final class NewAccountHealthAndLapsedRenewalTests: XCTestCase {
    func testANewAccountWithAPastRenewalIsLapsedAndNotScoredUntilAClientIsContacted() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let before = driver.state.kpis
        XCTAssertEqual(before.lapsedRenewals, 0)

        // When an account is created with a renewal date two and a half weeks ago
        driver.key(.char("n"))
        driver.type("Harbor Freight")
        for _ in 0..<5 { driver.key(.tab) }  // industry, region, tier, owner, ARR
        driver.type("250k")
        driver.key(.tab)
        driver.type("2026-11-01")
        driver.key(.enter)
        XCTAssertEqual(driver.state.message, StatusMessage("Saved account Harbor Freight", kind: .success))

        // Then the KPIs count its lapsed renewal, and leave it out of every health band
        let kpis = driver.state.kpis
        XCTAssertEqual(kpis.accountCount, before.accountCount + 1)
        XCTAssertEqual(kpis.lapsedRenewals, 1)
        XCTAssertEqual(kpis.renewalsWithin90Days, before.renewalsWithin90Days)
        XCTAssertEqual(kpis.health, before.health)
        XCTAssertEqual(kpis.notScoredCount, before.notScoredCount + 1)
        // And its row and the focused account say the same
        let row = try XCTUnwrap(driver.state.accounts.selectedEntry?.summary)
        XCTAssertEqual(row.name, "Harbor Freight")
        XCTAssertNil(row.health)
        XCTAssertNil(row.healthBand)
        XCTAssertEqual(row.renewal(on: BookFixture.today), .lapsed(days: 17))
        let overview = try XCTUnwrap(driver.state.focused.overview)
        XCTAssertEqual(overview.renewal, .lapsed(days: 17))
        XCTAssertFalse(overview.health.hasEnoughData)
        XCTAssertNil(overview.healthChange)

        // When a first call is logged today
        driver.key(.char("l"))
        XCTAssertEqual(driver.state.interactionForm?.state.title, "Log an interaction")
        driver.type("Kick-off call")
        driver.key(.enter)

        // Then it is scored and counted in its band, still with nothing to compare with a month ago
        let scored = try XCTUnwrap(driver.state.accounts.selectedEntry?.summary)
        XCTAssertEqual(scored.name, "Harbor Freight")
        // Contacted today (100), nobody in a key role (0): 30 × 100 / 55 = 54.5 → 55, watch.
        XCTAssertEqual(scored.health, 55)
        XCTAssertEqual(driver.state.kpis.health[.watch], (before.health[.watch] ?? 0) + 1)
        XCTAssertEqual(driver.state.kpis.notScoredCount, before.notScoredCount)
        XCTAssertNil(driver.state.focused.overview?.healthChange, "not \"+55 since a month ago\"")
        XCTAssertEqual(driver.state.kpis.lapsedRenewals, 1)
    }

    /// Renewing the lapsed account (a later date in the form) takes it out of the lapsed count.
    func testMovingALapsedRenewalOnClearsIt() throws {
        let dashboard = try Dashboard()
        let driver = dashboard.driver
        let acme = dashboard.book.acme
        var lapsed = acme
        lapsed.renewalDate = BookFixture.today.adding(days: -3)
        _ = try dashboard.database.apply(.editAccount(RecordEdit(original: acme, edited: lapsed)), at: BookFixture.clockTime)
        driver.send(.changedElsewhere)
        XCTAssertEqual(driver.state.kpis.lapsedRenewals, 1)
        XCTAssertEqual(driver.state.accounts.entries.first { $0.id == acme.id }?.summary.renewal(on: BookFixture.today), .lapsed(days: 3))

        let stored = try XCTUnwrap(try dashboard.database.account(id: XCTUnwrap(acme.id)))
        var renewed = stored
        renewed.renewalDate = BookFixture.today.adding(days: 365)
        _ = try dashboard.database.apply(.editAccount(RecordEdit(original: stored, edited: renewed)), at: BookFixture.clockTime)
        driver.send(.changedElsewhere)
        XCTAssertEqual(driver.state.kpis.lapsedRenewals, 0)
        XCTAssertEqual(driver.state.accounts.entries.first { $0.id == acme.id }?.summary.renewal(on: BookFixture.today), .later(days: 365))
    }
}
