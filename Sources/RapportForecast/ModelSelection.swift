/// How `Forecaster` picks the method for a series. `automatic` is what the dashboard and the
/// CLI use; the others restrict the choice, to compare methods or to force one.
public enum ModelSelection: String, Sendable, CaseIterable {
    /// The engine's default: the mean of the lowest-AICc ETS model, Theta and seasonal naive
    /// (naive without a season), points and bounds alike. On M3's sales series it beat each of
    /// them alone and the backtest-selected method (docs/forecast-accuracy.md).
    case automatic
    /// The exponential-smoothing model with the lowest AICc, as forecast::ets chooses.
    case ets
    /// The Theta method.
    case theta
    /// The ETS model with the lowest AICc, Theta, seasonal naive and drift compared by
    /// rolling-origin MASE on the series' own history; the lowest wins.
    case backtest
    case seasonalNaive
    case drift
    case naive
}
