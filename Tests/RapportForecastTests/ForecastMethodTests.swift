import XCTest

@testable import RapportForecast

/// The building blocks against results worked out by hand.
final class ForecastMethodTests: XCTestCase {
    private func model(
        _ spec: ETSSpec, _ y: [Double], smoothing: ETSRecursion.Smoothing, level: Double, trend: Double = 0, seasonal: [Double] = [],
        seasonLength: Int = 1
    ) -> ETSModel {
        var season = seasonal
        let outcome = y.withUnsafeBufferPointer { values in
            season.withUnsafeMutableBufferPointer {
                ETSRecursion.filter(values, spec: spec, smoothing: smoothing, level: level, trend: trend, season: $0)
            }
        }
        return ETSModel(
            spec: spec, seasonLength: seasonLength, smoothing: smoothing,
            initial: ETSInitialStates(level: level, trend: trend, seasonal: seasonal),
            final: ETSInitialStates(level: outcome.level, trend: outcome.trend, seasonal: season), count: y.count,
            likelihood: outcome.likelihood, aicc: 0, variance: outcome.sumOfSquares / Double(y.count))
    }

    func testSimpleExponentialSmoothingByHand() {
        // α = 0.5 from level 10: 10 → 11 → 12.5 → 12.75; errors 2, 3, 0.5.
        let fitted = model(
            ETSSpec(error: .additive, trend: .none, season: .none), [12, 14, 13],
            smoothing: .init(alpha: 0.5, beta: 0, gamma: 0, phi: 1), level: 10)
        XCTAssertEqual(fitted.final.level, 12.75, accuracy: 1e-12)
        XCTAssertEqual(fitted.pointForecasts(horizon: 3), [12.75, 12.75, 12.75])
        XCTAssertEqual(fitted.variance * 3, 13.25, accuracy: 1e-12)
        XCTAssertEqual(fitted.likelihood, 3 * log(13.25), accuracy: 1e-12)
        // v_h = σ²(1 + (h − 1)α²).
        let path = fitted.forecast(horizon: 3)
        let sigma = fitted.variance.squareRoot()
        XCTAssertEqual(path.upper95[0] - path.points[0], 1.959963984540054 * sigma, accuracy: 1e-9)
        XCTAssertEqual(path.upper95[2] - path.points[2], 1.959963984540054 * sigma * (1 + 2 * 0.25).squareRoot(), accuracy: 1e-9)
    }

    func testHoltLinearTrendByHand() {
        // α = 0.5, β = 0.2, level 10, trend 1:
        // t1: forecast 11, error 1, level 11.5, trend 1.2
        // t2: forecast 12.7, error 0.3, level 12.85, trend 1.26
        // t3: forecast 14.11, error 0.89, level 14.555, trend 1.438
        let fitted = model(
            ETSSpec(error: .additive, trend: .additive, season: .none), [12, 13, 15],
            smoothing: .init(alpha: 0.5, beta: 0.2, gamma: 0, phi: 1), level: 10, trend: 1)
        XCTAssertEqual(fitted.final.level, 14.555, accuracy: 1e-12)
        XCTAssertEqual(fitted.final.trend, 1.438, accuracy: 1e-12)
        let points = fitted.pointForecasts(horizon: 3)
        for (point, expected) in zip(points, [15.993, 17.431, 18.869]) { XCTAssertEqual(point, expected, accuracy: 1e-12) }
        XCTAssertEqual(fitted.variance * 3, 1 + 0.09 + 0.7921, accuracy: 1e-12)
        // c_1 = α + β = 0.7, c_2 = α + 2β = 0.9.
        let path = fitted.forecast(horizon: 3)
        let sigma = fitted.variance.squareRoot()
        XCTAssertEqual(path.upper80[2] - path.points[2], 1.2815515655446004 * sigma * (1 + 0.49 + 0.81).squareRoot(), accuracy: 1e-9)
    }

    func testDampedTrendByHand() {
        // φ = 0.9 from level 10, trend 1, one observation 12: forecast 10.9, error 1.1,
        // level 10.9 + 0.5·1.1 = 11.45, trend 0.9 + 0.2·1.1 = 1.12.
        let fitted = model(
            ETSSpec(error: .additive, trend: .damped, season: .none), [12],
            smoothing: .init(alpha: 0.5, beta: 0.2, gamma: 0, phi: 0.9), level: 10, trend: 1)
        XCTAssertEqual(fitted.final.level, 11.45, accuracy: 1e-12)
        XCTAssertEqual(fitted.final.trend, 1.12, accuracy: 1e-12)
        let points = fitted.pointForecasts(horizon: 2)
        XCTAssertEqual(points[0], 11.45 + 0.9 * 1.12, accuracy: 1e-12)
        XCTAssertEqual(points[1], 11.45 + (0.9 + 0.81) * 1.12, accuracy: 1e-12)
    }

