/// A forecast for the periods after the series' last one, with its prediction intervals.
///
/// Every array has one entry per step ahead, and every number is finite.
public struct ForecastResult: Equatable, Sendable {
    /// The method that made the forecast. By default a combination, named with its members:
    /// "Combination: ETS(M,Ad,M), Theta, Seasonal naive"; otherwise "ETS(A,N,N)", "Theta",
    /// "Seasonal naive", "Drift", "Naive", "Mean", or "None" when there was nothing to forecast.
    public let method: String
    public let points: [Double]
    public let lower80: [Double]
    public let upper80: [Double]
    public let lower95: [Double]
    public let upper95: [Double]
    /// nil when the history was too short to test the method on.
    public let backtest: BacktestScore?
    /// Why the engine did something other than its normal model selection, or what it had to
    /// repair in the input (missing periods); nil when there was nothing to say.
    public let fallbackReason: String?

    init(
        method: String, points: [Double], lower80: [Double], upper80: [Double], lower95: [Double], upper95: [Double],
        backtest: BacktestScore?, fallbackReason: String?
    ) {
        self.method = method
        self.points = points
        self.lower80 = lower80
        self.upper80 = upper80
        self.lower95 = lower95
        self.upper95 = upper95
        self.backtest = backtest
        self.fallbackReason = fallbackReason
    }
}
