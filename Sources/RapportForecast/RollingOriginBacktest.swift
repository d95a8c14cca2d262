/// Rolling-origin evaluation on a series' own history (Tashman 2000): refit at several past
/// origins, forecast up to the horizon (or the end of the data) and score each origin's
/// forecast against what happened.
struct RollingOriginBacktest {
    struct Origin: Equatable {
        /// Observations available at the origin.
        var trainingCount: Int
        /// Steps forecast and compared: the horizon, or fewer near the end of the data.
        var steps: Int
    }

    let origins: [Origin]

    static let maximumOrigins = 4

    /// Four origins, each forecasting the whole horizon, spaced a quarter of the horizon apart,
    /// when the history is long enough for the earliest to keep `minimumTraining` observations.
    /// Otherwise origins spread over the last `horizon` periods, each forecasting up to the end
    /// of the data. Empty when the series is too short for any.
    init(count: Int, horizon: Int, minimumTraining: Int) {
        let spacing = max(1, horizon / 4)
        if horizon >= 1, minimumTraining >= 1, count - horizon - (Self.maximumOrigins - 1) * spacing >= minimumTraining {
            origins = (0..<Self.maximumOrigins).reversed().map { Origin(trainingCount: count - horizon - $0 * spacing, steps: horizon) }
            return
        }
        let span = min(horizon, count - minimumTraining)
        guard span >= 1, minimumTraining >= 1 else {
            origins = []
            return
        }
        let stride = max(1, (span + Self.maximumOrigins - 1) / Self.maximumOrigins)
        var origins: [Origin] = []
        var origin = count - span
        while origin < count, origins.count < Self.maximumOrigins {
            origins.append(Origin(trainingCount: origin, steps: min(span, count - origin)))
            origin += stride
        }
        self.origins = origins
    }

    /// Each origin's forecast, `steps` values from the first `trainingCount` observations; nil
    /// when there are no origins or the method fails at one. Kept apart from scoring so that a
    /// combination of methods can be scored from its members' forecasts without refitting them.
    func forecasts(_ y: [Double], method: (_ training: [Double], _ steps: Int) -> [Double]?) -> [[Double]]? {
        guard !origins.isEmpty else { return nil }
        var forecasts: [[Double]] = []
        forecasts.reserveCapacity(origins.count)
        for origin in origins {
            guard let points = method(Array(y[0..<origin.trainingCount]), origin.steps), points.count >= origin.steps else { return nil }
            forecasts.append(Array(points[0..<origin.steps]))
        }
        return forecasts
    }

    /// Mean MASE and sMAPE over the origins of forecasts made by `forecasts(_:method:)`; nil when
    /// they do not match the origins or a score is not finite.
    func score(_ y: [Double], seasonLength m: Int, forecasts: [[Double]]) -> BacktestScore? {
        guard !origins.isEmpty, forecasts.count == origins.count else { return nil }
        var maseSum = 0.0
        var smapeSum = 0.0
        for (origin, predicted) in zip(origins, forecasts) {
            guard predicted.count == origin.steps else { return nil }
            let actual = y[origin.trainingCount..<(origin.trainingCount + origin.steps)]
            maseSum += ForecastAccuracy.mase(actual: actual, forecast: predicted[...], history: y[0..<origin.trainingCount], seasonLength: m)
            smapeSum += ForecastAccuracy.smape(actual: actual, forecast: predicted[...])
        }
        let count = Double(origins.count)
        let score = BacktestScore(mase: maseSum / count, smape: smapeSum / count, origins: origins.count)
        return score.mase.isFinite && score.smape.isFinite ? score : nil
    }

    /// Mean MASE and sMAPE over the origins; nil when there are none or the method fails at one.
    func score(_ y: [Double], seasonLength m: Int, method: (_ training: [Double], _ steps: Int) -> [Double]?) -> BacktestScore? {
        forecasts(y, method: method).flatMap { score(y, seasonLength: m, forecasts: $0) }
    }
}
