/// One member of the exponential-smoothing family in Hyndman et al.'s state-space taxonomy
/// (Forecasting with Exponential Smoothing, 2008): error, trend and season components.
struct ETSSpec: Hashable, Sendable, CustomStringConvertible {
    enum Error: Hashable, Sendable { case additive, multiplicative }
    enum Trend: Hashable, Sendable { case none, additive, damped }
    enum Season: Hashable, Sendable { case none, additive, multiplicative }

    var error: Error
    var trend: Trend
    var season: Season

    /// "ETS(M,Ad,M)", as R's forecast package names it.
    var description: String {
        let errorCode = error == .additive ? "A" : "M"
        let trendCode: String
        switch trend {
        case .none: trendCode = "N"
        case .additive: trendCode = "A"
        case .damped: trendCode = "Ad"
        }
        let seasonCode: String
        switch season {
        case .none: seasonCode = "N"
        case .additive: seasonCode = "A"
        case .multiplicative: seasonCode = "M"
        }
        return "ETS(\(errorCode),\(trendCode),\(seasonCode))"
    }

    var hasTrend: Bool { trend != .none }
    var isSeasonal: Bool { season != .none }

    /// Linear models (additive error, no multiplicative season) have closed-form forecast
    /// variances; the others are simulated.
    var isLinear: Bool { error == .additive && season != .multiplicative }

    /// Parameters estimated from the data, counted as forecast::ets counts them for AICc:
    /// smoothing parameters, initial states (the seasonal ones sum to a constant, so m - 1
    /// of them are free) and the error variance.
    func parameterCount(seasonLength: Int) -> Int {
        var count = 2  // alpha and the initial level
        if hasTrend { count += 2 }  // beta and the initial trend
        if trend == .damped { count += 1 }  // phi
        if isSeasonal { count += seasonLength }  // gamma and m - 1 free initial seasonal states
        return count + 1  // the error variance
    }

    /// The models forecast::ets considers by default for this series: no multiplicative trend;
    /// no additive error with multiplicative season (infinite forecast variance, "restrict");
    /// no multiplicative error or season unless every value is positive; no season unless
    /// two full seasons are there; and only models with fewer parameters than observations
    /// minus four, as ets requires.
    static func candidates(count: Int, seasonLength: Int, allPositive: Bool) -> [ETSSpec] {
        let seasonal = seasonLength > 1 && count >= 2 * seasonLength
        var specs: [ETSSpec] = []
        for error in [Error.additive, .multiplicative] {
            if error == .multiplicative && !allPositive { continue }
            for trend in [Trend.none, .additive, .damped] {
                for season in [Season.none, .additive, .multiplicative] {
                    if season != .none && !seasonal { continue }
                    if season == .multiplicative && (error == .additive || !allPositive) { continue }
                    let spec = ETSSpec(error: error, trend: trend, season: season)
                    // The variance's parameter is not counted here, as in ets' own check.
                    if count <= spec.parameterCount(seasonLength: seasonLength) - 1 + 4 { continue }
                    specs.append(spec)
                }
            }
        }
        return specs
    }
}
