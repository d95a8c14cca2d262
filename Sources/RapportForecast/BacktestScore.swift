/// How a method did on the series' own history, forecasting from several past origins.
///
/// MASE is the mean absolute error divided by the in-sample mean absolute error of the seasonal
/// naive method (the M4 definition), so a value under 1 beats "same as last season"; sMAPE is
/// the M4 symmetric percentage error, from 0 to 200.
public struct BacktestScore: Equatable, Sendable {
    public let mase: Double
    public let smape: Double
    /// How many forecast origins were averaged.
    public let origins: Int

    init(mase: Double, smape: Double, origins: Int) {
        self.mase = mase
        self.smape = smape
        self.origins = origins
    }

    /// MASE above 1: the method's errors ahead were larger than seasonal naive's one season
    /// ahead in the history, the baseline a forecast has to beat to be worth showing unflagged.
    public var losesToSeasonalNaive: Bool { mase > 1 }
}
