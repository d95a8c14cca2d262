import RapportCore
import XCTest

final class StayInTouchTests: XCTestCase {
    let today = day("2026-11-27")

    func status(last: String?, cadence: Int?, followUp: String? = nil) -> StayInTouchStatus {
        StayInTouch.status(lastInteraction: last.map { day($0) }, cadenceDays: cadence, nextFollowUp: followUp.map { day($0) }, today: today)
    }

    func testNothingSetIsOnTrack() {
        let result = status(last: nil, cadence: nil)
        XCTAssertEqual(result, .onTrack)
        XCTAssertFalse(result.needsAttention)
        XCTAssertEqual(result.reason, "on track")
        XCTAssertEqual(status(last: "2025-01-01", cadence: nil), .onTrack)  // long ago, but no cadence asked for
    }

    func testCadence() {
        // Cadence 14: due 14 days after the last interaction.
        XCTAssertEqual(status(last: "2026-11-20", cadence: 14), .onTrack)  // due 12-04, a week away
        XCTAssertEqual(status(last: "2026-11-16", cadence: 14), .dueSoon(days: 3, trigger: .cadence))  // due 11-30
        XCTAssertEqual(status(last: "2026-11-15", cadence: 14), .dueSoon(days: 2, trigger: .cadence))
        XCTAssertEqual(status(last: "2026-11-13", cadence: 14), .dueSoon(days: 0, trigger: .cadence))  // due today
        XCTAssertEqual(status(last: "2026-11-12", cadence: 14), .overdue(days: 1, trigger: .cadence))
        let late = status(last: "2026-11-08", cadence: 14)
        XCTAssertEqual(late, .overdue(days: 5, trigger: .cadence))
        XCTAssertTrue(late.needsAttention)
        XCTAssertEqual(late.reason, "5 days past the stay-in-touch cadence")
        XCTAssertEqual(status(last: "2026-11-12", cadence: 14).reason, "1 day past the stay-in-touch cadence")
        XCTAssertEqual(status(last: "2026-11-15", cadence: 14).reason, "contact due in 2 days")
        XCTAssertFalse(status(last: "2026-11-15", cadence: 14).needsAttention)
    }

    func testNeverContactedWithACadenceIsOverdue() {
        let result = status(last: nil, cadence: 30)
        XCTAssertEqual(result, .overdue(days: 0, trigger: .neverContacted))
        XCTAssertTrue(result.needsAttention)
        XCTAssertEqual(result.reason, "never contacted")
    }

    func testFollowUp() {
        let late = status(last: "2026-11-20", cadence: nil, followUp: "2026-11-24")
        XCTAssertEqual(late, .overdue(days: 3, trigger: .followUp))
        XCTAssertEqual(late.reason, "follow-up 3 days overdue")
        XCTAssertTrue(late.needsAttention)
        XCTAssertEqual(status(last: nil, cadence: nil, followUp: "2026-11-28"), .dueSoon(days: 1, trigger: .followUp))
        XCTAssertEqual(status(last: nil, cadence: nil, followUp: "2026-11-28").reason, "follow-up due tomorrow")
        XCTAssertEqual(status(last: nil, cadence: nil, followUp: "2026-11-27").reason, "follow-up due today")
        XCTAssertEqual(status(last: nil, cadence: nil, followUp: "2026-12-15"), .onTrack)
    }

    func testAnInteractionOnOrAfterTheFollowUpDateIsTheFollowUp() {
        XCTAssertEqual(status(last: "2026-11-25", cadence: nil, followUp: "2026-11-24"), .onTrack)
        XCTAssertEqual(status(last: "2026-11-24", cadence: nil, followUp: "2026-11-24"), .onTrack)
        // ... but the cadence still counts from that interaction.
        XCTAssertEqual(status(last: "2026-11-01", cadence: 14, followUp: "2026-10-20"), .overdue(days: 12, trigger: .cadence))
    }

    func testTheEarlierDueDateWins() {
        // Cadence due 11-22 (5 days late), follow-up 11-24 (3 days late): the cadence.
        XCTAssertEqual(status(last: "2026-11-08", cadence: 14, followUp: "2026-11-24"), .overdue(days: 5, trigger: .cadence))
        // Follow-up 11-20 (7 days late), cadence due 11-24 (3 days late): the follow-up.
        XCTAssertEqual(status(last: "2026-11-10", cadence: 14, followUp: "2026-11-20"), .overdue(days: 7, trigger: .followUp))
        // Follow-up overdue beats cadence merely due soon.
        XCTAssertEqual(status(last: "2026-11-15", cadence: 14, followUp: "2026-11-26"), .overdue(days: 1, trigger: .followUp))
        // The same day: the follow-up, which the manager set on purpose.
        XCTAssertEqual(status(last: "2026-11-10", cadence: 14, followUp: "2026-11-24"), .overdue(days: 3, trigger: .followUp))
    }

    func testNonsenseCadencesAreIgnoredOrClamped() {
        XCTAssertEqual(status(last: nil, cadence: 0), .onTrack)
        XCTAssertEqual(status(last: "2026-01-01", cadence: -5), .onTrack)
        XCTAssertEqual(status(last: "2026-11-01", cadence: .max), .onTrack)
    }

    func testAccountConvenienceUsesItsCadenceAndFollowUp() {
        let account = Account(
            id: 1, name: "Acme", industry: "", region: "", tier: .strategic, owner: "", annualRecurringRevenue: .zero,
            renewalDate: nil, stayInTouchDays: 14, nextFollowUp: day("2026-11-24"))
        XCTAssertEqual(
            StayInTouch.status(for: account, lastInteraction: day("2026-11-20"), today: today),
            .overdue(days: 3, trigger: .followUp))
    }
}
