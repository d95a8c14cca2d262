import Foundation

extension ETSModel {
    /// Point forecasts: the model's states carried forward without new errors (as ets, also for
    /// multiplicative models, where this is the conditional median rather than the mean).
    func pointForecasts(horizon: Int) -> [Double] {
        guard horizon > 0 else { return [] }
        let m = final.seasonal.count
        var points: [Double] = []
        points.reserveCapacity(horizon)
        var trendMultiplier = 0.0
        var phiPower = 1.0
        for step in 1...horizon {
            switch spec.trend {
            case .none: trendMultiplier = 0
            case .additive: trendMultiplier = Double(step)
            case .damped:
                phiPower *= smoothing.phi
                trendMultiplier += phiPower
            }
            let base = final.level + trendMultiplier * final.trend
            guard m > 0 else {
                points.append(base)
                continue
            }
            let seasonal = final.seasonal[(count + step - 1) % m]
            points.append(spec.season == .additive ? base + seasonal : base * seasonal)
        }
        return points
    }

    /// Points with 80% and 95% intervals: closed-form variances for the linear models
    /// (Hyndman et al. 2008, table 6.1: v_h = σ²(1 + Σ_{j<h} c_j²)), simulated sample paths
    /// for the multiplicative ones.
    func forecast(horizon: Int) -> ForecastPath {
        let points = pointForecasts(horizon: horizon)
        guard horizon > 0 else { return ForecastPath(points: [], standardDeviations: []) }
        if spec.isLinear { return ForecastPath(points: points, standardDeviations: linearStandardDeviations(horizon: horizon)) }
        return simulated(points: points, horizon: horizon)
    }

    private func linearStandardDeviations(horizon: Int) -> [Double] {
        let m = seasonLength
        var deviations: [Double] = []
        var sumOfSquares = 0.0
        var phiSum = 0.0
        var phiPower = 1.0
        for step in 1...horizon {
            deviations.append((variance * (1 + sumOfSquares)).squareRoot())
            // c_j for j = step, used from the next step on.
            let j = step
            var c = smoothing.alpha
            switch spec.trend {
            case .none: break
            case .additive: c += smoothing.beta * Double(j)
            case .damped:
                phiPower *= smoothing.phi
                phiSum += phiPower
                c += smoothing.beta * phiSum
            }
            if spec.isSeasonal, j % m == 0 { c += smoothing.gamma }
            sumOfSquares += c * c
        }
        return deviations
    }

    static let samplePaths = NormalTable.paths

    /// Quantiles of simulated futures: each path draws relative errors ε ~ N(0, σ²), forms
    /// y = ŷ(1 + ε) and updates the states as the filter does. The draws come from a fixed
    /// table (and, past its length, a fixed seed), so results are reproducible. Steps run in the
    /// outer loop and paths in the inner one: the paths are independent, so the processor can
    /// overlap them, where one path's steps would wait on each other.
    private func simulated(points: [Double], horizon: Int) -> ForecastPath {
        let m = final.seasonal.count
        let paths = Self.samplePaths
        let sigma = variance.squareRoot()
        var sampler = NormalSampler(seed: 0x5EED_F0CA_58)
        let table = NormalTable.values
        let phi = spec.trend == .damped ? smoothing.phi : 1
        let alpha = smoothing.alpha
        let gamma = smoothing.gamma
        let betaOverAlpha = spec.hasTrend ? smoothing.beta / smoothing.alpha : 0
        let multiplicativeError = spec.error == .multiplicative
        let season = spec.season

        // Raw buffers: array writes in this loop (uniqueness and bounds checks) cost more than the arithmetic.
        let levels = UnsafeMutablePointer<Double>.allocate(capacity: paths)
        let trends = UnsafeMutablePointer<Double>.allocate(capacity: paths)
        // Path p's seasonal state for position j sits at p * m + j.
        let seasons = UnsafeMutablePointer<Double>.allocate(capacity: max(1, paths * m))
        defer {
            levels.deallocate()
            trends.deallocate()
            seasons.deallocate()
        }
        levels.initialize(repeating: final.level, count: paths)
        trends.initialize(repeating: spec.hasTrend ? final.trend : 0, count: paths)
        for path in 0..<paths {
            for index in 0..<m { (seasons + path * m + index).initialize(to: final.seasonal[index]) }
        }
        var draws = [Double](repeating: 0, count: paths)
        var shocks = [Double](repeating: 0, count: paths)
        var lower80: [Double] = []
        var upper80: [Double] = []
        var lower95: [Double] = []
        var upper95: [Double] = []
        for step in 0..<horizon {
            let position = m > 0 ? (count + step) % m : 0
            for path in 0..<paths {
                shocks[path] = sigma * (step < NormalTable.steps ? table[path * NormalTable.steps + step] : sampler.next())
            }
            draws.withUnsafeMutableBufferPointer { draws in
            for path in 0..<paths {
                let shock = shocks[path]
                let dampedTrend = phi * trends[path]
                let base = levels[path] + dampedTrend
                let seasonal = m > 0 ? seasons[path * m + position] : (season == .multiplicative ? 1 : 0)
                let expected: Double
                let adjusted: Double
                let value: Double
                switch season {
                case .none:
                    expected = base
                    value = multiplicativeError ? expected * (1 + shock) : expected + shock
                    adjusted = value
                case .additive:
                    expected = base + seasonal
                    value = multiplicativeError ? expected * (1 + shock) : expected + shock
                    adjusted = value - seasonal
                    seasons[path * m + position] = seasonal + gamma * (value - base - seasonal)
                case .multiplicative:
                    expected = base * seasonal
                    value = multiplicativeError ? expected * (1 + shock) : expected + shock
                    adjusted = seasonal != 0 ? value / seasonal : value
                    if m > 0, base != 0 { seasons[path * m + position] = seasonal + gamma * (value / base - seasonal) }
                }
                draws[path] = value
                let newLevel = base + alpha * (adjusted - base)
                trends[path] = dampedTrend + betaOverAlpha * (newLevel - levels[path] - dampedTrend)
                levels[path] = newLevel
            }
            }
            let q = SampleQuantiles.quantiles(&draws, [0.025, 0.1, 0.9, 0.975])
            lower95.append(q[0])
            lower80.append(q[1])
            upper80.append(q[2])
            upper95.append(q[3])
        }
        return ForecastPath(points: points, lower80: lower80, upper80: upper80, lower95: lower95, upper95: upper95).ordered()
    }
}
