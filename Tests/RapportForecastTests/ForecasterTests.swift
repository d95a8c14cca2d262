import RapportForecast
import XCTest

/// The forecaster as the dashboard and the CLI use it: known structure recovered, intervals
/// that behave, the documented fallbacks, and never a NaN.
final class ForecasterTests: XCTestCase {
    /// Deterministic noise: a fixed-seed normal-ish sequence.
    private func noise(_ count: Int, seed: UInt64) -> [Double] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in generator.gaussian() }
    }

    private func season(_ month: Int) -> Double { [12, 8, 3, -2, -6, -10, -12, -8, -3, 2, 6, 10][month % 12] }

    func testKnownLevelTrendAndSeasonAreRecovered() {
        // Level 200, trend +1.5 a month, an additive season of ±12, noise σ ≈ 1, five years.
        let shocks = noise(60, seed: 7)
        let values = (0..<60).map { 200 + 1.5 * Double($0) + season($0) + shocks[$0] }
        let truth = (60..<72).map { 200 + 1.5 * Double($0) + season($0) }
        for selection in [ModelSelection.ets, .automatic] {
            let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: 12, selection: selection)
            XCTAssertEqual(result.points.count, 12)
            // The default averages in seasonal naive, which lags a trend by one season
            // (18 here, a third of it in the mean): a looser tolerance for it.
            for (point, expected) in zip(result.points, truth) {
                XCTAssertEqual(point, expected, accuracy: selection == .ets ? 4 : 10, "\(selection) \(result.method)")
            }
            // The truth lies inside the 95% band at every step.
            for step in 0..<12 {
                XCTAssertLessThanOrEqual(result.lower95[step], truth[step], "\(selection) step \(step)")
                XCTAssertGreaterThanOrEqual(result.upper95[step], truth[step], "\(selection) step \(step)")
            }
        }
        let ets = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: 12, selection: .ets)
        XCTAssertTrue(ets.method.hasPrefix("ETS("), ets.method)
        XCTAssertTrue(ets.method.hasSuffix(",A)") || ets.method.hasSuffix(",M)"), "a seasonal model: \(ets.method)")
        XCTAssertFalse(ets.method.contains(",N,"), "a trend model: \(ets.method)")
    }

    func testMultiplicativeSeasonIsRecovered() {
        // Sales whose season scales with the level: ±20% around a growing level.
        let shocks = noise(48, seed: 11)
        let factor = { (month: Int) in 1 + 0.2 * self.season(month) / 12 }
        let values = (0..<48).map { (1_000 + 10 * Double($0)) * factor($0) * (1 + 0.01 * shocks[$0]) }
        let truth = (48..<60).map { (1_000 + 10 * Double($0)) * factor($0) }
        let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: 12, selection: .ets)
        for (point, expected) in zip(result.points, truth) { XCTAssertEqual(point / expected, 1, accuracy: 0.04, result.method) }
    }

    func testIntervalsWidenWithTheHorizonAndNest() {
        // A random walk with drift: no season, so the width should grow at every step.
        let shocks = noise(40, seed: 3)
        var level = 500.0
        let values = shocks.map { shock -> Double? in
            level += 2 + 10 * shock
            return level
        }
        for selection in [ModelSelection.automatic, .ets, .theta, .drift, .naive] {
            let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 1), horizon: 8, selection: selection)
            let widths95 = zip(result.upper95, result.lower95).map { $0 - $1 }
            let widths80 = zip(result.upper80, result.lower80).map { $0 - $1 }
            for step in 1..<8 {
                XCTAssertGreaterThan(widths95[step], widths95[step - 1], "\(selection) \(result.method) step \(step)")
                XCTAssertGreaterThan(widths80[step], widths80[step - 1], "\(selection) \(result.method) step \(step)")
            }
            for step in 0..<8 {
                XCTAssertLessThan(result.lower95[step], result.lower80[step])
                XCTAssertLessThan(result.lower80[step], result.points[step])
                XCTAssertLessThan(result.points[step], result.upper80[step])
                XCTAssertLessThan(result.upper80[step], result.upper95[step])
            }
        }
    }

    func testSimulatedIntervalsWidenFromOneSeasonToTheNext() {
        // Multiplicative data get simulated intervals. With a level that wanders (a multiplicative
        // random walk), a season apart the same month's band is wider relative to the forecast.
        let shocks = noise(48, seed: 5)
        var level = 300.0
        let values = (0..<48).map { month -> Double in
            level *= 1 + 0.04 * shocks[month]
            return level * (1 + 0.15 * season(month) / 12)
        }
        let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: 24, selection: .ets)
        XCTAssertTrue(result.method.hasPrefix("ETS(M"), result.method)
        for step in 0..<12 {
            let near = (result.upper95[step] - result.lower95[step]) / result.points[step]
            let far = (result.upper95[step + 12] - result.lower95[step + 12]) / result.points[step + 12]
            XCTAssertGreaterThan(far, near, "step \(step)")
        }
        // The same input gives the same simulation.
        XCTAssertEqual(result, Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: 24, selection: .ets))
    }

    func testBacktestIsReportedForAThreeYearSeries() throws {
        let shocks = noise(36, seed: 9)
        let values = (0..<36).map { 100 + season($0) + 2 * shocks[$0] }
        let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: 12)
        let backtest = try XCTUnwrap(result.backtest)
        XCTAssertEqual(backtest.origins, 4)
        XCTAssertTrue(backtest.mase.isFinite && backtest.mase > 0)
        XCTAssertTrue((0...200).contains(backtest.smape))
        XCTAssertTrue(result.method.hasPrefix("Combination: ETS("), result.method)
        XCTAssertTrue(result.method.hasSuffix("Theta, Seasonal naive"), result.method)
        XCTAssertNil(result.fallbackReason)
    }

    func testShortSeriesFallBack() throws {
        let one = Forecaster.forecast(ForecastSeries(values: [42], seasonLength: 12), horizon: 3)
        XCTAssertEqual(one.method, "Naive")
        XCTAssertEqual(one.points, [42, 42, 42])
        XCTAssertEqual(one.lower95, [42, 42, 42])
        XCTAssertNotNil(one.fallbackReason)
        XCTAssertNil(one.backtest)

        let three = Forecaster.forecast(ForecastSeries(values: [10, 14, 12], seasonLength: 12), horizon: 2)
        XCTAssertEqual(three.method, "Mean")
        XCTAssertEqual(three.points, [12, 12])
        XCTAssertLessThan(three.lower95[0], three.lower80[0])
        XCTAssertTrue(try XCTUnwrap(three.fallbackReason).contains("only 3 values"))

        // Eighteen months: under two seasons, so nothing seasonal is tried.
        let shocks = noise(18, seed: 1)
        let eighteen = Forecaster.forecast(
            ForecastSeries(values: (0..<18).map { 50 + season($0) + shocks[$0] }, seasonLength: 12), horizon: 12)
        XCTAssertTrue(try XCTUnwrap(eighteen.fallbackReason).contains("fewer than two full seasons"))
        XCTAssertFalse(eighteen.method.contains("Seasonal naive"), eighteen.method)
        XCTAssertFalse(eighteen.method.contains(",A)") || eighteen.method.contains(",M)"), eighteen.method)
        XCTAssertNotNil(eighteen.backtest)

        // Five values: too few for any ETS model (ets wants more than parameters + 4).
        let five = Forecaster.forecast(ForecastSeries(values: [5, 7, 6, 8, 9], seasonLength: 4), horizon: 4)
        XCTAssertFalse(five.method.contains("ETS"), five.method)
        XCTAssertTrue(try XCTUnwrap(five.fallbackReason).contains("too few values for an exponential-smoothing model"))
    }

    func testNoValuesOrNoHorizonGiveEmptyResults() {
        for (values, horizon) in [([Double?](), 12), ([nil, nil], 12), ([1, 2, 3], 0), ([1, 2, 3], -4)] {
            let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: horizon)
            XCTAssertEqual(result.method, "None")
            XCTAssertTrue(result.points.isEmpty && result.upper95.isEmpty)
            XCTAssertNotNil(result.fallbackReason)
        }
    }

    func testConstantSeriesForecastsItselfWithZeroWidth() {
        let result = Forecaster.forecast(ForecastSeries(values: Array(repeating: 7.5, count: 30), seasonLength: 12), horizon: 6)
        XCTAssertEqual(result.points, Array(repeating: 7.5, count: 6))
        XCTAssertEqual(result.upper95, result.points)
        XCTAssertTrue(result.fallbackReason?.contains("constant") == true)
    }

    func testAwkwardInputsNeverGiveNaNOrInfinity() {
        let shocks = noise(36, seed: 2)
        let wave = (0..<36).map { season($0) + shocks[$0] }
        let cases: [(String, [Double?])] = [
            ("zeros", Array(repeating: 0, count: 36)),
            ("mostly zeros", (0..<36).map { $0 % 7 == 0 ? 5 : 0 }),
            ("negative", wave.map { $0 - 100 }),
            ("crossing zero", wave),
            ("huge", wave.map { ($0 + 20) * 1e15 }),
            ("near the limit", wave.map { ($0 + 20) * 1e306 }),
            ("largest finite", (0..<36).map { $0 % 2 == 0 ? Double.greatestFiniteMagnitude : -Double.greatestFiniteMagnitude }),
            ("tiny", wave.map { ($0 + 20) * 1e-300 }),
            ("missing months", wave.enumerated().map { $0.offset % 4 == 1 ? nil : $0.element + 30 }),
            ("not finite", wave.enumerated().map { $0.offset == 5 ? .nan : $0.offset == 9 ? .infinity : $0.element + 30 }),
            ("spike", (0..<36).map { $0 == 20 ? 1e12 : 10 }),
            ("two values then nothing", [3, 4] + Array(repeating: nil, count: 10)),
            ("step", (0..<36).map { $0 < 18 ? 1 : 1_000 }),
        ]
        for (name, values) in cases {
            for selection in [ModelSelection.automatic, .backtest] {
                let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: 12, selection: selection)
                XCTAssertEqual(result.points.count, 12, name)
                let numbers = result.points + result.lower80 + result.upper80 + result.lower95 + result.upper95
                XCTAssertTrue(numbers.allSatisfy(\.isFinite), "\(name): \(result.method)")
                if let backtest = result.backtest {
                    XCTAssertTrue(backtest.mase.isFinite && backtest.smape.isFinite, name)
                }
            }
        }
    }

    func testMissingMonthsAreFilledAndSaidSo() throws {
        var values: [Double?] = (0..<36).map { 100 + season($0) }
        values[10] = nil
        values[11] = nil
        let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: 3)
        XCTAssertTrue(try XCTUnwrap(result.fallbackReason).contains("2 missing periods filled by linear interpolation"))
    }

    func testMultiplicativeModelsAreLeftOutForDataWithZeros() throws {
        let values = (0..<36).map { Double(max(0, 10 + season($0))) }
        let result = Forecaster.forecast(ForecastSeries(values: values, seasonLength: 12), horizon: 12, selection: .ets)
        XCTAssertTrue(result.method.hasPrefix("ETS(A,"), result.method)
        XCTAssertFalse(result.method.hasSuffix(",M)"), result.method)
        XCTAssertTrue(try XCTUnwrap(result.fallbackReason).contains("multiplicative models left out"))
    }
}

