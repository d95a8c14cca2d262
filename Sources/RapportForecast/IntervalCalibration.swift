/// Widens a forecast's intervals towards the errors its method made in the rolling-origin
/// backtest on the series itself.
///
/// The models' own intervals leave out the uncertainty of their parameters and of the choice of
/// model, so they are too narrow, the more so the further ahead: with equal weights the default
/// covered 65.9% / 81.2% (80% / 95% intervals) of M1's quarterly series 8 quarters ahead, and
/// 77.6% / 91.2% of M3's. The backtest's errors measure that spread directly. Four origins are
/// few, and the errors of one origin's steps move together, so the factor goes only half way
/// from 1 towards what the backtest shows, and never narrows: narrowing to the backtest (factor
/// below 1 allowed) lost 2–6 points of coverage everywhere, and going all the way made the
/// tourism series' 80% intervals cover 89%. docs/forecast-accuracy.md has the figures.
enum IntervalCalibration {
    /// A noisy backtest can say anything; a spread more than three times the model's is not
    /// believed.
    static let largestFactor = 3.0

    /// The factor for the interval half-widths: half way from 1 to the root mean square of the
    /// backtest's errors, each divided by the standard deviation `path`'s 80% interval implies at
    /// that step; at least 1. Errors are relative to the forecast when the series and the path
    /// are positive (a growing series' older errors would otherwise count for less), absolute
    /// otherwise.
    static func factor(path: ForecastPath, y: [Double], origins: RollingOriginBacktest, forecasts: [[Double]]) -> Double {
        guard forecasts.count == origins.origins.count else { return 1 }
        let relative = y.allSatisfy { $0 > 0 } && path.points.allSatisfy { $0 > 0 }
        var sumOfSquares = 0.0
        var count = 0
        for (origin, predicted) in zip(origins.origins, forecasts) {
            for step in 0..<min(origin.steps, predicted.count, path.points.count) {
                var sigma = (path.upper80[step] - path.lower80[step]) / (2 * ForecastPath.z80)
                var error = y[origin.trainingCount + step] - predicted[step]
                if relative {
                    guard predicted[step] > 0 else { continue }
                    error /= predicted[step]
                    sigma /= path.points[step]
                }
                guard sigma > 0 else { continue }
                sumOfSquares += (error / sigma) * (error / sigma)
                count += 1
            }
        }
        guard count > 0 else { return 1 }
        let ratio = (sumOfSquares / Double(count)).squareRoot()
        guard ratio.isFinite else { return 1 }
        return min(max(1, (1 + ratio) / 2), largestFactor)
    }

    /// The same points with every bound moved `factor` times as far from its point.
    static func widened(_ path: ForecastPath, by factor: Double) -> ForecastPath {
        guard factor != 1 else { return path }
        func away(_ bound: [Double]) -> [Double] { zip(path.points, bound).map { $0 + factor * ($1 - $0) } }
        return ForecastPath(
            points: path.points, lower80: away(path.lower80), upper80: away(path.upper80), lower95: away(path.lower95),
            upper95: away(path.upper95))
    }
}
