import XCTest

@testable import RapportForecast

/// The default's weighting, its interval calibration and Theta's seasonal figures, worked by
/// hand; then the default's choice on a series where one member is clearly best.
final class DefaultCombinationTests: XCTestCase {
    func testWeightsAreInverseSquaredBacktestMASEByHand() {
        // MASE 0.5, 1 and 2: 1/MASE² = 4, 1 and 0.25, of 5.25 in all.
        let weights = DefaultCombination.weights([
            BacktestScore(mase: 0.5, smape: 9, origins: 4), BacktestScore(mase: 1, smape: 9, origins: 4),
            BacktestScore(mase: 2, smape: 9, origins: 4),
        ])
        for (weight, expected) in zip(weights, [4 / 5.25, 1 / 5.25, 0.25 / 5.25]) { XCTAssertEqual(weight, expected, accuracy: 1e-12) }
        // A member without a score leaves nothing to weight by: equal thirds.
        XCTAssertEqual(DefaultCombination.weights([BacktestScore(mase: 0.5, smape: 9, origins: 4), nil, nil]), [1 / 3, 1 / 3, 1 / 3])
        // A perfect backtest does not divide by zero; it takes (almost) all the weight.
        let perfect = DefaultCombination.weights([BacktestScore(mase: 0, smape: 0, origins: 4), BacktestScore(mase: 1, smape: 9, origins: 4)])
        XCTAssertEqual(perfect[0], 1, accuracy: 1e-9)
        XCTAssertTrue(perfect.allSatisfy(\.isFinite))
    }

    func testCombinedPathIsTheWeightedMeanOfPointsAndBoundsByHand() {
        let first = ForecastPath(points: [10, 20], lower80: [8, 16], upper80: [12, 24], lower95: [6, 12], upper95: [14, 28])
        let second = ForecastPath(points: [30, 40], lower80: [20, 30], upper80: [40, 50], lower95: [10, 20], upper95: [50, 60])
        let path = DefaultCombination.path([first, second], weights: [0.75, 0.25])
        XCTAssertEqual(path.points, [15, 25])
        XCTAssertEqual(path.lower80, [11, 19.5])
        XCTAssertEqual(path.upper95, [23, 36])
        // At the backtest's origins ([member][origin][step]) the same weights apply.
        XCTAssertEqual(DefaultCombination.originForecasts([[[4, 8]], [[8, 0]]], weights: [0.75, 0.25]), [[5, 6]])
    }

    func testIntervalsWidenHalfWayToTheBacktestsErrorsByHand() {
        // Four values, a horizon of 2 and two to train on: origins after 2 (2 steps) and 3 (1 step).
        let y: [Double] = [-1, 0, 2, 4]
        let origins = RollingOriginBacktest(count: 4, horizon: 2, minimumTraining: 2)
        XCTAssertEqual(origins.origins, [.init(trainingCount: 2, steps: 2), .init(trainingCount: 3, steps: 1)])
        // σ = 1 at both steps (80% bounds at ±z80); the series has a negative value, so errors
        // are absolute. Forecasts of 1 miss 2, 4 by 1, 3 and 4 by 3: mean square 19/3.
        let path = ForecastPath(points: [0, 0], standardDeviations: [1, 1])
        let factor = IntervalCalibration.factor(path: path, y: y, origins: origins, forecasts: [[1, 1], [1]])
        XCTAssertEqual(factor, (1 + (19.0 / 3).squareRoot()) / 2, accuracy: 1e-12)
        let widened = IntervalCalibration.widened(path, by: factor)
        XCTAssertEqual(widened.points, [0, 0])
        XCTAssertEqual(widened.upper95[1], factor * ForecastPath.z95, accuracy: 1e-12)
        XCTAssertEqual(widened.lower80[0], -factor * ForecastPath.z80, accuracy: 1e-12)
        // Errors smaller than the intervals imply never narrow them.
        XCTAssertEqual(IntervalCalibration.factor(path: path, y: y, origins: origins, forecasts: [[2, 4], [4]]), 1)
        // Relative errors for a positive series: forecasts of 1 for 2 and 4 are 100% and 300% off,
        // against a relative σ of 1/10 at points of 10: z = 10 and 30 for the first origin.
        let positive: [Double] = [1, 1, 2, 4]
        let tenfold = ForecastPath(points: [10, 10], standardDeviations: [1, 1])
        let relative = IntervalCalibration.factor(path: tenfold, y: positive, origins: origins, forecasts: [[1, 1], [1]])
        XCTAssertEqual(relative, IntervalCalibration.largestFactor, "√((100 + 900 + 900) / 3) is far past the cap")
    }