    func testAdditiveSeasonByHand() {
        // m = 2, α = 0.5, γ = 0.25, level 10, seasons +1 / −1, data 12, 8, 13:
        // t1: forecast 11, error 1, level 10.5, s₀ 1.25
        // t2: forecast 9.5, error −1.5, level 9.75, s₁ −1.375
        // t3: forecast 11, error 2, level 10.75, s₀ 1.75
        let fitted = model(
            ETSSpec(error: .additive, trend: .none, season: .additive), [12, 8, 13],
            smoothing: .init(alpha: 0.5, beta: 0, gamma: 0.25, phi: 1), level: 10, seasonal: [1, -1], seasonLength: 2)
        XCTAssertEqual(fitted.final.level, 10.75, accuracy: 1e-12)
        XCTAssertEqual(fitted.final.seasonal, [1.75, -1.375])
        XCTAssertEqual(fitted.pointForecasts(horizon: 3), [9.375, 12.5, 9.375])
    }

    func testMultiplicativeErrorLikelihoodAddsTheLogOfTheForecasts() {
        // ETS(M,N,N) with α = 0.5 from level 10 on 12, 11: forecasts 10 and 11, relative errors 0.2 and 0.
        let fitted = model(
            ETSSpec(error: .multiplicative, trend: .none, season: .none), [12, 11],
            smoothing: .init(alpha: 0.5, beta: 0, gamma: 0, phi: 1), level: 10)
        XCTAssertEqual(fitted.likelihood, 2 * log(0.04) + 2 * (log(10) + log(11)), accuracy: 1e-12)
    }

    func testBenchmarkMethodsByHand() {
        let y: [Double] = [10, 12, 11, 13, 20, 22, 21, 23]
        let naive = BenchmarkMethods.naive(y, horizon: 4)
        XCTAssertEqual(naive.points, [23, 23, 23, 23])
        let snaive = BenchmarkMethods.seasonalNaive(y, seasonLength: 4, horizon: 6)
        XCTAssertEqual(snaive.points, [20, 22, 21, 23, 20, 22])
        // Seasonal differences are all 10: σ = 10, one season ahead √1, the next √2.
        XCTAssertEqual(snaive.upper95[0] - snaive.points[0], 1.959963984540054 * 10, accuracy: 1e-9)
        XCTAssertEqual(snaive.upper95[4] - snaive.points[4], 1.959963984540054 * 10 * 2.squareRoot(), accuracy: 1e-9)
        let drift = BenchmarkMethods.drift(y, horizon: 2)
        XCTAssertEqual(drift.points[0], 23 + 13.0 / 7, accuracy: 1e-12)
        XCTAssertEqual(drift.points[1], 23 + 26.0 / 7, accuracy: 1e-12)
        let mean = BenchmarkMethods.mean([4, 6], horizon: 2)
        XCTAssertEqual(mean.points, [5, 5])
        // s = √2, σ = √2·√1.5 = √3, t(0.975, 1 df) = 12.706205.
        XCTAssertEqual(mean.upper95[0] - 5, 12.706205 * 3.squareRoot(), accuracy: 1e-6)
    }

    func testThetaIsSimpleSmoothingPlusHalfTheTrend() throws {
        // A straight line: SES with α near 1 sits on the last value; the drift adds half the
        // slope per step, with the (1 − (1 − α)ⁿ)/α lead of about one step.
        let y = (0..<20).map { 100 + 2 * Double($0) }
        let fit = try XCTUnwrap(ThetaMethod.forecast(y, seasonLength: 1, horizon: 3))
        XCTAssertFalse(fit.seasonallyAdjusted)
        XCTAssertEqual(fit.path.points[0], 138 + 1, accuracy: 0.1)
        XCTAssertEqual(fit.path.points[2] - fit.path.points[0], 2, accuracy: 1e-9)
    }

    func testAccuracyMeasuresByHand() {
        let actual: ArraySlice<Double> = [100, 200]
        let forecast: ArraySlice<Double> = [110, 180]
        let first: Double = 200 * 10 / 210
        let second: Double = 200 * 20 / 380
        XCTAssertEqual(ForecastAccuracy.smape(actual: actual, forecast: forecast), (first + second) / 2, accuracy: 1e-12)
        // In-sample seasonal naive error with m = 2 on 1, 2, 4, 6: |4 − 1|, |6 − 2| → 3.5.
        XCTAssertEqual(ForecastAccuracy.scale(history: [1, 2, 4, 6], seasonLength: 2), 3.5)
        XCTAssertEqual(ForecastAccuracy.mase(actual: actual, forecast: forecast, history: [1, 2, 4, 6], seasonLength: 2), 15 / 3.5, accuracy: 1e-12)
        // A season that repeats exactly has no seasonal naive error: the lag-1 error scales instead.
        XCTAssertEqual(ForecastAccuracy.scale(history: [1, 3, 1, 3], seasonLength: 2), 2)
        XCTAssertEqual(ForecastAccuracy.smape(actual: [0, 0], forecast: [0, 0]), 0)
    }

