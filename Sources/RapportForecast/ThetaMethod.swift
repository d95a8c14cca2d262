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
        if m > 1, n > 2 * m, y.allSatisfy({ $0 > 0 }), isSeasonal(y, lag: m) {
            figures = recentSeasonalFigures(y, seasonLength: m)
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

    /// How many of the latest seasons the seasonal figures are taken from. thetaf decomposes the
    /// whole series, which on a long history averages an old seasonal pattern into the new one:
    /// on the tourism series (up to 25 years of months) Theta's OWA went from 0.930 to 0.836
    /// (monthly, h = 12) and 0.912 to 0.808 (quarterly, h = 4) with six seasons, with M3 and M1
    /// within ±0.01 (four seasons: worse on both; eight: about the same).
    static let seasonsForFigures = 6

    /// Multiplicative seasonal figures from the last `seasonsForFigures` seasons (or the whole
    /// series when it is shorter), indexed by position from the series' start like the
    /// decomposition's own; nil when a figure is not clearly positive.
    static func recentSeasonalFigures(_ y: [Double], seasonLength m: Int) -> [Double]? {
        let n = y.count
        let window = min(n, seasonsForFigures * m)
        guard let decomposition = ClassicalDecomposition(y[(n - window)...], seasonLength: m, kind: .multiplicative),
            decomposition.figures.allSatisfy({ $0 > 1e-4 })
        else { return nil }
        // The decomposition counts positions from the window's start, n − window periods in.
        let shift = (n - window) % m
        return (0..<m).map { decomposition.figures[($0 - shift + m) % m] }
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
