/// How `Forecaster` picks the method for a series. `automatic` is what the dashboard and the
/// CLI use; the others restrict the choice, to compare methods or to force one.
public enum ModelSelection: String, Sendable, CaseIterable {
    /// The engine's default: the lowest-AICc ETS model, Theta and seasonal naive (naive without
    /// a season), points and bounds alike, each weighted by 1 / MASE² from the rolling-origin
    /// backtest on the series itself (`DefaultCombination`). On M3, M1 and the tourism series
    /// it beat each of them alone at both horizons (docs/forecast-accuracy.md).
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

extension ModelSelection {
    /// How much a method estimates from the data, for "a simpler method did better": naive and
    /// seasonal naive estimate nothing, drift one slope, Theta a smoothing weight and a slope,
    /// ETS up to a dozen parameters, and a combination several models. A method is simpler
    /// than another when its rank is lower.
    var simplicityRank: Int {
        switch self {
        case .naive, .seasonalNaive: return 0
        case .drift: return 1
        case .theta: return 2
        case .ets: return 3
        case .automatic, .backtest: return 4
        }
    }
}