    func testRollingOriginsFitTheHistory() {
        // Three years of months, a year ahead, two seasons needed: origins in the last year.
        let short = RollingOriginBacktest(count: 36, horizon: 12, minimumTraining: 24)
        XCTAssertEqual(short.origins.map(\.trainingCount), [24, 27, 30, 33])
        XCTAssertEqual(short.origins.map(\.steps), [12, 9, 6, 3])
        // With more history every origin forecasts the whole year.
        let long = RollingOriginBacktest(count: 60, horizon: 12, minimumTraining: 24)
        XCTAssertEqual(long.origins.map(\.trainingCount), [39, 42, 45, 48])
        XCTAssertEqual(long.origins.map(\.steps), [12, 12, 12, 12])
        XCTAssertTrue(RollingOriginBacktest(count: 24, horizon: 12, minimumTraining: 24).origins.isEmpty)
    }

    func testSampleQuantilesMatchRType7() {
        var samples = (0...100).reversed().map(Double.init)
        XCTAssertEqual(SampleQuantiles.quantiles(&samples, [0.025, 0.1, 0.9, 0.975]), [2.5, 10, 90, 97.5])
        var four: [Double] = [4, 1, 3, 2]
        // Type 7 on 1…4 at 0.1: 1 + 0.3·(2 − 1).
        XCTAssertEqual(SampleQuantiles.quantiles(&four, [0.1])[0], 1.3, accuracy: 1e-12)
    }

    func testNelderMeadFindsTheRosenbrockMinimum() {
        var optimizer = NelderMead()
        optimizer.maxEvaluations = 5_000
        optimizer.relativeTolerance = 1e-14
        optimizer.absoluteTolerance = 1e-14
        let minimum = optimizer.minimize(start: [-1.2, 1], steps: [0.5, 0.5]) { x in
            100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]) + (1 - x[0]) * (1 - x[0])
        }
        XCTAssertEqual(minimum.point[0], 1, accuracy: 1e-3)
        XCTAssertEqual(minimum.point[1], 1, accuracy: 1e-3)
    }

    func testDecompositionRecoversAKnownSeason() throws {
        let figures: [Double] = [5, -3, 1, -3]
        let y = (0..<16).map { 50 + 0.5 * Double($0) + figures[$0 % 4] }
        let decomposition = try XCTUnwrap(ClassicalDecomposition(y[...], seasonLength: 4, kind: .additive))
        for (found, expected) in zip(decomposition.figures, figures) { XCTAssertEqual(found, expected, accuracy: 1e-9) }
        XCTAssertNil(ClassicalDecomposition(y[0..<7], seasonLength: 4, kind: .additive))
    }

    func testMissingValuesAreInterpolatedAndEndsHandled() {
        let filled = FilledSeries(ForecastSeries(values: [nil, 1, nil, 3, nil, nil, 6, .nan, nil], seasonLength: 1))
        XCTAssertEqual(filled.values, [1, 2, 3, 4, 5, 6, 6, 6])
        XCTAssertEqual(filled.interpolated, 3)
        XCTAssertEqual(filled.carriedForward, 2)
        XCTAssertEqual(filled.droppedLeading, 1)
        XCTAssertNotNil(filled.note)
        XCTAssertNil(FilledSeries(ForecastSeries(values: [1, 2], seasonLength: 1)).note)
    }

    func testModelSpaceFollowsEtsDefaults() {
        let positive = ETSSpec.candidates(count: 36, seasonLength: 12, allPositive: true)
        XCTAssertEqual(positive.count, 15)
        XCTAssertFalse(positive.contains(ETSSpec(error: .additive, trend: .none, season: .multiplicative)))
        let withZeros = ETSSpec.candidates(count: 36, seasonLength: 12, allPositive: false)
        XCTAssertEqual(withZeros.map(\.description), ["ETS(A,N,N)", "ETS(A,N,A)", "ETS(A,A,N)", "ETS(A,A,A)", "ETS(A,Ad,N)", "ETS(A,Ad,A)"])
        XCTAssertTrue(ETSSpec.candidates(count: 20, seasonLength: 12, allPositive: true).allSatisfy { !$0.isSeasonal })
        // ets needs more observations than parameters plus four: 6 allows nothing, 7 allows SES.
        XCTAssertTrue(ETSSpec.candidates(count: 6, seasonLength: 1, allPositive: true).isEmpty)
        XCTAssertEqual(ETSSpec.candidates(count: 7, seasonLength: 1, allPositive: false).map(\.description), ["ETS(A,N,N)"])
    }
}
