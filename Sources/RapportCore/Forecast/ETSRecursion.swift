import Foundation

/// The exponential-smoothing filter: one pass over the data, updating level, trend and season
/// after each observation and adding up what the likelihood needs.
///
/// The updates are written in the error-correction form of forecast::ets' C code, which is the
/// same for additive and multiplicative errors; the error type changes only the likelihood.
/// This is the innermost loop of model selection, so it works on raw buffers.
enum ETSRecursion {
    struct Outcome {
        /// −2 log-likelihood without its constant: n·log Σe² (+ 2·Σ log|ŷ| for multiplicative
        /// errors), as ets. Infinity when the model breaks down (a multiplicative model whose
        /// forecast or level reaches zero or below, or a non-finite state).
        var likelihood: Double
        /// Σe², with e the additive or relative one-step error.
        var sumOfSquares: Double
        var level: Double
        var trend: Double
    }

    struct Smoothing: Equatable {
        var alpha: Double
        var beta: Double
        var gamma: Double
        var phi: Double
    }

    /// `season` holds the initial seasonal states (position t % m) on entry and the final ones on
    /// exit; it may be empty for a model without season. `residuals`, when given, receives the
    /// one-step errors.
    static func filter(
        _ y: UnsafeBufferPointer<Double>, spec: ETSSpec, smoothing: Smoothing, level startLevel: Double,
        trend startTrend: Double, season: UnsafeMutableBufferPointer<Double>, residuals: UnsafeMutablePointer<Double>? = nil
    ) -> Outcome {
        let count = y.count
        let m = season.count
        let alpha = smoothing.alpha
        let betaOverAlpha = smoothing.beta / smoothing.alpha
        let gamma = smoothing.gamma
        let phi = spec.trend == .damped ? smoothing.phi : 1
        let hasTrend = spec.hasTrend
        let seasonKind = m > 0 ? spec.season : .none
        let multiplicativeError = spec.error == .multiplicative
        let needsPositive = multiplicativeError || seasonKind == .multiplicative
        let broken = Outcome(likelihood: .infinity, sumOfSquares: .infinity, level: startLevel, trend: startTrend)

        var level = startLevel
        var trend = hasTrend ? startTrend : 0
        var sumOfSquares = 0.0
        var sumOfLogs = 0.0
        // Σ log|ŷ| is taken as the log of products of a few terms at a time: a logarithm per
        // observation would cost as much as the rest of the step. Eight terms cannot overflow
        // because the data are scaled to at most 1 in magnitude.
        var product = 1.0
        var inProduct = 0
        var position = 0
        for t in 0..<count {
            let value = y[t]
            let dampedTrend = phi * trend
            let base = level + dampedTrend
            let seasonal: Double
            let forecast: Double
            switch seasonKind {
            case .none:
                seasonal = 0
                forecast = base
            case .additive:
                seasonal = season[position]
                forecast = base + seasonal
            case .multiplicative:
                seasonal = season[position]
                forecast = base * seasonal
            }
            if needsPositive && !(forecast > 1e-10) { return broken }
            let error: Double
            if multiplicativeError {
                error = (value - forecast) / forecast
                product *= forecast
                inProduct += 1
                if inProduct == 8 {
                    sumOfLogs += log(product)
                    product = 1
                    inProduct = 0
                }
            } else {
                error = value - forecast
            }
            sumOfSquares += error * error
            residuals?[t] = error

            let adjusted: Double
            switch seasonKind {
            case .none: adjusted = value
            case .additive: adjusted = value - seasonal
            case .multiplicative: adjusted = value / seasonal
            }
            let newLevel = base + alpha * (adjusted - base)
            if hasTrend { trend = dampedTrend + betaOverAlpha * (newLevel - level - dampedTrend) }
            switch seasonKind {
            case .none:
                break
            case .additive:
                season[position] = seasonal + gamma * (value - base - seasonal)
            case .multiplicative:
                guard base > 1e-10 else { return broken }
                season[position] = seasonal + gamma * (value / base - seasonal)
            }
            level = newLevel
            if m > 0 {
                position += 1
                if position == m { position = 0 }
            }
        }
        if inProduct > 0 { sumOfLogs += log(product) }
        guard sumOfSquares.isFinite, level.isFinite, trend.isFinite else { return broken }
        // A perfect fit has no spread to take the log of; a tiny floor keeps it the best, finitely.
        var likelihood = Double(count) * log(max(sumOfSquares, 1e-300))
        if multiplicativeError { likelihood += 2 * sumOfLogs }
        guard likelihood.isFinite else { return broken }
        return Outcome(likelihood: likelihood, sumOfSquares: sumOfSquares, level: level, trend: trend)
    }
}
