import Foundation

/// The Theta method of Assimakopoulos & Nikolopoulos (2000), in the form Hyndman & Billah (2003)
/// showed it to be and forecast::thetaf computes: simple exponential smoothing plus a drift of
/// half the slope of a straight line through the data, on seasonally adjusted data when a
/// seasonality test says so.
enum ThetaMethod {
    struct Fit {
        var path: ForecastPath
        var seasonallyAdjusted: Bool
    }

    /// nil when the series is too short for the smoothing fit (fewer than three values).
    static func forecast(_ y: [Double], seasonLength m: Int, horizon: Int) -> Fit? {
        let n = y.count
        guard n >= 3, horizon > 0 else { return nil }
        var figures: [Double]? = nil
        // As thetaf: seasonal adjustment when the lag-m autocorrelation is significant at 90%
        // (one-sided), with Bartlett's standard error. A multiplicative decomposition needs
        // positive data; with zeros or negatives the data stay unadjusted.
        if m > 1, n > 2 * m, y.allSatisfy({ $0 > 0 }), isSeasonal(y, lag: m),
            let decomposition = ClassicalDecomposition(y[...], seasonLength: m, kind: .multiplicative),
            decomposition.figures.allSatisfy({ $0 > 1e-4 })
        {
            figures = decomposition.figures
        }
        let adjusted = figures.map { figures in y.indices.map { y[$0] / figures[$0 % m] } } ?? y
        guard let ses = ETSModel.fit(adjusted, seasonLength: 1, spec: ETSSpec(error: .additive, trend: .none, season: .none))
        else { return nil }
        let alpha = max(1e-10, ses.smoothing.alpha)
        let slope = LeastSquares.line(adjusted[...]).slope / 2
        let lead = (1 - pow(1 - alpha, Double(n))) / alpha
        let sigma = ses.variance.squareRoot()
        var points: [Double] = []
        var deviations: [Double] = []
        for step in 1...horizon {
            var point = ses.final.level + slope * (Double(step - 1) + lead)
            var deviation = sigma * (Double(step - 1) * alpha * alpha + 1).squareRoot()
            if let figures {
                // thetaf reseasonalises only the points; scaling the spread too keeps the
                // intervals in proportion in high and low seasons.
                let figure = figures[(n + step - 1) % m]
                point *= figure
                deviation *= figure
            }
            points.append(point)
            deviations.append(deviation)
        }
        return Fit(path: ForecastPath(points: points, standardDeviations: deviations), seasonallyAdjusted: figures != nil)
    }

    static func isSeasonal(_ y: [Double], lag m: Int) -> Bool {
        let n = y.count
        guard n > m + 1 else { return false }
        let mean = SeriesStatistics.mean(y[...])
        let denominator = y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        guard denominator > 0 else { return false }
        func autocorrelation(_ k: Int) -> Double {
            var sum = 0.0
            for t in 0..<(n - k) { sum += (y[t] - mean) * (y[t + k] - mean) }
            return sum / denominator
        }
        var squares = 0.0
        for k in 1..<m {
            let r = autocorrelation(k)
            squares += r * r
        }
        let standardError = ((1 + 2 * squares) / Double(n)).squareRoot()
        return abs(autocorrelation(m)) / standardError > 1.6448536269514722
    }
}
