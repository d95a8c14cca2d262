import RapportCore
import XCTest

/// Every expected score here was worked out by hand from the default coefficients:
/// follow-up 8, initiative due 4, stale initiative 5, lapsed renewal 20, overdue 6 (× days/30),
/// coming due 4 (× 1 − days left/horizon), ARR 3 (× ARR/$1M), weak health 3 (× (100 − health)/100),
/// severity 4.
final class AgendaUrgencyTests: XCTestCase {
    private let followUp = AgendaItem(
        kind: .followUp, accountID: 1, accountName: "Acme", due: Day(iso: "2026-11-19"), daysOverdue: 12,
        reason: "follow-up 12 days overdue", annualRecurringRevenue: .major(500_000), health: 60)
    private let initiativeDue = AgendaItem(
        kind: .initiativeDue, accountID: 2, accountName: "Globex", record: .initiative(id: 7, title: "ERP rollout"),
        due: Day(iso: "2026-12-08"), daysOverdue: -7, reason: "ERP rollout: due in 7 days", annualRecurringRevenue: .major(2_000_000))
    private let blocked = AgendaItem(
        kind: .staleInitiative, accountID: 3, accountName: "Initech", record: .initiative(id: 9, title: "Migration"),
        reason: "Migration: blocked, not updated for 10 days", severity: 1)
    private let lapsed = AgendaItem(
        kind: .lapsedRenewal, accountID: 4, accountName: "Umbrella", due: Day(iso: "2026-11-30"), daysOverdue: 1,
        reason: "renewal lapsed 1 day ago")

    func testAnOverdueFollowUpAddsItsKindOverdueDaysRevenueAndWeakHealth() {
        let score = AgendaUrgency.score(followUp)
        XCTAssertEqual(score.terms.map(\.coefficient), [.followUp, .overdue, .revenue, .weakHealth])
        XCTAssertEqual(score.terms.map(\.value), [8, 2.4, 1.5, 1.2], accuracy: 1e-9)
        XCTAssertEqual(score.total, 13.1, accuracy: 1e-9)
        XCTAssertEqual(score.terms.map(\.because), ["follow-up", "12 days past due", "ARR $500k", "health 60"])
    }

    func testAnInitiativeDueInAWeekIsHalfwayThroughItsTwoWeeksAndItsRevenueTermIsCapped() {
        let score = AgendaUrgency.score(initiativeDue)
        XCTAssertEqual(score.terms.map(\.coefficient), [.initiativeDue, .comingDue, .revenue])
        XCTAssertEqual(score.terms.map(\.factor), [1, 0.5, 1], accuracy: 1e-9)
        XCTAssertEqual(score.total, 9, accuracy: 1e-9)
        XCTAssertEqual(score.terms[1].because, "due in 7 days of 14")
    }

    func testABlockedInitiativeHasFullSeverityAndOneAtRiskHalf() {
        XCTAssertEqual(AgendaUrgency.score(blocked).total, 9, accuracy: 1e-9)
        var atRisk = blocked
        atRisk.severity = 0.5
        XCTAssertEqual(AgendaUrgency.score(atRisk).total, 7, accuracy: 1e-9)
        XCTAssertEqual(AgendaUrgency.score(atRisk).terms.last?.because, "at risk")
    }

    func testOverdueDaysStopCountingAfterThirtyDays() {
        var late = followUp
        late.daysOverdue = 90
        XCTAssertEqual(AgendaUrgency.score(late).total, 8 + 6 + 1.5 + 1.2, accuracy: 1e-9)
    }

    func testChangedCoefficientsChangeOnlyTheirTerms() {
        var coefficients = AgendaCoefficients.standard
        coefficients[.followUp] = 1
        coefficients[.weakHealth] = 10
        // 1 + 2.4 + 1.5 + 10 × 0.4
        XCTAssertEqual(AgendaUrgency.score(followUp, with: coefficients).total, 8.9, accuracy: 1e-9)
        XCTAssertEqual(coefficients.changed, [.followUp: 1, .weakHealth: 10])
    }

    func testLapsedRenewalsComeFirstEvenWithATinyCoefficientThenByScore() {
        var coefficients = AgendaCoefficients.standard
        coefficients[.lapsedRenewal] = 0
        let ranked = AgendaRanking.rank([initiativeDue, blocked, followUp, lapsed], with: coefficients)
        XCTAssertEqual(ranked.map(\.item.accountName), ["Umbrella", "Acme", "Initech", "Globex"])
        // Initech and Globex both score 9: the one not yet due (0) is further overdue than the
        // one due in a week (-7).
        XCTAssertEqual(ranked.map(\.score.total), [0.2, 13.1, 9, 9], accuracy: 1e-9)
        XCTAssertEqual(AgendaRanking.rank([initiativeDue, blocked, followUp, lapsed], limit: 2).map(\.item.accountName), ["Umbrella", "Acme"])
    }

    func testAnItemsKeyNamesItsKindAccountRecordAndDate() {
        XCTAssertEqual(followUp.key, "follow-up:1:account:2026-11-19")
        XCTAssertEqual(initiativeDue.key, "initiative-due:2:initiative:7:2026-12-08")
        XCTAssertEqual(blocked.key, "stale-initiative:3:initiative:9")
    }
}

private func XCTAssertEqual(_ actual: [Double], _ expected: [Double], accuracy: Double, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(actual.count, expected.count, "\(actual) vs \(expected)", file: file, line: line)
    for (a, e) in zip(actual, expected) { XCTAssertEqual(a, e, accuracy: accuracy, "\(actual) vs \(expected)", file: file, line: line) }
}