    func testThetaTakesItsSeasonalFiguresFromTheLastSixSeasons() throws {
        // m = 2 and 15 values: three flat ones, then twelve alternating 120 (even positions) and
        // 80 (odd). The 2×2 centred average of the alternation is 100 at every point, so the
        // last six seasons give exactly 1.2 and 0.8; the window starts at an odd position, which
        // the figures must be turned back for. The whole series' decomposition would mix in the
        // flat start.
        let y: [Double] = [100, 100, 100] + (3..<15).map { $0 % 2 == 0 ? 120 : 80 }
        let figures = try XCTUnwrap(ThetaMethod.recentSeasonalFigures(y, seasonLength: 2))
        XCTAssertEqual(figures[0], 1.2, accuracy: 1e-12)
        XCTAssertEqual(figures[1], 0.8, accuracy: 1e-12)
        let whole = try XCTUnwrap(ClassicalDecomposition(y[...], seasonLength: 2, kind: .multiplicative))
        XCTAssertNotEqual(whole.figures[0], 1.2, accuracy: 1e-3)
    }

    func testBacktestForecastsScoreAsTheMethodDoes() throws {
        let y = (0..<30).map { 50 + Double($0) + [6, -2, -4][$0 % 3] }
        let origins = RollingOriginBacktest(count: 30, horizon: 3, minimumTraining: 6)
        let method: ([Double], Int) -> [Double]? = { training, steps in BenchmarkMethods.seasonalNaive(training, seasonLength: 3, horizon: steps).points }
        let forecasts = try XCTUnwrap(origins.forecasts(y, method: method))
        XCTAssertEqual(forecasts.count, 4)
        XCTAssertEqual(origins.score(y, seasonLength: 3, forecasts: forecasts), origins.score(y, seasonLength: 3, method: method))
        // Seasonal naive on a line plus a season misses by one season's growth, 3 at every step,
        // and so does the in-sample seasonal naive: MASE exactly 1.
        XCTAssertEqual(try XCTUnwrap(origins.score(y, seasonLength: 3, forecasts: forecasts)).mase, 1, accuracy: 1e-12)
    }

    /// Ten years of monthly sales growing 1% a month with a season of ±30% that scales with the
    /// level, and 2% noise: ETS with a multiplicative season is the right model, seasonal naive
    /// lags the trend by a year and Theta's drift is a straight line through exponential growth.
    func testOnATrendingMultiplicativelySeasonalSeriesTheDefaultPicksTheBestMember() throws {
        var generator = SeededGenerator(seed: 2024)
        let values = (0..<120).map { month -> Double in
            let season = 1 + 0.3 * sin(2 * Double.pi * Double(month % 12) / 12)
            return 100 * pow(1.01, Double(month)) * season * (1 + 0.02 * generator.gaussian())
        }
        let series = ForecastSeries(values: values, seasonLength: 12)
        let result = Forecaster.forecast(series, horizon: 12)
        let own = try XCTUnwrap(result.backtest)
        let members = result.simplerBacktests.filter { [.ets, .theta, .seasonalNaive].contains($0.selection) }
        XCTAssertEqual(members.count, 3, "every member is scored on the default's origins")
        let best = try XCTUnwrap(members.first, "lowest MASE first")
        XCTAssertEqual(best.selection, .ets, "\(members)")
        XCTAssertTrue(best.method.hasSuffix(",M)"), "a multiplicative season: \(best.method)")

        var notes: [String] = []
        let scale = values.reduce(0) { max($0, abs($1)) }
        let choice = Forecaster.choose(values.map { $0 / scale }, seasonLength: 12, horizon: 12, selection: .automatic, notes: &notes)
        let weights = choice.memberWeights
        let heaviest = try XCTUnwrap(weights.max { $0.value < $1.value })
        XCTAssertEqual(heaviest.key, .ets, "\(weights)")
        XCTAssertGreaterThan(heaviest.value, 0.5, "\(weights)")
        // The members' weights follow their backtests: 1/MASE² normalised.
        let total = members.reduce(0) { $0 + 1 / ($1.score.mase * $1.score.mase) }
        for member in members {
            XCTAssertEqual(weights[member.selection] ?? -1, 1 / (member.score.mase * member.score.mase) / total, accuracy: 1e-9)
        }
        // And the combination is not spoiled by its weaker members: within 5% of the best one,
        // ahead of the second best.
        // The weaker members cannot spoil it: its forecast stays within 2% of ETS's own, and its
        // backtest is far ahead of the second best member's.
        let ets = Forecaster.forecast(series, horizon: 12, selection: .ets)
        for (point, etsPoint) in zip(result.points, ets.points) { XCTAssertEqual(point / etsPoint, 1, accuracy: 0.02) }
        XCTAssertLessThan(own.mase, members[1].score.mase / 2)
    }
}
