import RapportForecast

/// The JSON `rapport forecast --format json` prints, for JSONEncoder to write:
/// `method`, `backtest` ({mase, smape, origins, losesToSeasonalNaive} or null),
/// `betterSimplerMethod` ({method, selection, mase}: a simpler method that did clearly better
/// in the same backtest, or null), `fallbackReason` (or null) and `forecast`, an array of
/// {period, forecast, lower80, upper80, lower95, upper95}.
///
/// Every key is always there: an absent backtest or reason is null, not a missing key, so a
/// reader can tell "none" from "old version". JSON has no NaN or infinity, so a number that is
/// not finite is null too (the engine promises finite numbers; this keeps the output valid if
/// that promise is ever broken).
struct ForecastJSON: Encodable {
    let method: String
    let backtest: Backtest?
    let betterSimplerMethod: Alternative?
    let fallbackReason: String?
    let forecast: [Step]

    struct Backtest: Encodable {
        let mase: Number
        let smape: Number
        let origins: Int
        /// Backtest MASE above 1: the forecast did worse than seasonal naive.
        let losesToSeasonalNaive: Bool
    }

    struct Alternative: Encodable {
        let method: String
        /// The `--method` value that forecasts with it.
        let selection: String
        let mase: Number
    }

    struct Step: Encodable {
        let period: String
        let forecast: Number
        let lower80: Number
        let upper80: Number
        let lower95: Number
        let upper95: Number
    }

    /// A figure to four decimals, as the CSV prints it (beyond 1e15 as it is), or null when it
    /// is not finite.
    struct Number: Encodable {
        let value: Double

        init(_ value: Double) { self.value = value }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            guard value.isFinite else {
                try container.encodeNil()
                return
            }
            guard abs(value) < 1e15 else {
                try container.encode(value)
                return
            }
            let rounded = (value * 10_000).rounded() / 10_000
            // -0.00001 rounds to -0, which would print as "-0".
            try container.encode(rounded == 0 ? 0 : rounded)
        }
    }

    init(_ result: ForecastResult, after last: SeriesPeriod) {
        method = result.method
        backtest = result.backtest.map {
            Backtest(mase: Number($0.mase), smape: Number($0.smape), origins: $0.origins, losesToSeasonalNaive: $0.losesToSeasonalNaive)
        }
        betterSimplerMethod = result.betterSimplerMethod.map {
            Alternative(method: $0.method, selection: $0.selection.rawValue, mase: Number($0.score.mase))
        }
        fallbackReason = result.fallbackReason
        forecast = last.following(result.points.count).enumerated().map { step, period in
            Step(
                period: period.label, forecast: Number(result.points[step]), lower80: Number(result.lower80[step]),
                upper80: Number(result.upper80[step]), lower95: Number(result.lower95[step]), upper95: Number(result.upper95[step]))
        }
    }

    private enum CodingKeys: String, CodingKey {
        case method, backtest, betterSimplerMethod, fallbackReason, forecast
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(method, forKey: .method)
        // `encode`, not the synthesised `encodeIfPresent`: none is written as null, not left out.
        try container.encode(backtest, forKey: .backtest)
        try container.encode(betterSimplerMethod, forKey: .betterSimplerMethod)
        try container.encode(fallbackReason, forKey: .fallbackReason)
        try container.encode(forecast, forKey: .forecast)
    }
}
