import Foundation

/// The exponential-smoothing filter: one pass over the data, updating level, trend and season
/// after each observation and adding up what the likelihood needs.
///
/// The updates are written in the error-correction form of forecast::ets' C code, which is the
/// same for additive and multiplicative errors; the error type changes only the likelihood.
/// This is the innermost loop of model selection (hundreds of passes per model), so each model
/// shape gets its own specialised loop through the generic `run`, with no per-step branching
/// on the shape, and it works on raw buffers.
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
        _ y: UnsafeBufferPointer<Double>, spec: ETSSpec, smoothing: Smoothing, level: Double, trend: Double,
        season: UnsafeMutableBufferPointer<Double>, residuals: UnsafeMutablePointer<Double>? = nil
    ) -> Outcome {
        let seasonKind = season.isEmpty ? .none : spec.season
        let damped = spec.trend == .damped
        let start = State(level: level, trend: spec.hasTrend ? trend : 0)
        switch (seasonKind, spec.error) {
        case (.none, .additive):
            return run(y, NoSeason.self, AdditiveError.self, spec.hasTrend, damped, smoothing, start, season, residuals)
        case (.none, .multiplicative):
            return run(y, NoSeason.self, MultiplicativeError.self, spec.hasTrend, damped, smoothing, start, season, residuals)
        case (.additive, .additive):
            return run(y, AdditiveSeason.self, AdditiveError.self, spec.hasTrend, damped, smoothing, start, season, residuals)
        case (.additive, .multiplicative):
            return run(y, AdditiveSeason.self, MultiplicativeError.self, spec.hasTrend, damped, smoothing, start, season, residuals)
        case (.multiplicative, .additive):
            return run(y, MultiplicativeSeason.self, AdditiveError.self, spec.hasTrend, damped, smoothing, start, season, residuals)
        case (.multiplicative, .multiplicative):
            return run(y, MultiplicativeSeason.self, MultiplicativeError.self, spec.hasTrend, damped, smoothing, start, season, residuals)
        }
    }

    private struct State {
        var level: Double
        var trend: Double
    }

    @inline(__always)
    private static func run<Season: SeasonComponent, Error: ErrorComponent>(
        _ y: UnsafeBufferPointer<Double>, _: Season.Type, _: Error.Type, _ hasTrend: Bool, _ damped: Bool, _ smoothing: Smoothing,
        _ start: State, _ season: UnsafeMutableBufferPointer<Double>, _ residuals: UnsafeMutablePointer<Double>?
    ) -> Outcome {
        let broken = Outcome(likelihood: .infinity, sumOfSquares: .infinity, level: start.level, trend: start.trend)
        let count = y.count
        let m = Season.isPresent ? season.count : 0
        let alpha = smoothing.alpha
        // Without a trend β is 0 and the trend stays 0, so one loop serves both.
        let betaOverAlpha = hasTrend ? smoothing.beta / smoothing.alpha : 0
        let gamma = smoothing.gamma
        let phi = damped ? smoothing.phi : 1
        let needsPositive = Error.isMultiplicative || Season.isMultiplicative

        var level = start.level
        var trend = start.trend
        let oneMinusAlpha = 1 - alpha
        let baseGain = 1 + phi * betaOverAlpha
        // The next step's level-plus-damped-trend, carried so that each step's critical path is
        // two multiply-adds (base → new level → next base) rather than five dependent operations;
        // algebraically the same as level + φ·trend.
        var base = level + phi * trend
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
            let seasonal = Season.isPresent ? season[position] : Season.neutral
            let forecast = Season.combine(base, seasonal)
            if needsPositive && !(forecast > 1e-10) { return broken }
            let error: Double
            if Error.isMultiplicative {
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

            if Season.isPresent {
                if Season.isMultiplicative && !(base > 1e-10) { return broken }
                season[position] = seasonal + gamma * (Season.remove(base, from: value) - seasonal)
                position += 1
                if position == m { position = 0 }
            }
            let dampedTrend = phi * trend
            let newLevel = oneMinusAlpha * base + alpha * Season.remove(seasonal, from: value)
            trend = dampedTrend + betaOverAlpha * (newLevel - level - dampedTrend)
            base = baseGain * newLevel + phi * ((1 - betaOverAlpha) * dampedTrend - betaOverAlpha * level)
            level = newLevel
        }
        if inProduct > 0 { sumOfLogs += log(product) }
        guard sumOfSquares.isFinite, level.isFinite, trend.isFinite else { return broken }
        // A perfect fit has no spread to take the log of; a tiny floor keeps it the best, finitely.
        var likelihood = Double(count) * log(max(sumOfSquares, 1e-300))
        if Error.isMultiplicative { likelihood += 2 * sumOfLogs }
        guard likelihood.isFinite else { return broken }
        return Outcome(likelihood: likelihood, sumOfSquares: sumOfSquares, level: level, trend: trend)
    }
}

/// How a season enters the forecast and is taken out of an observation; static so that the
/// specialised loops contain no branches on it.
protocol SeasonComponent {
    static var isPresent: Bool { get }
    static var isMultiplicative: Bool { get }
    static var neutral: Double { get }
    static func combine(_ base: Double, _ seasonal: Double) -> Double
    static func remove(_ seasonal: Double, from value: Double) -> Double
}

enum NoSeason: SeasonComponent {
    static var isPresent: Bool { false }
    static var isMultiplicative: Bool { false }
    static var neutral: Double { 0 }
    @inline(__always) static func combine(_ base: Double, _ seasonal: Double) -> Double { base }
    @inline(__always) static func remove(_ seasonal: Double, from value: Double) -> Double { value }
}

enum AdditiveSeason: SeasonComponent {
    static var isPresent: Bool { true }
    static var isMultiplicative: Bool { false }
    static var neutral: Double { 0 }
    @inline(__always) static func combine(_ base: Double, _ seasonal: Double) -> Double { base + seasonal }
    @inline(__always) static func remove(_ seasonal: Double, from value: Double) -> Double { value - seasonal }
}

enum MultiplicativeSeason: SeasonComponent {
    static var isPresent: Bool { true }
    static var isMultiplicative: Bool { true }
    static var neutral: Double { 1 }
    @inline(__always) static func combine(_ base: Double, _ seasonal: Double) -> Double { base * seasonal }
    @inline(__always) static func remove(_ seasonal: Double, from value: Double) -> Double { value / seasonal }
}

protocol ErrorComponent {
    static var isMultiplicative: Bool { get }
}

enum AdditiveError: ErrorComponent {
    static var isMultiplicative: Bool { false }
}

enum MultiplicativeError: ErrorComponent {
    static var isMultiplicative: Bool { true }
}
