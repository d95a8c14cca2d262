import Foundation

/// An exponential-smoothing model fitted to a series by maximum likelihood.
///
/// The smoothing parameters and the initial level and trend are estimated with Nelder–Mead
/// in an unbounded space mapped onto ets' "usual" region: 0 < α < 1, 0 < β < α, 0 < γ < 1 − α,
/// 0.8 ≤ φ ≤ 0.98. The initial seasonal states come from the decomposition heuristic.
struct ETSModel {
    let spec: ETSSpec
    let seasonLength: Int
    let smoothing: ETSRecursion.Smoothing
    let initial: ETSInitialStates
    /// States after the last observation; `seasonal` still indexed by absolute position t % m.
    let final: ETSInitialStates
    let count: Int
    /// −2 log-likelihood without its constant (see `ETSRecursion.Outcome`).
    let likelihood: Double
    /// Corrected Akaike information criterion, the yardstick for choosing among the family.
    let aicc: Double
    /// Variance of the one-step errors (additive, or relative for multiplicative errors),
    /// with ets' degrees-of-freedom correction.
    let variance: Double

    static let lowerBound = 1e-4
    static let upperBound = 0.9999
    static let phiBounds = (lower: 0.8, upper: 0.98)

    /// Fits `spec` to `y`; nil when no admissible parameters give a finite likelihood.
    /// `warmStart`, a model of the same spec fitted to nearly the same data, seeds the search
    /// (rolling-origin refits), which then needs no restart.
    static func fit(_ y: [Double], seasonLength: Int, spec: ETSSpec, warmStart: ETSModel? = nil) -> ETSModel? {
        let m = spec.isSeasonal ? seasonLength : 0
        let count = y.count
        guard count >= 2 else { return nil }
        let initial = ETSInitialStates(y, seasonLength: seasonLength, spec: spec)
        guard !spec.isSeasonal || initial.seasonal.count == m else { return nil }

        let spread = max(SeriesStatistics.standardDeviation(y[...]), 1e-3 * SeriesStatistics.meanAbsolute(y[...]), 1e-12)
        let scales = Scales(level: spread, trend: spread / Double(max(count, 2)))
        // Estimating the m − 1 free seasonal states as well (as ets does) was tried: on M3's sales
        // series it made forecasts no better (quarterly worse) and selection four times slower.
        let layout = Layout(spec: spec)
        let start: ETSRecursion.Smoothing
        var startStates = initial
        if let warmStart {
            start = warmStart.smoothing
            startStates = warmStart.initial
        } else {
            // ets' starting values: a small α for seasonal data, β a tenth of the range, γ a
            // twentieth, φ near its top.
            let alpha = lowerBound + 0.2 * (upperBound - lowerBound) / Double(max(m, 1))
            start = ETSRecursion.Smoothing(
                alpha: alpha, beta: min(lowerBound + 0.1 * (upperBound - lowerBound), alpha * 0.5),
                gamma: lowerBound + 0.05 * (upperBound - lowerBound), phi: phiBounds.lower + 0.99 * (phiBounds.upper - phiBounds.lower))
        }
        let startPoint = layout.encode(start, states: startStates, around: initial, scales: scales)
        let fresh = warmStart == nil
        var steps = [Double](repeating: fresh ? 1 : 0.3, count: layout.dimension)
        steps[layout.levelIndex] = fresh ? 0.2 : 0.05
        if let trendIndex = layout.trendIndex { steps[trendIndex] = fresh ? 1 : 0.3 }

        var scratch = [Double](repeating: 0, count: m)
        let objective: ([Double]) -> Double = { point in
            let decoded = layout.decode(point)
            return y.withUnsafeBufferPointer { values in
                scratch.withUnsafeMutableBufferPointer { season in
                    let states = layout.states(point, around: initial, scales: scales, into: season)
                    return ETSRecursion.filter(
                        values, spec: spec, smoothing: decoded, level: states.level, trend: states.trend, season: season
                    ).likelihood
                }
            }
        }
        var optimizer = NelderMead()
        // On M3's sales series a larger budget (×4, three restarts) or a tighter tolerance (1e-7)
        // changed no forecast measurably, and took two to three times as long.
        optimizer.maxEvaluations = fresh ? 150 * layout.dimension : 60 * layout.dimension
        optimizer.restarts = fresh ? 1 : 0
        optimizer.relativeTolerance = 1e-4
        let minimum = optimizer.minimize(start: startPoint, steps: steps, objective)
        guard minimum.value.isFinite else { return nil }

        let smoothing = layout.decode(minimum.point)
        var season = [Double](repeating: 0, count: m)
        let states = season.withUnsafeMutableBufferPointer { layout.states(minimum.point, around: initial, scales: scales, into: $0) }
        let fittedInitial = ETSInitialStates(level: states.level, trend: states.trend, seasonal: season)
        let outcome = y.withUnsafeBufferPointer { values in
            season.withUnsafeMutableBufferPointer { buffer in
                ETSRecursion.filter(
                    values, spec: spec, smoothing: smoothing, level: fittedInitial.level, trend: fittedInitial.trend, season: buffer)
            }
        }
        guard outcome.likelihood.isFinite else { return nil }
        let parameters = spec.parameterCount(seasonLength: seasonLength)
        let k = Double(parameters)
        let n = Double(count)
        let aicc = n - k - 1 > 0 ? outcome.likelihood + 2 * k + 2 * k * (k + 1) / (n - k - 1) : .infinity
        let degreesOfFreedom = max(1, count - (parameters - 1))
        return ETSModel(
            spec: spec, seasonLength: seasonLength, smoothing: smoothing, initial: fittedInitial,
            final: ETSInitialStates(level: outcome.level, trend: outcome.trend, seasonal: season), count: count,
            likelihood: outcome.likelihood, aicc: aicc, variance: outcome.sumOfSquares / Double(degreesOfFreedom))
    }

