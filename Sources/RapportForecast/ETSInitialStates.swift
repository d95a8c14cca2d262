import Foundation

/// Starting states for an exponential-smoothing model, by the heuristic of Hyndman et al.
/// (2002, §2.6; forecast::ets' `initstate`): seasonal figures from a classical decomposition of
/// the first three seasons (or, with two to three seasons, from a regression on a line and one
/// Fourier pair), then level and trend from a straight line through the first
/// max(10, 2m) seasonally adjusted values.
///
/// The level and trend are only starting points: the fit refines them by maximum likelihood.
/// The seasonal states stay as the heuristic sets them; estimating m - 1 more parameters
/// by Nelder–Mead costs far more than it gains on a few years of data.
struct ETSInitialStates: Equatable {
    /// Level before the first observation.
    var level: Double
    /// Trend before the first observation; 0 for models without one.
    var trend: Double
    /// `seasonal[t % m]` applies to observation t; empty for models without a season.
    var seasonal: [Double]

    init(level: Double, trend: Double, seasonal: [Double]) {
        self.level = level
        self.trend = trend
        self.seasonal = seasonal
    }

    init(_ y: [Double], seasonLength m: Int, spec: ETSSpec) {
        var seasonal: [Double] = []
        if spec.isSeasonal, m > 1, y.count >= 2 * m {
            let kind: ClassicalDecomposition.Kind = spec.season == .additive ? .additive : .multiplicative
            if y.count >= 3 * m, let decomposition = ClassicalDecomposition(y[0..<(3 * m)], seasonLength: m, kind: kind) {
                seasonal = decomposition.figures
            } else {
                seasonal = Self.fourierFigures(y, seasonLength: m, kind: kind)
            }
            if kind == .multiplicative {
                // Negative or vanishing seasonal indexes would make the model divide by ~0.
                seasonal = seasonal.map { max($0, 1e-2) }
                let mean = seasonal.reduce(0, +) / Double(m)
                seasonal = seasonal.map { $0 / mean }
            }
        }
        let window = min(max(10, 2 * m), y.count)
        var adjusted = [Double](y[0..<window])
        if !seasonal.isEmpty {
            for t in 0..<window {
                adjusted[t] = spec.season == .additive ? adjusted[t] - seasonal[t % m] : adjusted[t] / seasonal[t % m]
            }
        }
        var level: Double
        var trend = 0.0
        if spec.hasTrend {
            // x runs 1...window, so the intercept is the level at time 0, before the first value.
            let fit = LeastSquares.line(adjusted[...], firstX: 1)
            level = fit.intercept
            trend = fit.slope
            if abs(level + trend) < 1e-8 {
                // As ets: keep the first forecast away from zero, which a multiplicative error divides by.
                level *= 1 + 1e-3
                trend *= 1 - 1e-3
            }
        } else {
            level = adjusted.reduce(0, +) / Double(max(1, adjusted.count))
        }
        self.init(level: level, trend: trend, seasonal: seasonal)
    }

    /// Seasonal figures from y ~ a + b·t + c·sin(2πt/m) + d·cos(2πt/m), as ets does when the
    /// series is too short for a decomposition: deviations of the first season from the fitted line.
    private static func fourierFigures(_ y: [Double], seasonLength m: Int, kind: ClassicalDecomposition.Kind) -> [Double] {
        let flat: [Double] = Array(repeating: kind == .additive ? 0 : 1, count: m)
        let rows = (1...y.count).map { t -> [Double] in
            let angle = 2 * Double.pi * Double(t) / Double(m)
            // With m = 2 the sine is zero at every t, a column that would make the system singular.
            return m == 2 ? [1, Double(t), cos(angle)] : [1, Double(t), sin(angle), cos(angle)]
        }
        guard let beta = LeastSquares.solve(design: rows, y) else { return flat }
        var figures = (0..<m).map { index -> Double in
            let line = beta[0] + beta[1] * Double(index + 1)
            switch kind {
            case .additive: return y[index] - line
            case .multiplicative: return line > 0 ? y[index] / line : 1
            }
        }
        let mean = figures.reduce(0, +) / Double(m)
        switch kind {
        case .additive: figures = figures.map { $0 - mean }
        case .multiplicative: figures = mean > 0 ? figures.map { $0 / mean } : flat
        }
        return figures.allSatisfy(\.isFinite) ? figures : flat
    }
}
