import RapportCore
import XCTest

final class PipelineFiguresTests: XCTestCase {
    func testHandComputedQuarter() {
        let calendar = FiscalCalendar()
        let quarter = Period(size: .quarter, containing: YearMonth(year: 2026, month: 11), calendar: calendar)
        func deal(_ amount: Int64, _ probability: Int, _ day: Int, _ category: ForecastCategory, month: Int = 11) -> Opportunity {
            Opportunity(
                accountID: 1, name: "d", kind: .upsell, amount: .major(amount), probability: probability,
                expectedClose: Day(year: 2026, month: month, day: day) ?? Day(daysSinceEpoch: 0), category: category)
        }
        let figures = PipelineFigures(
            opportunities: [
                deal(100_000, 50, 10, .pipeline),  // 50,000 weighted
                deal(40_000, 90, 20, .commit),  // 36,000 weighted, 40,000 commit
                deal(10_000, 100, 2, .closedWon),  // won
                deal(99_000, 0, 3, .closedLost),  // nothing
                deal(70_000, 50, 15, .pipeline, month: 1),  // outside the quarter (January)
            ], period: quarter)
        XCTAssertEqual(figures.weighted, .major(86_000))
        XCTAssertEqual(figures.commit, .major(40_000))
        XCTAssertEqual(figures.closedWon, .major(10_000))
        XCTAssertEqual(figures.openCount, 2)
        XCTAssertEqual(deal(333, 33, 1, .pipeline).weightedAmount, Money(minorUnits: 10_989))
        XCTAssertEqual(Opportunity(accountID: 1, name: "x", kind: .renewal, amount: .zero, probability: 140, expectedClose: Day(daysSinceEpoch: 0), category: .pipeline).probability, 100)
    }
}