extension ForecasterTests {
    func testHorizonIsCappedAndSaidSo() throws {
        let result = Forecaster.forecast(ForecastSeries(values: [1, 2, 3, 4, 5, 6, 7, 8], seasonLength: 1), horizon: 5_000)
        XCTAssertEqual(result.points.count, Forecaster.maximumHorizon)
        XCTAssertTrue(try XCTUnwrap(result.fallbackReason).contains("horizon capped"))
    }

    func testSimpleSelectionsNameTheirMethod() {
        var values: [Double?] = []
        for month in 0..<30 {
            let seasonal = Double(month % 12)
            values.append(10 + seasonal + Double(month) / 10)
        }
        let series = ForecastSeries(values: values, seasonLength: 12)
        XCTAssertEqual(Forecaster.forecast(series, horizon: 3, selection: .seasonalNaive).method, "Seasonal naive")
        // The same months a year earlier: 10 + 6 + 1.8, 10 + 7 + 1.9, 10 + 8 + 2.
        let seasonalNaive = Forecaster.forecast(series, horizon: 3, selection: .seasonalNaive).points
        for (point, expected) in zip(seasonalNaive, [17.8, 18.9, 20]) { XCTAssertEqual(point, expected, accuracy: 1e-9) }
        XCTAssertEqual(Forecaster.forecast(series, horizon: 3, selection: .drift).method, "Drift")
        for point in Forecaster.forecast(series, horizon: 3, selection: .naive).points { XCTAssertEqual(point, 17.9, accuracy: 1e-9) }
        XCTAssertEqual(Forecaster.forecast(series, horizon: 3, selection: .theta).method, "Theta")
    }
}
