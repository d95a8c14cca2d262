import RapportCore
import XCTest

final class HealthScoreTests: XCTestCase {
    func testHandComputedScore() {
        // Revenue +4% vs last year: (4 - -20) / 30 * 100 = 80. Attainment 85%: (85-70)/30*100 = 50.
        // Initiatives: 4 open, 1 at risk (0.5), 1 overdue (0.75): 100 - 100 * 1.25 / 4 = 68.75.
        // Weighted: 0.4*80 + 0.3*50 + 0.3*68.75 = 32 + 15 + 20.625 = 67.625 → 68 (watch).
        let revenue = RevenueSnapshot(recentActual: .major(104), recentTarget: Money(minorUnits: 12_235), yearAgoActual: .major(100))
        let counts = InitiativeCounts(total: 5, open: 4, atRisk: 1, blocked: 0, overdue: 1)
        let score = HealthScore.compute(initiatives: counts, revenue: revenue)
        XCTAssertEqual(score.parts.map(\.score), [80, 50, 69])
        XCTAssertEqual(score.value, 68)
        XCTAssertEqual(score.band, .watch)
        XCTAssertEqual(score.parts.map(\.weight), [0.4, 0.3, 0.3])
    }

    func testMissingPartsShareTheirWeight() {
        // Only initiatives known: two open, one blocked → 50, weight 100%.
        let score = HealthScore.compute(initiatives: InitiativeCounts(total: 2, open: 2, blocked: 1), revenue: RevenueSnapshot())
        XCTAssertEqual(score.value, 50)
        XCTAssertEqual(score.parts.count, 1)
        XCTAssertEqual(score.parts.first?.weight, 1)
    }

    func testNothingKnownIsNeutralWatch() {
        let score = HealthScore.compute(initiatives: InitiativeCounts(), revenue: RevenueSnapshot())
        XCTAssertEqual(score.value, HealthScore.neutral)
        XCTAssertEqual(score.band, .watch)
        XCTAssertTrue(score.parts.isEmpty)
    }

    func testBands() {
        XCTAssertEqual(HealthBand(score: 70), .good)
        XCTAssertEqual(HealthBand(score: 69), .watch)
        XCTAssertEqual(HealthBand(score: 40), .watch)
        XCTAssertEqual(HealthBand(score: 39), .atRisk)
    }

    func testExtremesClampToZeroAndHundred() {
        let collapse = RevenueSnapshot(recentActual: .major(10), recentTarget: .major(100), yearAgoActual: .major(100))
        let blocked = InitiativeCounts(total: 1, open: 1, blocked: 1, overdue: 1)
        XCTAssertEqual(HealthScore.compute(initiatives: blocked, revenue: collapse).value, 0)
        let boom = RevenueSnapshot(recentActual: .major(200), recentTarget: .major(100), yearAgoActual: .major(100))
        XCTAssertEqual(HealthScore.compute(initiatives: InitiativeCounts(total: 1, open: 1), revenue: boom).value, 100)
    }
}
