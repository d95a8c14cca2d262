import RapportForecast
import XCTest

/// What the dashboard needs to flag a forecast: whether its backtest lost to seasonal naive,
/// and which simpler method did better.
final class ForecastFlagTests: XCTestCase {
    /// Six years of quarters: a line rising 1 a quarter plus a season of 30, −10, −40, 20.
    private let seasonalLine = ForecastSeries(values: (0..<24).map { Double(100 + $0) + [30, -10, -40, 20][$0 % 4] }, seasonLength: 4)

    func testDriftOnASeasonalSeriesIsFlaggedAndSeasonalNaiveOffered() throws {
        let drift = Forecaster.forecast(seasonalLine, horizon: 4, selection: .drift)
        XCTAssertEqual(drift.method, "Drift")
        let backtest = try XCTUnwrap(drift.backtest)
        XCTAssertEqual(backtest.origins, 4)
        XCTAssertGreaterThan(backtest.mase, 1)
        XCTAssertTrue(drift.losesToSeasonalNaive)
        // Simpler than drift: seasonal naive and naive. Seasonal naive misses each quarter by
        // a year's growth, 4, as it does in the history: MASE exactly 1.
        XCTAssertEqual(Set(drift.simplerBacktests.map(\.selection)), [.seasonalNaive, .naive])
        let better = try XCTUnwrap(drift.betterSimplerMethod)
        XCTAssertEqual(better.selection, .seasonalNaive)
        XCTAssertEqual(better.method, "Seasonal naive")
        XCTAssertEqual(better.score.mase, 1, accuracy: 1e-12)
        XCTAssertEqual(better.score.origins, backtest.origins)
        // Asking for the offered method gives that method, with the same backtest.
        let offered = Forecaster.forecast(seasonalLine, horizon: 4, selection: better.selection)
        XCTAssertEqual(offered.method, better.method)
        XCTAssertEqual(offered.backtest, better.score)
        XCTAssertFalse(offered.losesToSeasonalNaive, "MASE 1 is a tie, not a loss")
        XCTAssertTrue(offered.simplerBacktests.isEmpty, "nothing is simpler than seasonal naive")
        XCTAssertNil(offered.betterSimplerMethod)
    }

    func testTheDefaultListsEveryMethodSimplerThanItselfOnTheSameOrigins() throws {
        let result = Forecaster.forecast(seasonalLine, horizon: 4)
        XCTAssertTrue(result.method.hasPrefix("Combination: "), result.method)
        let backtest = try XCTUnwrap(result.backtest)
        XCTAssertEqual(Set(result.simplerBacktests.map(\.selection)), [.ets, .theta, .seasonalNaive, .naive, .drift])
        XCTAssertTrue(result.simplerBacktests.allSatisfy { $0.score.origins == backtest.origins })
        let mases = result.simplerBacktests.map(\.score.mase)
        XCTAssertEqual(mases, mases.sorted(), "lowest MASE first")
        // A better simpler method is one whose MASE is at least 20% lower.
        if let better = result.betterSimplerMethod {
            XCTAssertLessThanOrEqual(better.score.mase, 0.8 * backtest.mase)
            XCTAssertEqual(better, result.simplerBacktests.first)
        } else if backtest.mase >= ForecastResult.nearPerfect {
            XCTAssertGreaterThan(mases.first ?? .infinity, 0.8 * backtest.mase)
        }
        XCTAssertEqual(result.losesToSeasonalNaive, backtest.mase > 1)
    }

    func testETSIsComparedWithThetaAndTheBaselinesButNotItself() {
        let result = Forecaster.forecast(seasonalLine, horizon: 4, selection: .ets)
        XCTAssertEqual(Set(result.simplerBacktests.map(\.selection)), [.theta, .seasonalNaive, .naive, .drift])
    }

    func testANearPerfectForecastIsOfferedNothing() throws {
        // A season repeated exactly: seasonal naive is perfect (MASE 0), and so, all but, is the
        // default; 0 is "20% lower" than 0.00000003, but there is nothing to gain.
        let exact = ForecastSeries(values: (0..<24).map { [100, 40, 10, 70][$0 % 4] }, seasonLength: 4)
        let result = Forecaster.forecast(exact, horizon: 4)
        XCTAssertLessThan(try XCTUnwrap(result.backtest).mase, ForecastResult.nearPerfect)
        XCTAssertEqual(result.simplerBacktests.first?.score.mase ?? 1, 0, accuracy: 1e-9)
        XCTAssertNil(result.betterSimplerMethod)
    }

    func testNoBacktestNoFlag() {
        let short = Forecaster.forecast(ForecastSeries(values: [10, 14, 12], seasonLength: 4), horizon: 2)
        XCTAssertNil(short.backtest)
        XCTAssertFalse(short.losesToSeasonalNaive)
        XCTAssertTrue(short.simplerBacktests.isEmpty)
        XCTAssertNil(short.betterSimplerMethod)
    }
}
