import RapportCore
import XCTest

final class MonthlyForecastTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(daysSinceEpoch: 0)

    func points(months: Int, value: (Int) -> Int64?) -> [MetricPoint] {
        (0..<months).map { offset in
            let month = today.yearMonth.adding(months: offset - months + 1)
            return MetricPoint(accountID: 1, metric: "revenue", month: month, actual: value(offset), target: 1_000)
        }
    }

    func testForecastStartsWithTheRunningMonthAndIgnoresItsPartFigure() throws {
        // Flat 1,000 a month for three years; the running month has only 100 so far.
        let history = points(months: 37) { $0 == 36 ? 100 : 1_000 }
        let forecast = try XCTUnwrap(MonthlyForecast(points: history, today: today))
        XCTAssertEqual(forecast.firstMonth, today.yearMonth)
        let november = try XCTUnwrap(forecast.month(today.yearMonth))
        XCTAssertEqual(november.point, 1_000, accuracy: 1, "the part-month 100 is not history")
        XCTAssertTrue(november.band80.contains(november.point))
        XCTAssertTrue(november.band95.lowerBound <= november.band80.lowerBound)
        XCTAssertNil(forecast.month(today.yearMonth.adding(months: -1)), "the past is not forecast")
        XCTAssertNotNil(forecast.month(today.yearMonth.adding(months: 12)))
        XCTAssertNil(forecast.month(today.yearMonth.adding(months: 13)))
    }

    func testOutlookIsActualsToDatePlusForecastForTheRest() throws {
        let history = points(months: 37) { $0 == 36 ? 100 : 1_000 }
        let forecast = try XCTUnwrap(MonthlyForecast(points: history, today: today))
        let quarter = Period(size: .quarter, containing: today.yearMonth, calendar: FiscalCalendar())
        // October is done (1,000); November and December come from the forecast (about 1,000 each).
        let outlook = try XCTUnwrap(forecast.outlook(for: quarter, points: history, kind: .revenue))
        guard case .money(let money) = outlook else { return XCTFail("revenue's outlook is money: \(outlook)") }
        XCTAssertEqual(Double(money.minorUnits), 3_000, accuracy: 3)
        XCTAssertNil(forecast.outlook(for: quarter.previous, points: history, kind: .revenue), "a finished period has no outlook")
        // A level's outlook is the period's average month, not its sum.
        let level = try XCTUnwrap(forecast.outlook(for: quarter, points: history, kind: .count))
        guard case .quantity(let quantity) = level else { return XCTFail("a count's outlook is a quantity: \(level)") }
        XCTAssertEqual(Double(quantity.value), 1_000, accuracy: 1)
    }

    func testNoHistoryNoForecast() {
        XCTAssertNil(MonthlyForecast(points: [], today: today))
        XCTAssertNil(MonthlyForecast(points: points(months: 1) { _ in 500 }, today: today), "only the running month")
    }
}
