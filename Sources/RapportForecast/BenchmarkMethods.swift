/// The simple methods every forecast is measured against, and the fallbacks when a series is
/// too short or too odd for a model: naive, seasonal naive, drift and the mean. Interval
/// formulas as in Hyndman & Athanasopoulos, Forecasting: Principles and Practice, §5.5.
enum BenchmarkMethods {
    /// The last value, repeated; σ_h = σ√h with σ from the one-step differences.
    static func naive(_ y: [Double], horizon: Int) -> ForecastPath {
        let last = y.last ?? 0
        let sigma = rootMeanSquare(differences(y, lag: 1))
        return ForecastPath(
            points: Array(repeating: last, count: horizon),
            standardDeviations: (1...max(horizon, 1)).prefix(horizon).map { sigma * Double($0).squareRoot() })
    }

    /// The value one season earlier; σ_h = σ√(k + 1), k the number of whole seasons before step h.
    /// Needs at least one full season; with less it is the naive method.
    static func seasonalNaive(_ y: [Double], seasonLength m: Int, horizon: Int) -> ForecastPath {
        guard m > 1, y.count >= m else { return naive(y, horizon: horizon) }
        let n = y.count
        let sigma = rootMeanSquare(differences(y, lag: m))
        let points = (0..<horizon).map { y[n - m + $0 % m] }
        let deviations = (0..<horizon).map { sigma * Double($0 / m + 1).squareRoot() }
        return ForecastPath(points: points, standardDeviations: deviations)
    }

    /// A straight line from the first value through the last, continued (a random walk with
    /// drift); σ_h = σ√(h(1 + h/T)), T the number of differences, the drift's own error included.
    static func drift(_ y: [Double], horizon: Int) -> ForecastPath {
        let n = y.count
        guard n > 2, let first = y.first, let last = y.last else { return naive(y, horizon: horizon) }
        let slope = (last - first) / Double(n - 1)
        let steps = differences(y, lag: 1)
        let squares = steps.reduce(0) { $0 + ($1 - slope) * ($1 - slope) }
        let sigma = (squares / Double(max(1, steps.count - 1))).squareRoot()
        let differencesCount = Double(steps.count)
        let points = (1...horizon).map { last + Double($0) * slope }
        let deviations = (1...horizon).map { step -> Double in
            let h = Double(step)
            return sigma * (h * (1 + h / differencesCount)).squareRoot()
        }
        return ForecastPath(points: points, standardDeviations: deviations)
    }

    /// The mean of a very short series, with Student-t intervals: σ√(1 + 1/n) for every step,
    /// as nothing suggests the uncertainty grows (there is no history to say so).
    static func mean(_ y: [Double], horizon: Int) -> ForecastPath {
        let n = y.count
        let mean = SeriesStatistics.mean(y[...])
        let sigma = SeriesStatistics.standardDeviation(y[...]) * (1 + 1 / Double(max(n, 1))).squareRoot()
        // Two-sided 80% and 95% quantiles of Student's t with n − 1 = 1, 2, 3 degrees of freedom.
        let t80: Double
        let t95: Double
        switch n - 1 {
        case 1: (t80, t95) = (3.077684, 12.706205)
        case 2: (t80, t95) = (1.885618, 4.302653)
        case 3: (t80, t95) = (1.637744, 3.182446)
        default: (t80, t95) = (ForecastPath.z80, ForecastPath.z95)
        }
        let points = Array(repeating: mean, count: horizon)
        return ForecastPath(
            points: points, lower80: points.map { $0 - t80 * sigma }, upper80: points.map { $0 + t80 * sigma },
            lower95: points.map { $0 - t95 * sigma }, upper95: points.map { $0 + t95 * sigma })
    }

    static func differences(_ y: [Double], lag: Int) -> [Double] {
        guard lag > 0, y.count > lag else { return [] }
        return (lag..<y.count).map { y[$0] - y[$0 - lag] }
    }

    static func rootMeanSquare(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        return (values.reduce(0) { $0 + $1 * $1 } / Double(values.count)).squareRoot()
    }
}
