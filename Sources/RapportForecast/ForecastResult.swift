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
    /// The backtests of the methods simpler than `method` (seasonal naive, naive, drift, Theta,
    /// ETS: those with fewer estimated parts; see `ModelSelection`), on the same origins as
    /// `backtest`, lowest MASE first. Empty when there is no backtest.
    public let simplerBacktests: [MethodBacktest]
    /// Why the engine did something other than its normal model selection, or what it had to
    /// repair in the input (missing periods); nil when there was nothing to say.
    public let fallbackReason: String?

    init(
        method: String, points: [Double], lower80: [Double], upper80: [Double], lower95: [Double], upper95: [Double],
        backtest: BacktestScore?, simplerBacktests: [MethodBacktest] = [], fallbackReason: String?
    ) {
        self.method = method
        self.points = points
        self.lower80 = lower80
        self.upper80 = upper80
        self.lower95 = lower95
        self.upper95 = upper95
        self.backtest = backtest
        self.simplerBacktests = simplerBacktests
        self.fallbackReason = fallbackReason
    }

    /// How much lower a simpler method's backtest MASE must be to count as better: 20% lower.
    public static let clearlyBetter = 0.8

    /// The forecast did worse in its own backtest than seasonal naive does one season ahead in
    /// the history (backtest MASE above 1): a forecast to flag. False without a backtest.
    public var losesToSeasonalNaive: Bool { backtest?.losesToSeasonalNaive ?? false }

    /// The simpler method that did best in the backtest, when it did clearly better than this
    /// forecast: a MASE at most `clearlyBetter` times this forecast's. nil when none did, or
    /// there is no backtest. Forecast with `alternative.selection` to use it instead.
    ///
    /// Offer it rather than switch to it: on M3, M1 and the tourism series, replacing the
    /// default by such a method made the forecasts ahead worse on average, and without the
    /// margin two thirds of the default's forecasts had one (its own members are scored on the
    /// same origins and usually one of them is a little ahead of the mix there).
    /// docs/forecast-accuracy.md has the figures.
    public var betterSimplerMethod: MethodBacktest? {
        guard let own = backtest?.mase, own >= Self.nearPerfect, let best = simplerBacktests.first, best.score.mase <= Self.clearlyBetter * own
        else { return nil }
        return best
    }

    /// Below this backtest MASE a forecast is never offered another method: errors a twentieth
    /// of seasonal naive's, where a rival at 0.00 would only be noise apart (a series that
    /// repeats exactly gives both the default and seasonal naive a MASE of about 0).
    public static let nearPerfect = 0.05
}
