import RapportCore
import RapportForecast
import RapportStore
import RapportTestSupport
import RapportViewModel
import XCTest

/// `F` picks the forecast method for the metric on screen, kept for that metric; a forecast
/// that loses to seasonal naive in its own backtest is flagged, and a simpler method that did
/// clearly better is offered.
final class ForecastChoiceTests: XCTestCase {
    static let firstOfDecember = Day(year: 2026, month: 12, day: 1) ?? Day(daysSinceEpoch: 0)

    func demoDriver() throws -> Driver {
        let database = try AppDatabase.inMemory(basis: SummaryBasis(today: Self.firstOfDecember))
        try database.writeDemoBook(DemoBook(seed: 1, accountCount: 40, today: Self.firstOfDecember))
        return Driver(database: database, today: Self.firstOfDecember)
    }

    func testFCyclesTheMethodForThisMetricAndKeepsIt() throws {
        let driver = try demoDriver()
        driver.keys(.char("M"))
        XCTAssertEqual(driver.state.detail?.metrics?.forecastChoice, .automatic)
        XCTAssertTrue(driver.state.detail?.metrics?.forecastMethod?.hasPrefix("Combination") ?? false)
        // When F is pressed, revenue is forecast with ETS alone, and the next method after that
        driver.key(.char("F"))
        XCTAssertEqual(driver.state.forecastMethods, ["revenue": .ets])
        XCTAssertEqual(driver.state.detail?.forecast?.selection, .ets)
        XCTAssertEqual(driver.state.detail?.metrics?.forecastChoice, .ets)
        XCTAssertTrue(driver.state.detail?.metrics?.forecastMethod?.hasPrefix("ETS(") ?? false)
        XCTAssertEqual(driver.state.message, StatusMessage("Revenue is forecast with ETS — F for the next method", kind: .info))
        driver.key(.char("F"))
        XCTAssertEqual(driver.state.detail?.metrics?.forecastMethod, "Theta")
        // Then another metric keeps its own (automatic), and revenue keeps Theta coming back
        driver.key(.char("m"))
        XCTAssertNotEqual(driver.state.detail?.metric, "revenue")
        XCTAssertEqual(driver.state.detail?.metrics?.forecastChoice, .automatic)
        while driver.state.detail?.metric != "revenue" { driver.key(.char("m")) }
        XCTAssertEqual(driver.state.detail?.metrics?.forecastChoice, .theta)
        // And an account's revenue uses the same choice
        driver.keys(.escape, .enter, .backTab)
        XCTAssertEqual(driver.state.detail?.metrics?.forecastChoice, .theta)
        // And the cycle comes back round to automatic
        for _ in 0..<(ModelSelection.cycle.count - 2) { driver.key(.char("F")) }
        XCTAssertEqual(driver.state.detail?.metrics?.forecastChoice, .automatic)
        XCTAssertEqual(driver.state.forecastMethods, [:])
    }

    func testAForecastThatLosesToSeasonalNaiveIsFlaggedAndABetterSimplerMethodOffered() throws {
        // The demo book's whole revenue, on 1 December: the default's backtest MASE is above 1
        let driver = try demoDriver()
        driver.key(.char("M"))
        let book = try XCTUnwrap(driver.state.detail?.metrics)
        XCTAssertGreaterThan(try XCTUnwrap(book.backtest?.mase), 1)
        XCTAssertTrue(book.losesToSeasonalNaive)
        // The baseline itself is never flagged against itself
        while driver.state.detail?.metrics?.forecastChoice != .seasonalNaive { driver.key(.char("F")) }
        XCTAssertFalse(driver.state.detail?.metrics?.losesToSeasonalNaive ?? true)
    }

    func testASimplerMethodThatDidClearlyBetterIsOffered() throws {
        // Given an account whose revenue repeats a December spike exactly, three years running
        let dashboard = try Dashboard()
        let bluefin = try XCTUnwrap(dashboard.book.bluefin.id)
        let last = BookFixture.today.yearMonth.adding(months: -1)
        for back in 0..<36 {
            let month = last.adding(months: -back)
            _ = try dashboard.database.apply(
                .recordMetric(MetricPoint(accountID: bluefin, metric: "revenue", month: month, actual: month.month == 12 ? 10_000_000 : 1_000_000, target: nil)),
                at: BookFixture.clockTime)
        }
        let driver = dashboard.driver
        driver.send(.changedElsewhere)
        while driver.state.accounts.entries[driver.state.accounts.selected].summary.id != bluefin { driver.key(.char("j")) }
        driver.keys(.enter, .backTab)
        XCTAssertNil(driver.state.detail?.metrics?.betterSimpler, "the default is near perfect here: nothing to offer")
        // When Theta is chosen, which smooths the spike away
        while driver.state.detail?.metrics?.forecastChoice != .theta { driver.key(.char("F")) }
        // Then seasonal naive, which repeats it, is offered with its backtest score
        let offer = try XCTUnwrap(driver.state.detail?.metrics?.betterSimpler)
        XCTAssertEqual(offer.selection, .seasonalNaive)
        XCTAssertEqual(offer.method, "Seasonal naive")
        XCTAssertLessThan(offer.mase, 0.8 * (driver.state.detail?.metrics?.backtest?.mase ?? 0))
    }
}
