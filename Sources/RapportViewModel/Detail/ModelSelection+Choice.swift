import RapportForecast

extension ModelSelection {
    /// The order `F` steps through: the default first, then the single methods from the most
    /// to the least elaborate, then the one chosen by backtest.
    public static let cycle: [ModelSelection] = [.automatic, .ets, .theta, .seasonalNaive, .drift, .naive, .backtest]

    /// How the header names the choice.
    public var label: String {
        switch self {
        case .automatic: return "automatic"
        case .ets: return "ETS"
        case .theta: return "Theta"
        case .backtest: return "the best in backtest"
        case .seasonalNaive: return "seasonal naive"
        case .drift: return "drift"
        case .naive: return "naive"
        }
    }
}
