import Foundation

extension ETSModel {
    /// Point forecasts: the model's states carried forward without new errors (as ets, also for
    /// multiplicative models, where this is the conditional median rather than the mean).
    func pointForecasts(horizon: Int) -> [Double] {
        let m = final.seasonal.count
        var points: [Double] = []
        points.reserveCapacity(horizon)
        var trendMultiplier = 0.0
        var phiPower = 1.0
        for step in 1...max(horizon, 1) where step <= horizon {
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

    static let samplePaths = 1_000

    /// Quantiles of simulated futures: each path draws relative errors ε ~ N(0, σ²), forms
    /// y = ŷ(1 + ε) and updates the states as the filter does. The seed depends only on the
    /// data's length and the model, so results are reproducible.
    private func simulated(points: [Double], horizon: Int) -> ForecastPath {
        let m = final.seasonal.count
        let sigma = variance.squareRoot()
        var sampler = NormalSampler(seed: 0x5EED_F0CA_57 &+ UInt64(count) &* 31 &+ UInt64(spec.description.utf8.count))
        var samples = [[Double]](repeating: [Double](repeating: 0, count: Self.samplePaths), count: horizon)
        var season = final.seasonal
        let phi = spec.trend == .damped ? smoothing.phi : 1
        let betaOverAlpha = smoothing.beta / smoothing.alpha
        for path in 0..<Self.samplePaths {
            var level = final.level
            var trend = final.trend
            for index in 0..<m { season[index] = final.seasonal[index] }
            var position = m > 0 ? count % m : 0
            for step in 0..<horizon {
                let dampedTrend = spec.hasTrend ? phi * trend : 0
                let base = level + dampedTrend
                let seasonal = m > 0 ? season[position] : (spec.season == .multiplicative ? 1 : 0)
                let expected: Double
                switch spec.season {
                case .none: expected = base
                case .additive: expected = base + seasonal
                case .multiplicative: expected = base * seasonal
                }
                let shock = sigma * sampler.next()
                let value = spec.error == .multiplicative ? expected * (1 + shock) : expected + shock
                samples[step][path] = value
                let adjusted: Double
                switch spec.season {
                case .none: adjusted = value
                case .additive: adjusted = value - seasonal
                case .multiplicative: adjusted = seasonal != 0 ? value / seasonal : value
                }
                let newLevel = base + smoothing.alpha * (adjusted - base)
                if spec.hasTrend { trend = dampedTrend + betaOverAlpha * (newLevel - level - dampedTrend) }
                if m > 0 {
                    switch spec.season {
                    case .none: break
                    case .additive: season[position] = seasonal + smoothing.gamma * (value - base - seasonal)
                    case .multiplicative:
                        if base != 0 { season[position] = seasonal + smoothing.gamma * (value / base - seasonal) }
                    }
                    position += 1
                    if position == m { position = 0 }
                }
                level = newLevel
            }
        }
        var lower80: [Double] = []
        var upper80: [Double] = []
        var lower95: [Double] = []
        var upper95: [Double] = []
        for step in 0..<horizon {
            let q = SampleQuantiles.quantiles(&samples[step], [0.025, 0.1, 0.9, 0.975])
            lower95.append(q[0])
            lower80.append(q[1])
            upper80.append(q[2])
            upper95.append(q[3])
        }
        return ForecastPath(points: points, lower80: lower80, upper80: upper80, lower95: lower95, upper95: upper95).ordered()
    }
}
