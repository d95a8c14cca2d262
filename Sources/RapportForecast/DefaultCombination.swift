/// The `automatic` forecast: its members (the lowest-AICc ETS model, Theta and seasonal naive)
/// averaged with weights from the rolling-origin backtest on the series itself.
///
/// Each member's weight is proportional to 1 / MASE², its backtest MASE squared. Measured on
/// M3, M1 and the tourism series (docs/forecast-accuracy.md) against equal weights, picking
/// the best member, dropping members more than 20% behind it, the median, 1 / MASE to the
/// powers 1, 3 and 4, and 1 / MASE² without the members more than 1.5, 2 or 3 times the best's
/// MASE: 1 / MASE² beat every single member in every group at both horizons, and was ahead of
/// its nearest rivals (powers 1 and 3) in most groups.
///
/// Picking the best member alone trusts four origins too much; equal weights let seasonal naive
/// and Theta pull a trending, strongly seasonal series off its ETS forecast; a member twice as
/// bad as the best gets a quarter of its weight here, so one weak member cannot spoil the mean.
enum DefaultCombination {
    /// One weight per member, summing to 1. When a member has no backtest score (a history too
    /// short to test on) there is nothing to weight by, and every member counts the same.
    static func weights(_ scores: [BacktestScore?]) -> [Double] {
        let equal = Array(repeating: 1 / Double(max(scores.count, 1)), count: scores.count)
        let mases = scores.compactMap { $0?.mase }
        guard mases.count == scores.count else { return equal }
        // A perfect backtest (MASE 0, a series that repeats exactly) must not divide by zero.
        let raw = mases.map { 1 / max($0 * $0, 1e-12) }
        let total = raw.reduce(0, +)
        guard total > 0, total.isFinite else { return equal }
        return raw.map { $0 / total }
    }

    /// The weighted mean of several members' values, step by step. Averaging quantiles is not
    /// the quantile of the average, but it is the usual practical choice for combinations; its
    /// coverage is measured in docs/forecast-accuracy.md.
    static func weightedAverage(_ arrays: [[Double]], weights: [Double]) -> [Double] {
        guard let first = arrays.first else { return [] }
        return first.indices.map { index in
            var sum = 0.0
            for (array, weight) in zip(arrays, weights) { sum += weight * array[index] }
            return sum
        }
    }

    static func path(_ members: [ForecastPath], weights: [Double]) -> ForecastPath {
        ForecastPath(
            points: weightedAverage(members.map(\.points), weights: weights),
            lower80: weightedAverage(members.map(\.lower80), weights: weights),
            upper80: weightedAverage(members.map(\.upper80), weights: weights),
            lower95: weightedAverage(members.map(\.lower95), weights: weights),
            upper95: weightedAverage(members.map(\.upper95), weights: weights))
    }

    /// The combination's forecasts at the backtest's origins from its members' (indexed
    /// [member][origin][step]), with the same weights.
    static func originForecasts(_ members: [[[Double]]], weights: [Double]) -> [[Double]] {
        guard let first = members.first else { return [] }
        return first.indices.map { origin in weightedAverage(members.map { $0[origin] }, weights: weights) }
    }
}