    /// How far one unit of the optimizer's vector moves the initial level and trend.
    private struct Scales {
        var level: Double
        var trend: Double
    }

    /// Where each estimated quantity sits in the optimizer's vector, and the maps between that
    /// unbounded vector and admissible parameters and states. The initial level and trend are
    /// offsets from the heuristic's, in units of `Scales`; the seasonal states are the heuristic's.
    private struct Layout {
        let spec: ETSSpec
        let betaIndex: Int?
        let gammaIndex: Int?
        let phiIndex: Int?
        let levelIndex: Int
        let trendIndex: Int?
        let dimension: Int

        init(spec: ETSSpec) {
            self.spec = spec
            var next = 1
            func claim(_ present: Bool) -> Int? {
                guard present else { return nil }
                defer { next += 1 }
                return next
            }
            betaIndex = claim(spec.hasTrend)
            gammaIndex = claim(spec.isSeasonal)
            phiIndex = claim(spec.trend == .damped)
            levelIndex = next
            next += 1
            trendIndex = claim(spec.hasTrend)
            dimension = next
        }

        func decode(_ point: [Double]) -> ETSRecursion.Smoothing {
            let low = ETSModel.lowerBound
            let alpha = low + (ETSModel.upperBound - low) * logistic(point[0])
            let beta = betaIndex.map { low + (alpha - low) * logistic(point[$0]) } ?? 0
            let gamma = gammaIndex.map { low + max(0, 1 - alpha - low) * logistic(point[$0]) } ?? 0
            let phi =
                phiIndex.map { ETSModel.phiBounds.lower + (ETSModel.phiBounds.upper - ETSModel.phiBounds.lower) * logistic(point[$0]) }
                ?? 1
            return ETSRecursion.Smoothing(alpha: alpha, beta: beta, gamma: gamma, phi: phi)
        }

        /// Writes the initial seasonal states into `season` and returns level and trend.
        func states(
            _ point: [Double], around base: ETSInitialStates, scales: Scales, into season: UnsafeMutableBufferPointer<Double>
        ) -> (level: Double, trend: Double) {
            for index in 0..<season.count { season[index] = base.seasonal[index] }
            let level = base.level + point[levelIndex] * scales.level
            let trend = trendIndex.map { base.trend + point[$0] * scales.trend } ?? 0
            return (level, trend)
        }

        func encode(_ smoothing: ETSRecursion.Smoothing, states: ETSInitialStates, around base: ETSInitialStates, scales: Scales) -> [Double] {
            let low = ETSModel.lowerBound
            var point = [Double](repeating: 0, count: dimension)
            point[0] = logit((smoothing.alpha - low) / (ETSModel.upperBound - low))
            if let betaIndex { point[betaIndex] = logit((smoothing.beta - low) / max(smoothing.alpha - low, 1e-12)) }
            if let gammaIndex { point[gammaIndex] = logit((smoothing.gamma - low) / max(1 - smoothing.alpha - low, 1e-12)) }
            if let phiIndex {
                point[phiIndex] = logit((smoothing.phi - ETSModel.phiBounds.lower) / (ETSModel.phiBounds.upper - ETSModel.phiBounds.lower))
            }
            point[levelIndex] = finite((states.level - base.level) / scales.level)
            if let trendIndex { point[trendIndex] = finite((states.trend - base.trend) / scales.trend) }
            return point
        }

        private func finite(_ value: Double) -> Double { value.isFinite ? value : 0 }

        // A cheaper map without the exponential (x / (1 + |x|)) was tried: its long tails
        // made the simplex take more steps than the exponentials saved.
        private func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

        /// Inverse of the logistic map, kept off the flat tails where the simplex would stall.
        private func logit(_ fraction: Double) -> Double {
            let clamped = min(max(fraction.isFinite ? fraction : 0.5, 0.01), 0.99)
            return log(clamped / (1 - clamped))
        }
    }
}
