/// Forecasts a series from its own history: cleans it, picks a method, fits it, scores it on a
/// rolling-origin backtest and returns points with 80% and 95% prediction intervals.
///
/// Fallbacks, each named in `ForecastResult.fallbackReason`:
/// - no values at all, or a horizon under 1: empty arrays, method "None";
/// - missing periods: interpolated linearly inside the series, the last value carried forward
///   at its end, leading ones dropped (`FilledSeries`);
/// - one value: that value, intervals of zero width (there is no spread to estimate);
/// - two or three values: their mean with Student-t intervals;
/// - a constant series: that constant with zero-width intervals (any model would say so);
/// - fewer than two full seasons: non-seasonal models only;
/// - zeros or negative values: no multiplicative models (ets' rule);
/// - a horizon over `maximumHorizon`: capped there;
/// - a method whose output is not finite (it can happen near the limits of Double): the naive
///   method; if even that overflows, values clamped to the largest finite Double.
public enum Forecaster {
    /// A hundred years of months: beyond this a forecast means nothing and would only cost time.
    public static let maximumHorizon = 1_200

    public static func forecast(_ series: ForecastSeries, horizon: Int) -> ForecastResult {
        forecast(series, horizon: horizon, selection: .automatic)
    }

    public static func forecast(_ series: ForecastSeries, horizon requested: Int, selection: ModelSelection) -> ForecastResult {
        guard requested > 0 else { return empty(method: "None", reason: "a horizon of at least one period is needed") }
        let filled = FilledSeries(series)
        guard !filled.values.isEmpty else { return empty(method: "None", reason: "the series has no values") }
        var notes: [String] = filled.note.map { [$0] } ?? []
        let horizon = min(requested, maximumHorizon)
        if horizon < requested { notes.append("horizon capped at \(maximumHorizon) periods") }

        // Work in units of the largest magnitude: likelihoods and products stay in range for
        // values from cents to trillions, and the choice of model does not depend on the unit.
        let scale = filled.values.reduce(0) { max($0, abs($1)) }
        let y = scale > 0 ? filled.values.map { $0 / scale } : filled.values
        let unit = scale > 0 ? scale : 1

        var choice = choose(y, seasonLength: series.seasonLength, horizon: horizon, selection: selection, notes: &notes)
        var path = choice.path.scaled(by: unit)
        var method = choice.method
        if !path.isFinite {
            path = BenchmarkMethods.naive(filled.values, horizon: horizon)
            method = "Naive"
            // The scores were the other method's; the naive forecast shown here was not tested.
            choice.backtest = nil
            choice.simplerBacktests = []
            notes.append("\(choice.method) gave numbers out of range; the naive method instead")
            if !path.isFinite { path = clamped(path) }
        }
        path = path.ordered()
        return ForecastResult(
            method: method, points: path.points, lower80: path.lower80, upper80: path.upper80, lower95: path.lower95,
            upper95: path.upper95, backtest: choice.backtest, simplerBacktests: choice.simplerBacktests,
            fallbackReason: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    struct Choice {
        var method: String
        var path: ForecastPath
        var backtest: BacktestScore?
        var memberWeights: [ModelSelection: Double] = [:]
        var simplerBacktests: [MethodBacktest] = []
    }

    static func choose(_ y: [Double], seasonLength m: Int, horizon: Int, selection: ModelSelection, notes: inout [String]) -> Choice {
        let n = y.count
        if n == 1 {
            notes.append("a single value: forecast flat, with no spread to make intervals from")
            return Choice(method: "Naive", path: flat(y[0], horizon: horizon), backtest: nil)
        }
        if n <= 3 {
            notes.append("only \(n) values: their mean, with Student-t intervals")
            return Choice(method: "Mean", path: BenchmarkMethods.mean(y, horizon: horizon), backtest: nil)
        }
        let low = y.min() ?? 0
        let high = y.max() ?? 0
        if high - low <= 1e-12 * max(abs(high), abs(low)) {
            notes.append("a constant series: forecast flat, intervals of zero width")
            return Choice(method: "Naive", path: flat(y[n - 1], horizon: horizon), backtest: nil)
        }

        let seasonal = m > 1 && n >= 2 * m
        if m > 1 && !seasonal {
            notes.append("fewer than two full seasons (\(n) of \(2 * m) periods): non-seasonal models only")
        }
        let allPositive = y.allSatisfy { $0 > 0 }
        if !allPositive && selection != .seasonalNaive && selection != .drift && selection != .naive {
            notes.append("zeros or negative values: multiplicative models left out")
        }
        let modelSeason = seasonal ? m : 1
        let minimumTraining = seasonal ? 2 * m : max(4, (n + 1) / 2)
        var bench = BacktestBench(y, seasonLength: m, origins: RollingOriginBacktest(count: n, horizon: horizon, minimumTraining: minimumTraining))

        // Lazy: a selection that names a simple method should not pay for fifteen model fits.
        lazy var ets = ForecastCandidate.ets(y, seasonLength: modelSeason, allPositive: allPositive, horizon: horizon)
        lazy var theta = ForecastCandidate.theta(y, seasonLength: modelSeason, horizon: horizon)
        let seasonalNaive =
            seasonal ? ForecastCandidate.seasonalNaive(y, seasonLength: m, horizon: horizon) : ForecastCandidate.naive(y, horizon: horizon)
        let drift = ForecastCandidate.drift(y, horizon: horizon)

        var chosen: (candidate: ForecastCandidate, score: BacktestScore?)
        var memberWeights: [ModelSelection: Double] = [:]
        switch selection {
        case .ets:
            if ets == nil { notes.append("too few values for an exponential-smoothing model") }
            let candidate = ets ?? theta ?? seasonalNaive
            chosen = (candidate, bench.score(candidate))
        case .theta:
            let candidate = theta ?? seasonalNaive
            chosen = (candidate, bench.score(candidate))
        case .seasonalNaive:
            chosen = (seasonalNaive, bench.score(seasonalNaive))
        case .drift:
            chosen = (drift, bench.score(drift))
        case .naive:
            let naive = ForecastCandidate.naive(y, horizon: horizon)
            chosen = (naive, bench.score(naive))
        case .automatic:
            let members = [ets, theta, seasonalNaive].compactMap { $0 }
            if ets == nil { notes.append("too few values for an exponential-smoothing model") }
            if members.count > 1 {
                let combination = bench.combination(members)
                chosen = (combination.candidate, combination.score)
                memberWeights = combination.weights
            } else {
                chosen = (seasonalNaive, bench.score(seasonalNaive))
            }
        case .backtest:
            let candidates = [ets, theta, seasonalNaive, drift].compactMap { $0 }
            // The lowest backtest MASE; ties keep the order above (ETS first), and with no score
            // at all the first candidate stands.
            var best: (candidate: ForecastCandidate, score: BacktestScore?)? = nil
            for candidate in candidates {
                guard let score = bench.score(candidate) else { continue }
                if let current = best?.score, current.mase <= score.mase { continue }
                best = (candidate, score)
            }
            let fallback = candidates.first ?? seasonalNaive
            chosen = best ?? (fallback, bench.score(fallback))
        }

        var choice = Choice(
            method: chosen.candidate.method, path: bench.calibrated(chosen.candidate.path, of: chosen.candidate), backtest: chosen.score,
            memberWeights: memberWeights)
        if chosen.score != nil {
            // ETS and Theta are only compared if the selection fitted them anyway: only a
            // combination is less simple than both, and it has them as members.
            var others = [seasonalNaive, drift]
            if seasonal { others.append(ForecastCandidate.naive(y, horizon: horizon)) }
            if chosen.candidate.selection.simplicityRank > ModelSelection.theta.simplicityRank, let theta { others.append(theta) }
            if chosen.candidate.selection.simplicityRank > ModelSelection.ets.simplicityRank, let ets { others.append(ets) }
            choice.simplerBacktests = simplerBacktests(than: chosen.candidate, among: others, bench: &bench)
        }
        return choice
    }

    /// The backtests of the candidates simpler than `chosen`, on the bench's origins, lowest MASE
    /// first (the simpler method first among equals, so the order never depends on the sort).
    static func simplerBacktests(than chosen: ForecastCandidate, among others: [ForecastCandidate], bench: inout BacktestBench) -> [MethodBacktest] {
        let rank = chosen.selection.simplicityRank
        var backtests: [MethodBacktest] = []
        for candidate in others where candidate.selection.simplicityRank < rank {
            guard let score = bench.score(candidate) else { continue }
            backtests.append(MethodBacktest(selection: candidate.selection, method: candidate.method, score: score))
        }
        return backtests.sorted { first, second in
            if first.score.mase != second.score.mase { return first.score.mase < second.score.mase }
            return first.selection.simplicityRank < second.selection.simplicityRank
        }
    }

    /// The same value at every step, with zero-width intervals.
    private static func flat(_ value: Double, horizon: Int) -> ForecastPath {
        ForecastPath(points: Array(repeating: value, count: horizon), standardDeviations: Array(repeating: 0, count: horizon))
    }

    private static func empty(method: String, reason: String) -> ForecastResult {
        ForecastResult(
            method: method, points: [], lower80: [], upper80: [], lower95: [], upper95: [], backtest: nil, fallbackReason: reason)
    }

    /// Last resort for inputs near Double's limits: infinities become the largest finite value.
    private static func clamped(_ path: ForecastPath) -> ForecastPath {
        func clamp(_ values: [Double]) -> [Double] {
            values.map { value in
                if value.isNaN { return 0 }
                return min(max(value, -Double.greatestFiniteMagnitude), Double.greatestFiniteMagnitude)
            }
        }
        return ForecastPath(
            points: clamp(path.points), lower80: clamp(path.lower80), upper80: clamp(path.upper80), lower95: clamp(path.lower95),
            upper95: clamp(path.upper95))
    }
}
