import RapportCore
import XCTest

final class RenewalStatusTests: XCTestCase {
    func testADatePastIsLapsedTodayAndTheNextNinetyDaysAreDueSoon() {
        let today = day("2026-12-01")
        XCTAssertEqual(RenewalStatus(renewal: nil, today: today), .none)
        XCTAssertEqual(RenewalStatus(renewal: day("2026-11-30"), today: today), .lapsed(days: 1))
        XCTAssertEqual(RenewalStatus(renewal: day("2025-12-01"), today: today), .lapsed(days: 365))
        XCTAssertEqual(RenewalStatus(renewal: today, today: today), .dueSoon(days: 0))
        XCTAssertEqual(RenewalStatus(renewal: day("2027-03-01"), today: today), .dueSoon(days: 90))
        XCTAssertEqual(RenewalStatus(renewal: day("2027-03-02"), today: today), .later(days: 91))
    }

    /// The last day of a quarter and the first of the next: the date lapses the day after it.
    func testARenewalOnTheLastDayOfAQuarterLapsesTheNextDay() {
        let renewal = day("2026-12-31")
        XCTAssertEqual(RenewalStatus(renewal: renewal, today: day("2026-12-31")), .dueSoon(days: 0))
        XCTAssertFalse(RenewalStatus(renewal: renewal, today: day("2026-12-31")).isLapsed)
        XCTAssertEqual(RenewalStatus(renewal: renewal, today: day("2027-01-01")), .lapsed(days: 1))
        XCTAssertTrue(RenewalStatus(renewal: renewal, today: day("2027-01-01")).isLapsed)
        XCTAssertFalse(RenewalStatus(renewal: renewal, today: day("2027-01-01")).isDueSoon)
    }

    func testAListRowReadsItsRenewalForTheDayAsked() {
        let row = AccountSummary(
            id: 1, name: "A", industry: "", owner: "", region: "", tier: .enterprise, annualRecurringRevenue: .zero,
            renewalDate: day("2026-11-15"), nextFollowUp: nil, health: nil, trouble: 0, stayInTouch: .onTrack)
        XCTAssertEqual(row.renewal(on: day("2026-11-15")), .dueSoon(days: 0))
        XCTAssertEqual(row.renewal(on: day("2026-12-01")), .lapsed(days: 16))
        XCTAssertNil(row.healthBand)
    }
}
