/// The rolling-origin backtest of one series, shared by every method the forecaster scores:
/// each method's forecasts at the origins are made once and kept, so a combination is scored
/// from its members' forecasts and the flag "a simpler method did better" costs no refit.
struct BacktestBench {
    let y: [Double]
    let seasonLength: Int
    let origins: RollingOriginBacktest
    /// Each method's forecasts at the origins, by the selection that names it; nil when it failed.
    private var forecasts: [ModelSelection: [[Double]]?] = [:]

    init(_ y: [Double], seasonLength: Int, origins: RollingOriginBacktest) {
        self.y = y
        self.seasonLength = seasonLength
        self.origins = origins
    }

    mutating func originForecasts(_ candidate: ForecastCandidate) -> [[Double]]? {
        if let known = forecasts[candidate.selection] { return known }
        let made = origins.forecasts(y, method: candidate.refit)
        forecasts[candidate.selection] = made
        return made
    }

    /// `path` with its intervals widened towards the errors `candidate` made at the origins
    /// (`IntervalCalibration`); as it is when the candidate has not been backtested.
    func calibrated(_ path: ForecastPath, of candidate: ForecastCandidate) -> ForecastPath {
        guard let made = forecasts[candidate.selection] ?? nil else { return path }
        return IntervalCalibration.widened(path, by: IntervalCalibration.factor(path: path, y: y, origins: origins, forecasts: made))
    }

    mutating func score(_ candidate: ForecastCandidate) -> BacktestScore? {
        originForecasts(candidate).flatMap { origins.score(y, seasonLength: seasonLength, forecasts: $0) }
    }

    /// The default's combination of `members` (see `DefaultCombination`), scored.
    struct Combination {
        var candidate: ForecastCandidate
        var score: BacktestScore?
        /// Each member's weight, by the selection that names it.
        var weights: [ModelSelection: Double]
    }

    mutating func combination(_ members: [ForecastCandidate]) -> Combination {
        let memberForecasts = members.map { originForecasts($0) }
        let scores = memberForecasts.map { forecasts in forecasts.flatMap { origins.score(y, seasonLength: seasonLength, forecasts: $0) } }
        let weights = DefaultCombination.weights(scores)
        let kept = members.indices.filter { weights[$0] > 0 }
        let path = DefaultCombination.path(kept.map { members[$0].path }, weights: kept.map { weights[$0] })
        var score: BacktestScore? = nil
        let keptForecasts = kept.compactMap { memberForecasts[$0] }
        if keptForecasts.count == kept.count, kept.count > 1 {
            let combined = DefaultCombination.originForecasts(keptForecasts, weights: kept.map { weights[$0] })
            forecasts[.automatic] = combined
            score = origins.score(y, seasonLength: seasonLength, forecasts: combined)
        } else if let only = kept.first, kept.count == 1 {
            score = memberForecasts[only].flatMap { origins.score(y, seasonLength: seasonLength, forecasts: $0) }
        }
        if kept.count == 1, let only = kept.first {
            // One member left: the forecast is that method's, and is named and ranked as it.
            return Combination(candidate: members[only], score: score, weights: [members[only].selection: 1])
        }
        let keptMembers = kept.map { members[$0] }
        let keptWeights = kept.map { weights[$0] }
        let candidate = ForecastCandidate(
            selection: .automatic, method: "Combination: " + keptMembers.map(\.method).joined(separator: ", "), path: path
        ) { training, steps in
            var forecasts: [[Double]] = []
            for member in keptMembers {
                guard let forecast = member.refit(training, steps) else { return nil }
                forecasts.append(forecast)
            }
            return DefaultCombination.originForecasts(forecasts.map { [$0] }, weights: keptWeights).first
        }
        return Combination(
            candidate: candidate, score: score,
            weights: Dictionary(zip(keptMembers.map(\.selection), keptWeights), uniquingKeysWith: +))
    }
}
