/// One method's rolling-origin backtest on the series, on the same origins as the forecast's
/// own, so the two scores compare like for like.
public struct MethodBacktest: Equatable, Sendable {
    /// The selection that forecasts with this method alone:
    /// `Forecaster.forecast(series, horizon: h, selection: alternative.selection)`.
    public let selection: ModelSelection
    /// The method's name as `ForecastResult.method` would give it: "Seasonal naive", "Naive",
    /// "Drift", "Theta" or "ETS(M,A,M)".
    public let method: String
    public let score: BacktestScore

    init(selection: ModelSelection, method: String, score: BacktestScore) {
        self.selection = selection
        self.method = method
        self.score = score
    }
}
