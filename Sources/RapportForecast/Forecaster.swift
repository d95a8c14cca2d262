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

        let choice = choose(y, seasonLength: series.seasonLength, horizon: horizon, selection: selection, notes: &notes)
        var path = choice.path.scaled(by: unit)
        var method = choice.method
        if !path.isFinite {
            path = BenchmarkMethods.naive(filled.values, horizon: horizon)
            method = "Naive"
            notes.append("\(choice.method) gave numbers out of range; the naive method instead")
            if !path.isFinite { path = clamped(path) }
        }
        path = path.ordered()
        return ForecastResult(
            method: method, points: path.points, lower80: path.lower80, upper80: path.upper80, lower95: path.lower95,
            upper95: path.upper95, backtest: choice.backtest, fallbackReason: notes.isEmpty ? nil : notes.joined(separator: "; "))
    }

    struct Choice {
        var method: String
        var path: ForecastPath
        var backtest: BacktestScore?
    }

    /// A method as the selection sees it: its name, its forecast on the whole series and a way
    /// to refit it on a shorter history for the backtest.
    struct Candidate {
        var method: String
        var path: ForecastPath
        var refit: (_ training: [Double], _ steps: Int) -> [Double]?
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
        let backtest = RollingOriginBacktest(count: n, horizon: horizon, minimumTraining: minimumTraining)

        func scored(_ candidate: Candidate) -> Choice {
            Choice(
                method: candidate.method, path: candidate.path,
                backtest: backtest.score(y, seasonLength: m, method: candidate.refit))
        }

        // Lazy: a selection that names a simple method should not pay for fifteen model fits.
        lazy var ets = bestETS(y, seasonLength: modelSeason, allPositive: allPositive, horizon: horizon)
        lazy var theta = thetaCandidate(y, seasonLength: modelSeason, horizon: horizon)
        let seasonalNaive =
            seasonal ? seasonalNaiveCandidate(seasonLength: m, y, horizon: horizon) : naiveCandidate(y, horizon: horizon)

        switch selection {
        case .ets:
            if let ets { return scored(ets) }
            notes.append("too few values for an exponential-smoothing model")
            return scored(theta ?? seasonalNaive)
        case .theta:
            return scored(theta ?? seasonalNaive)
        case .seasonalNaive:
            return scored(seasonalNaive)
        case .drift:
            return scored(driftCandidate(y, horizon: horizon))
        case .naive:
            return scored(naiveCandidate(y, horizon: horizon))
        case .automatic:
            let members = [ets, theta, seasonalNaive].compactMap { $0 }
            if ets == nil { notes.append("too few values for an exponential-smoothing model") }
            return scored(members.count > 1 ? combined(members) : seasonalNaive)
        case .backtest:
            let candidates = [ets, theta, seasonalNaive, driftCandidate(y, horizon: horizon)].compactMap { $0 }
            let choices = candidates.map(scored)
            // Ties and unscored candidates keep the order above: ETS first.
            var best: Choice? = nil
            for choice in choices {
                guard let score = choice.backtest?.mase else { continue }
                if let current = best?.backtest?.mase, current <= score { continue }
                best = choice
            }
            if let best { return best }
            if let first = choices.first { return first }
            return scored(seasonalNaive)
        }
    }

    static func bestETS(_ y: [Double], seasonLength m: Int, allPositive: Bool, horizon: Int) -> Candidate? {
        var best: ETSModel? = nil
        for spec in ETSSpec.candidates(count: y.count, seasonLength: m, allPositive: allPositive) {
            guard let model = ETSModel.fit(y, seasonLength: m, spec: spec), model.aicc.isFinite else { continue }
            if let current = best, current.aicc <= model.aicc { continue }
            best = model
        }
        guard let model = best else { return nil }
        return Candidate(method: model.spec.description, path: model.forecast(horizon: horizon)) { training, steps in
            ETSModel.fit(training, seasonLength: m, spec: model.spec, warmStart: model)?.pointForecasts(horizon: steps)
        }
    }

    /// The equal-weight mean of several methods' points and bounds. Averaging quantiles is not
    /// the quantile of the average, but it is the usual practical choice for combinations and
    /// its coverage is checked in docs/forecast-accuracy.md.
    static func combined(_ members: [Candidate]) -> Candidate {
        func average(_ arrays: [[Double]]) -> [Double] {
            guard let first = arrays.first else { return [] }
            return first.indices.map { index in arrays.reduce(0) { $0 + $1[index] } / Double(arrays.count) }
        }
        let path = ForecastPath(
            points: average(members.map(\.path.points)), lower80: average(members.map(\.path.lower80)),
            upper80: average(members.map(\.path.upper80)), lower95: average(members.map(\.path.lower95)),
            upper95: average(members.map(\.path.upper95)))
        let name = "Combination: " + members.map(\.method).joined(separator: ", ")
        return Candidate(method: name, path: path) { training, steps in
            var forecasts: [[Double]] = []
            for member in members {
                guard let forecast = member.refit(training, steps) else { return nil }
                forecasts.append(forecast)
            }
            return average(forecasts)
        }
    }

    static func thetaCandidate(_ y: [Double], seasonLength m: Int, horizon: Int) -> Candidate? {
        guard let fit = ThetaMethod.forecast(y, seasonLength: m, horizon: horizon) else { return nil }
        return Candidate(method: "Theta", path: fit.path) { training, steps in
            ThetaMethod.forecast(training, seasonLength: m, horizon: steps)?.path.points
        }
    }

    static func seasonalNaiveCandidate(seasonLength m: Int, _ y: [Double], horizon: Int) -> Candidate {
        let path = BenchmarkMethods.seasonalNaive(y, seasonLength: m, horizon: horizon)
        return Candidate(method: "Seasonal naive", path: path) { training, steps in
            BenchmarkMethods.seasonalNaive(training, seasonLength: m, horizon: steps).points
        }
    }

    static func naiveCandidate(_ y: [Double], horizon: Int) -> Candidate {
        Candidate(method: "Naive", path: BenchmarkMethods.naive(y, horizon: horizon)) { training, steps in
            BenchmarkMethods.naive(training, horizon: steps).points
        }
    }

    static func driftCandidate(_ y: [Double], horizon: Int) -> Candidate {
        Candidate(method: "Drift", path: BenchmarkMethods.drift(y, horizon: horizon)) { training, steps in
            BenchmarkMethods.drift(training, horizon: steps).points
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
